// The bin: wires `main` to the real process. Never imported by the library's root entry.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
