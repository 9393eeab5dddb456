/** The app refused a settings change; each problem names its field ("schedule.pollSeconds"). */
export class SettingsRejected extends Error {
  readonly errors: readonly { field: string; message: string }[];
  readonly field: string | undefined;
  constructor(errors: readonly { field: string; message: string }[]) {
    super(errors.map((error) => error.message).join(' ') || 'The change was refused.');
    this.name = 'SettingsRejected';
    this.errors = errors;
    this.field = errors[0]?.field;
  }
}
