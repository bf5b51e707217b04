import { execFileSync } from 'node:child_process';
import { BROWSER_DIST } from './browser.js';

/** Builds the widget once for all browser tests, into a folder of their own. */
export default function setup(): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', BROWSER_DIST], { stdio: 'inherit' });
}
