/**
 * Preview answers from the command line.
 *   npm run ask -- "how many sessions will I need?"
 *   npm run --silent ask -- --json "question"
 *   npm run --silent ask -- --jsonl [--conversation] < questions.txt
 *   --kb DIR answers from another knowledge folder.
 */
import { createInterface } from 'node:readline';
import { createConversation } from '../src/engine/createConversation.js';
import { createEngine } from '../src/engine/createEngine.js';
import type { Result } from '../src/engine/types.js';
import { compileForPreview, takeKbOption } from './loadKnowledgeOrExit.js';

const USAGE = `usage: npm run ask -- [--kb DIR] "question"
       npm run --silent ask -- [--kb DIR] --json "question"
       npm run --silent ask -- [--kb DIR] --jsonl [--conversation] < one-question-per-line.txt`;

const args = process.argv.slice(2);
const kb = takeKbOption(args);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const words = args.filter((a) => !a.startsWith('--'));
const known = new Set(['--json', '--jsonl', '--conversation', '--help']);
const unknownFlag = [...flags].find((f) => !known.has(f));
if (flags.has('--help') || unknownFlag || (flags.has('--conversation') && !flags.has('--jsonl')) || (!flags.has('--jsonl') && words.length === 0)) {
  if (unknownFlag) console.error(`[faq-chat] unknown option ${unknownFlag}`);
  console.error(USAGE);
  process.exit(flags.has('--help') ? 0 : 2);
}

const engine = createEngine(compileForPreview(kb));

if (flags.has('--jsonl')) {
  const conversation = flags.has('--conversation') ? createConversation(engine) : null;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const result = conversation ? conversation.ask(line) : engine.ask(line);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
} else if (flags.has('--json')) {
  process.stdout.write(`${JSON.stringify(engine.ask(words.join(' ')))}\n`);
} else {
  process.stdout.write(formatForTerminal(engine.ask(words.join(' '))));
}

function formatForTerminal(result: Result): string {
  const color = process.stdout.isTTY ? (code: number, text: string) => `\x1b[${code}m${text}\x1b[0m` : (_: number, text: string) => text;
  const lines = [
    `${color(1, result.kind.toUpperCase())}${result.entryId ? `  entry: ${result.entryId}` : ''}${result.reason ? `  (${result.reason})` : ''}  confidence: ${result.confidence.toFixed(2)}`,
    '',
    result.answer,
  ];
  if (result.citations.length) {
    lines.push('', color(1, 'Sources'));
    for (const c of result.citations) lines.push(`  “${c.quote}”`, color(2, `    — ${c.title ?? c.source}${c.url ? ` <${c.url}>` : ''}`));
  }
  if (result.didYouMean) lines.push('', `Did you mean: ${result.didYouMean}`);
  if (result.suggestions.length) lines.push('', color(1, 'You could also ask'), ...result.suggestions.map((s) => `  - ${s}`));
  return `${lines.join('\n')}\n`;
}
