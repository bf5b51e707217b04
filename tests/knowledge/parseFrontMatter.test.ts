import { describe, expect, it } from 'vitest';
import { isProblem, parseFrontMatter, parseYamlFile, type FrontMatterFile } from '../../src/knowledge/parseFrontMatter.js';
import { problemText } from '../../src/knowledge/problemText.js';

const ENTRY = [
  '---', //                                       1
  'id: sessions', //                              2
  'follow_ups:', //                               3
  '  - side-effects', //                          4
  '  - what-is-it', //                            5
  'citations:', //                                6
  '  - source: guide', //                         7
  '    quote: "A course of treatment"', //        8
  '  - source: leaflet', //                       9
  '    quote: >-', //                             10
  '      Common reactions include pain', //       11
  '      and swelling.', //                       12
  '---', //                                       13
  'It varies from person to person.', //          14
  'Ask us.', //                                   15
  '',
].join('\n');

function parsed(text: string): FrontMatterFile {
  const result = parseFrontMatter('qa/sessions.md', text);
  if (isProblem(result)) throw new Error(`expected a parsed file, got ${result.message}`);
  return result;
}

describe('parseFrontMatter', () => {
  it.each([
    [['id'], 2],
    [['follow_ups', 1], 5],
    [['citations', 0, 'quote'], 8],
    [['citations', 1, 'source'], 9],
    [['citations', 1, 'quote'], 10],
    [['citations', 1, 'missing'], 9],
    [['not_a_field'], 1],
  ] as const)('maps the field at %j to file line %i', (path, line) => {
    expect(parsed(ENTRY).lineOf(path)).toBe(line);
  });

  it('splits the fields from the answer and knows where the answer starts', () => {
    const file = parsed(ENTRY);
    expect(file.data).toMatchObject({ id: 'sessions', citations: [{ source: 'guide' }, { quote: 'Common reactions include pain and swelling.' }] });
    expect(file.body).toBe('It varies from person to person.\nAsk us.');
    expect(file.bodyLine).toBe(14);
  });

  it('counts blank lines between the closing "---" and the answer', () => {
    expect(parsed(ENTRY.replace('---\nIt varies', '---\n\n\nIt varies')).bodyLine).toBe(16);
  });

  it('reads a file that starts with a byte order mark the same way', () => {
    const file = parsed(`\uFEFF${ENTRY}`);
    expect(file.data).toEqual(parsed(ENTRY).data);
    expect(file.lineOf(['citations', 1, 'quote'])).toBe(10);
  });

  it('reads a file with Windows line endings the same way', () => {
    const file = parsed(ENTRY.replaceAll('\n', '\r\n'));
    expect(file.data).toEqual(parsed(ENTRY).data);
    expect(file.body).toBe('It varies from person to person.\nAsk us.');
    expect([file.lineOf(['follow_ups', 1]), file.lineOf(['citations', 1, 'quote']), file.bodyLine]).toEqual([5, 10, 14]);
  });

  it('reports a file without the opening "---"', () => {
    expect(parseFrontMatter('qa/sessions.md', ENTRY.slice(4))).toEqual(problemText.noFrontMatter('qa/sessions.md'));
  });

  it('reports fields that are never closed', () => {
    expect(parseFrontMatter('qa/sessions.md', ENTRY.replace(/^---\nIt/m, 'It'))).toEqual(problemText.unclosedFrontMatter('qa/sessions.md'));
  });

  it.each([
    ['a tab used for indentation', ENTRY.replace('  - what-is-it', '\t- what-is-it'), 5],
    ['an unclosed bracket', ENTRY.replace('follow_ups:\n  - side-effects\n  - what-is-it', 'follow_ups: [side-effects, what-is-it\n\n'), 3],
    ['an unclosed quote', ENTRY.replace('"A course of treatment"', '"A course of treatment'), 8],
    ['a field given twice', ENTRY.replace('follow_ups:', 'id: again\nfollow_ups:'), 3],
  ])('reports %s at the line where it is', (_, text, line) => {
    const problem = parseFrontMatter('qa/sessions.md', text);
    expect(problem).toMatchObject({ file: 'qa/sessions.md', line, hint: problemText.badYaml('', 0, '').hint });
  });
});

describe('parseYamlFile', () => {
  it('numbers lines from the top of the file', () => {
    const file = parseYamlFile('clinic.yaml', '# settings\nname: Clinic\nsmalltalk:\n  hello: Hi\n');
    expect(isProblem(file) ? file : file.lineOf(['smalltalk', 'hello'])).toBe(4);
  });

  it('reports an unclosed quote at the line it opens', () => {
    expect(parseYamlFile('clinic.yaml', 'name: Clinic\nphone: "555\ngreeting: Hello\n')).toMatchObject({ file: 'clinic.yaml', line: 2 });
  });
});
