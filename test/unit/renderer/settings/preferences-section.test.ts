import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PreferencesSection } from '../../../../renderer/src/settings/preferences-section.js';
import { SettingsSchema } from '../../../../shared/settings/settings-schema.js';

const settings = SettingsSchema.parse({ version: 2 });
const render = (notificationsBlocked?: string | null) =>
  renderToStaticMarkup(
    createElement(PreferencesSection, {
      settings,
      onSave: async () => undefined,
      notificationsBlocked,
    }),
  );

describe('Settings: notifications the OS will not show', () => {
  it('says so, with the reason the shell gave, next to the notification choices', () => {
    const html = render('macOS shows notifications only from signed apps.');
    expect(html).toContain(
      'Notifications cannot be shown: macOS shows notifications only from signed apps.',
    );
    expect(html.indexOf('Notifications cannot be shown')).toBeLessThan(
      html.indexOf('Notify me when'),
    );
  });

  it('says nothing when they can be shown (or nobody knows)', () => {
    expect(render(null)).not.toContain('cannot be shown');
    expect(render()).not.toContain('cannot be shown');
  });
});
