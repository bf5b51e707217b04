import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, problemText } from '../../src/knowledge/problemText.js';
import type { Problem } from '../../src/knowledge/types.js';
import { copyKnowledge, duplicate, fileIn, removeCopies, rename, replace, type Edit } from '../knowledge/copyKnowledge.js';
import { MINIMAL_KB } from '../helpers.js';
import { runScript } from './run.js';

afterAll(removeCopies);

const SESSIONS = 'qa/sessions.md';
const SIDE_EFFECTS = 'qa/side-effects.md';
const WHAT_IS_IT = 'qa/what-is-it.md';

/** kb:check's output read back: the problems, then the count line. */
function checkFolder(dir: string) {
  const { status, stdout } = runScript('kb-check', ['--kb', dir]);
  const lines = stdout.trimEnd().split('\n');
  const problems = lines.slice(0, -1).map((line): Problem => {
    const [, file = '', at = '', message = '', hint = ''] = /^(.+?):(\d+): (.+?) \(hint: (.+)\)$/.exec(line) ?? [];
    return { file, line: Number(at), message, hint };
  });
  return { status, stdout, problems, last: lines.at(-1) };
}

/** A YAML syntax problem: the detail after the message is the YAML parser's own wording. */
function badYaml(file: string, line: number): Problem {
  const problem = problemText.badYaml(file, line, '');
  return { ...problem, message: expect.stringContaining(problem.message) };
}

interface BrokenCase {
  kind: string;
  edits: Edit[];
  expected: (at: (file: string) => string) => Problem[];
}

/** One defect each, made in a copy of kb-minimal; line numbers are those of the offending line. */
const BROKEN: BrokenCase[] = [
  {
    kind: 'an unclosed bracket',
    edits: [replace(SESSIONS, 'tags: [sessions]', 'tags: [sessions')],
    expected: (at) => [badYaml(at(SESSIONS), 8)],
  },
  {
    kind: 'a tab used for indentation',
    edits: [replace(SESSIONS, '  - number of sessions', '\t- number of sessions')],
    expected: (at) => [badYaml(at(SESSIONS), 6)],
  },
  {
    kind: 'an unclosed quote in clinic.yaml',
    edits: [replace('clinic.yaml', 'phone: "+1 555 010 0199"', 'phone: "+1 555 010 0199')],
    expected: (at) => [badYaml(at('clinic.yaml'), 5)],
  },
  {
    kind: 'no opening "---" line',
    edits: [replace(SESSIONS, /^---\n/, '')],
    expected: (at) => [problemText.noFrontMatter(at(SESSIONS))],
  },
  {
    kind: 'no closing "---" line',
    edits: [replace(SESSIONS, '---\nIt varies', 'It varies')],
    expected: (at) => [problemText.unclosedFrontMatter(at(SESSIONS))],
  },
  {
    kind: 'a missing field',
    edits: [replace(SESSIONS, 'question: How many sessions will I need?\n', '')],
    expected: (at) => [problemText.missingField(at(SESSIONS), 1, ['question'])],
  },
  {
    kind: 'a field with nothing after its ":"',
    edits: [replace(SESSIONS, 'question: How many sessions will I need?', 'question:')],
    expected: (at) => [problemText.emptyField(at(SESSIONS), 3, ['question'])],
  },
  {
    kind: 'an empty quote',
    edits: [replace(SESSIONS, /quote: ".*"/, 'quote: ""')],
    expected: (at) => [problemText.emptyField(at(SESSIONS), 12, ['citations', 0, 'quote'])],
  },
  {
    kind: 'a citation without a quote',
    edits: [replace(SESSIONS, /\n {4}quote: .*/, '')],
    expected: (at) => [problemText.missingField(at(SESSIONS), 11, ['citations', 0, 'quote'])],
  },
  {
    kind: 'a source page without a title',
    edits: [replace('sources/guide.md', 'title: A small guide\n', '')],
    expected: (at) => [problemText.missingField(at('sources/guide.md'), 1, ['title'])],
  },
  {
    kind: 'too few alternates',
    edits: [replace(SESSIONS, '  - number of sessions\n', '')],
    expected: (at) => [problemText.field(at(SESSIONS), 5, 'alternates needs at least 3')],
  },
  {
    kind: 'two files with the same id',
    edits: [duplicate(SESSIONS, 'qa/sessions-again.md')],
    expected: (at) => [
      problemText.idNotFileName(at('qa/sessions-again.md'), 2, 'sessions'),
      problemText.duplicateId(at(SESSIONS), 2, 'sessions', at('qa/sessions-again.md')),
    ],
  },
  {
    kind: 'an id that is not the file name',
    edits: [rename(WHAT_IS_IT, 'qa/about-prolotherapy.md')],
    expected: (at) => [problemText.idNotFileName(at('qa/about-prolotherapy.md'), 2, 'what-is-it')],
  },
  {
    kind: 'an unknown follow-up id',
    edits: [replace(SESSIONS, 'follow_ups: [side-effects]', 'follow_ups:\n  - side-effects\n  - aftercare')],
    expected: (at) => [problemText.unknownFollowUp(at(SESSIONS), 11, 'aftercare')],
  },
  {
    kind: 'a citation of a missing source page',
    edits: [replace(SESSIONS, 'source: guide', 'source: handbook')],
    expected: (at) => [problemText.unknownSource(at(SESSIONS), 11, 'handbook', ['guide'])],
  },
  {
    kind: 'a quote not found in its source',
    edits: [replace(SESSIONS, '3 to 6 sessions, spaced', '4 to 8 sessions, spaced')],
    expected: (at) => [problemText.quoteNotInSource(at(SESSIONS), 12, 'guide')],
  },
  {
    kind: 'an answer of one sentence',
    edits: [replace(SESSIONS, /^It varies.*$/m, 'It varies from person to person.')],
    expected: (at) => [problemText.sentenceCount(at(SESSIONS), 14, 1)],
  },
  {
    kind: 'an answer of seven sentences',
    edits: [replace(SESSIONS, /^It varies.*$/m, 'It varies. It depends. Ask us. Call us. Book online. Read the guide. Thank you.')],
    expected: (at) => [problemText.sentenceCount(at(SESSIONS), 14, 7)],
  },
  {
    kind: 'an empty answer',
    edits: [replace(SESSIONS, /^It varies.*$/m, '')],
    expected: (at) => [problemText.emptyAnswer(at(SESSIONS), 14)],
  },
  {
    kind: 'a promise word on the answer\'s second line',
    edits: [replace(SIDE_EFFECTS, 'These usually settle', '\nProlotherapy is guaranteed to cure knee pain. These usually settle')],
    expected: (at) => [problemText.promise(at(SIDE_EFFECTS), 15, 'guaranteed')],
  },
  {
    kind: 'two entries the engine confuses',
    edits: [
      replace(
        SIDE_EFFECTS,
        /question: .*\nalternates:\n(?: {2}- .*\n)+/,
        'question: How many sessions will I need?\nalternates:\n  - how many treatments\n  - number of sessions\n  - how many sesions do i need\n',
      ),
    ],
    expected: (at) => [problemText.confusable(at(SIDE_EFFECTS), 3, 'sessions', at(SESSIONS))],
  },
];

