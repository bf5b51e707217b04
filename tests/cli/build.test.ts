import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_KB } from '../helpers.js';
import { runScript } from './run.js';

describe('npm run build', () => {
  it('writes the loader, the chat and the knowledge JSON, and fails on bad knowledge leaving them in place', () => {
    const work = mkdtempSync(join(tmpdir(), 'faq-chat-build-'));
    const kb = join(work, 'kb');
    const out = join(work, 'dist');
    cpSync(MINIMAL_KB, kb, { recursive: true });

    const good = runScript('build', ['--kb', kb, '--out', out]);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/faq-chat\.js \(before open\)\s+[\d.]+ KB\s+[\d.]+ KB/);
    const before = readFileSync(join(out, 'faq-chat-knowledge.json'), 'utf8');
    expect(JSON.parse(before).entries).toHaveLength(3);

    writeFileSync(join(kb, 'qa', 'sessions.md'), readFileSync(join(kb, 'qa', 'sessions.md'), 'utf8').replace('tags: [sessions]', 'tags: [sessions'));
    const bad = runScript('build', ['--kb', kb, '--out', out]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/kb\/qa\/sessions\.md:\d+: /);
    expect(readFileSync(join(out, 'faq-chat-knowledge.json'), 'utf8')).toBe(before);
  });
});
