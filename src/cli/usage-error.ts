/**
 * A mistake on the command line or in an input file: reported on one line naming `field`
 * (`--severity`, `request.json: account.admin`), exit code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
