/** A problem with what the user gave us (a file, a flag, a config or rule file). The CLI prints
 * `message` as one line and exits 2; it never shows a stack trace for these. */
export class InputError extends Error {
  constructor(
    readonly file: string | undefined,
    readonly problem: string,
  ) {
    super(file ? `${file}: ${problem}` : problem);
    this.name = 'InputError';
  }
}
