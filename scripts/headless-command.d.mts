// Types for headless-command.mjs, so the TypeScript tests read the same #! line.
export function headlessCommand(root: string): { args: string[]; env: Record<string, string> };
