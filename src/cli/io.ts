/**
 * Where the CLI writes, and the one clock it may read. `main` takes it as an argument so tests
 * run commands in-process with captured output and a fixed `--now`.
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Read only when `--now` is absent. Defaults to the real clock. */
  readonly clock?: () => Date;
  /** Relative input files are resolved against it. Defaults to `process.cwd()`. */
  readonly cwd?: string;
}