describe('npm run kb:check', () => {
  it('accepts the small valid folder', () => {
    const { status, stdout } = runScript('kb-check', ['--kb', MINIMAL_KB]);
    expect(stdout).toBe('ok: 3 entries, 3 citations\n');
    expect(status).toBe(0);
  });

  it('accepts the clinic knowledge base', () => {
    const { status, stdout } = runScript('kb-check');
    expect(stdout).toMatch(/^ok: \d+ entries, \d+ citations\n$/);
    expect(status).toBe(0);
  });

  it.each(BROKEN)('reports $kind at its file and line, and fails', ({ edits, expected }) => {
    const dir = copyKnowledge(MINIMAL_KB, ...edits);
    const problems = expected((file) => fileIn(dir, file));
    const run = checkFolder(dir);
    expect(run.problems).toEqual(problems);
    expect(run.last).toBe(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    expect(run.status).toBe(1);
  });

  it('prints each problem as one line: file:line: message (hint: …)', () => {
    const dir = copyKnowledge(MINIMAL_KB, replace(SESSIONS, 'source: guide', 'source: handbook'));
    const { stdout } = checkFolder(dir);
    expect(stdout).toBe(`${formatProblem(problemText.unknownSource(fileIn(dir, SESSIONS), 11, 'handbook', ['guide']))}\n1 problem\n`);
  });

  it('reports every problem of a folder, sorted by file and line', () => {
    const dir = copyKnowledge(
      MINIMAL_KB,
      replace(WHAT_IS_IT, 'It is also called', 'It will cure you. It is also called'),
      replace(SIDE_EFFECTS, 'source: guide', 'source: leaflet'),
      replace(SESSIONS, '3 to 6 sessions, spaced', 'three to six sessions, spaced'),
      replace(SESSIONS, 'follow_ups: [side-effects]', 'follow_ups: [side-effect]'),
    );
    const at = (file: string) => fileIn(dir, file);
    const { problems, status } = checkFolder(dir);
    expect(problems).toEqual([
      problemText.unknownFollowUp(at(SESSIONS), 9, 'side-effect'),
      problemText.quoteNotInSource(at(SESSIONS), 12, 'guide'),
      problemText.unknownSource(at(SIDE_EFFECTS), 11, 'leaflet', ['guide']),
      problemText.promise(at(WHAT_IS_IT), 14, 'will cure'),
    ]);
    expect(status).toBe(1);
  });

  it('does not blame other files for a file that failed to load', () => {
    const dir = copyKnowledge(MINIMAL_KB, replace(SESSIONS, 'tags: [sessions]', 'tags: [sessions'), replace('sources/guide.md', /^title: .*\n/m, ''));
    const { problems } = checkFolder(dir);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([`${fileIn(dir, SESSIONS)}:8`, `${fileIn(dir, 'sources/guide.md')}:1`]);
  });
});
