import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process and captures what a terminal would show. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    clock: () => {
      throw new Error('the CLI read the clock although --now was given');
    },
  });
  return { code, stdout, stderr };
}
