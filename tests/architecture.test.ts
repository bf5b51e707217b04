import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

describe('The seams between layers', () => {
  it('keeps the engine free of the DOM and of Preact', () => {
    for (const file of filesUnder('src/engine')) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/from ['"]preact|\bdocument\.|\bwindow\.|from ['"]\.\.\/ui/);
    }
  });

  it('keeps the widget free of fuse.js and of the matching internals', () => {
    for (const file of filesUnder('src/ui')) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/fuse\.js|createEngine|createTermIndex/);
    }
  });
});
