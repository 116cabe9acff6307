/**
 * `npm run build [-- astro options]`: `astro build` with the build's process settings
 * (`scripts/lib/build-process.ts`), which keep a large directory's build under 1 GB of memory.
 */
import { spawn } from 'node:child_process';
import { astroCommand, buildProcessEnv } from './lib/build-process.ts';

const { command, args } = astroCommand(['build', ...process.argv.slice(2)]);
const child = spawn(command, args, {
  env: buildProcessEnv(),
  stdio: 'inherit',
});
child.once('error', (error) => {
  console.error(`could not start astro: ${error.message}`);
  process.exit(1);
});
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
