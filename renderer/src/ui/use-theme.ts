import { useEffect } from 'react';

export type Theme = 'system' | 'light' | 'dark';

/** Applies the chosen theme to <html>; "system" follows prefers-color-scheme in CSS. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
