import { spawnSync } from 'node:child_process';

/** Runs one of the project's commands (scripts/<name>.ts) as `npm run` would, capturing its output. */
export function runScript(name: string, args: string[] = [], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
