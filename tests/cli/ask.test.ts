import { describe, expect, it } from 'vitest';
import { MINIMAL_KB } from '../helpers.js';
import { runScript } from './run.js';

const RESULT_KEYS = ['kind', 'entryId', 'confidence', 'answer', 'citations', 'suggestions'];

describe('npm run ask', () => {
  it('prints the answer, its sources and the matched entry for a person to read', () => {
    const { status, stdout } = runScript('ask', ['how many sessions will I need?']);
    expect(status).toBe(0);
    expect(stdout).toContain('entry: number-of-sessions');
    expect(stdout).toContain('Sources');
    expect(stdout).toMatch(/“.+”/);
  });

  it('--json prints exactly one result object and nothing else', () => {
    const { status, stdout } = runScript('ask', ['--json', 'what is prolotherapy']);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(RESULT_KEYS));
    expect(result.entryId).toBe('what-is-prolotherapy');
  });

  it('--jsonl answers one line per question, in order, each on its own', () => {
    const { status, stdout } = runScript('ask', ['--jsonl'], 'what is prolotherapy\n\n<script>alert(1)</script>\nhow many sessions\n');
    expect(status).toBe(0);
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(results.map((r) => r.kind)).toEqual(['answer', 'handoff', 'handoff', 'answer']);
    expect(results[3].entryId).toBe('number-of-sessions');
  });

  it('--conversation carries the topic from one line to the next', () => {
    const questions = 'what are the side effects?\nhow long do they last?\n';
    const alone = runScript('ask', ['--jsonl'], questions).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const together = runScript('ask', ['--jsonl', '--conversation'], questions).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(together[0].entryId).toBe('side-effects');
    expect(together[1].entryId).toBe('soreness-duration');
    expect(alone[1].entryId).not.toBe('soreness-duration');
  });

  it('--kb answers from another knowledge folder', () => {
    const { stdout } = runScript('ask', ['--kb', MINIMAL_KB, '--json', 'how many sesions do i need']);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'answer', entryId: 'sessions' });
  });

  it('exits 0 with a bounded handoff for hostile input', () => {
    const hostile = [`${'<img src=x onerror=alert(1)>'.repeat(4000)}`, '\u0000\u0007\u001b[31m', '__proto__', '\u202Eمرحبا'].join('\n');
    const { status, stdout } = runScript('ask', ['--jsonl'], `${hostile}\n`);
    expect(status).toBe(0);
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(results.map((r) => r.kind)).toEqual(['handoff', 'handoff', 'handoff', 'handoff']);
    expect(stdout.length).toBeLessThan(4000);
  });
});
