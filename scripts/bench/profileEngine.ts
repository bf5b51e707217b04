import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { formatGrid, formatMs } from './formatTable.js';
import { PHASES } from './profileWorker.js';

/** Where the CPU profile is written; kept so it can be opened in Chrome DevTools. */
export const PROFILE_DIR = resolve('.cache/bench-profile');
/** Sampling interval of the profile, in µs (Node's default of 1000 is too coarse for sub-ms questions). */
const SAMPLE_INTERVAL_US = 100;
/** Functions listed per phase. */
const LISTED = 18;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileOptions {
  size: number;
  seed: number;
  /** Node flags the bench's workers run with. */
  flags: readonly string[];
  log?: (line: string) => void;
}

/**
 * Profiles the engine at one size with `node --cpu-prof` and tells where the
 * time goes in each phase: functions by inclusive time (their callees
 * included) and by self time, in ms and as a share of the phase.
 */
export async function profileEngine({ size, seed, flags, log = () => undefined }: ProfileOptions): Promise<string> {
  rmSync(PROFILE_DIR, { recursive: true, force: true });
  mkdirSync(PROFILE_DIR, { recursive: true });
  log(`${size}: profiling the engine (${PROFILE_DIR})`);
  const out = execFileSync(
    process.execPath,
    [...flags, '--cpu-prof', '--cpu-prof-dir', PROFILE_DIR, `--cpu-prof-interval=${SAMPLE_INTERVAL_US}`, 'scripts/bench/profileWorker.ts', String(size), String(seed)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  const { slowest } = JSON.parse(out.trim().split('\n').at(-1)!) as { slowest: { q: string; ms: number }[] };
  const file = readdirSync(PROFILE_DIR).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`[faq-chat] bench: no .cpuprofile in ${PROFILE_DIR}`);
  const phases = summarise(JSON.parse(readFileSync(join(PROFILE_DIR, file), 'utf8')) as CpuProfile);

  return [
    `engine CPU profile at ${size.toLocaleString('en-US')} entries (node --cpu-prof, ${SAMPLE_INTERVAL_US} µs samples): ${join(PROFILE_DIR, file)}`,
    'slowest questions (first timed answer):',
    ...slowest.map((s) => `  ${formatMs(s.ms).padStart(8)} ms  ${JSON.stringify(s.q)}`),
    ...Object.entries(PHASES).flatMap(([name, description]) => {
      const phase = phases.get(name);
      if (!phase) return [`\n${description}: no samples`];
      const rows = [...phase.functions.values()]
        .sort((a, b) => b.inclusive - a.inclusive)
        .slice(0, LISTED)
        .map((f) => [f.name, f.where, formatMs(f.inclusive / 1000), share(f.inclusive, phase.total), formatMs(f.self / 1000), share(f.self, phase.total)]);
      return [`\n${description}: ${formatMs(phase.total / 1000)} ms sampled`, formatGrid(['function', 'where', 'incl ms', 'incl %', 'self ms', 'self %'], rows)];
    }),
  ].join('\n');
}

const share = (part: number, total: number) => `${((100 * part) / total).toFixed(1)}`;

interface FunctionTime {
  name: string;
  where: string;
  inclusive: number;
  self: number;
}

/** Splits the samples by phase function and sums time (µs) per function, inclusive and self. */
function summarise(profile: CpuProfile): Map<string, { total: number; functions: Map<string, FunctionTime> }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phases = new Map<string, { total: number; functions: Map<string, FunctionTime> }>();

  profile.samples.forEach((leaf, i) => {
    // A sample's time is the gap to the next sample.
    const delta = profile.timeDeltas[i + 1] ?? 0;
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!);
    const phaseAt = stack.findIndex((n) => n.callFrame.functionName in PHASES);
    if (phaseAt === -1) return;
    const phaseName = stack[phaseAt]!.callFrame.functionName;
    let phase = phases.get(phaseName);
    if (!phase) phases.set(phaseName, (phase = { total: 0, functions: new Map() }));
    phase.total += delta;
    const seen = new Set<string>();
    stack.slice(0, phaseAt).forEach((node, depth) => {
      const { functionName, url, lineNumber } = node.callFrame;
      // tsx reports TypeScript functions at line 1 of their file: the line says nothing there.
      const where = url ? (url.endsWith('.ts') ? basename(url) : `${basename(url)}:${lineNumber + 1}`) : '';
      const key = `${functionName}@${where}`;
      let entry = phase.functions.get(key);
      if (!entry) phase.functions.set(key, (entry = { name: functionName || '(anonymous)', where, inclusive: 0, self: 0 }));
      if (depth === 0) entry.self += delta;
      if (!seen.has(key)) entry.inclusive += delta;
      seen.add(key);
    });
  });
  return phases;
}
