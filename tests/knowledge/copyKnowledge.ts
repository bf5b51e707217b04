import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** One change to a copied knowledge folder, given the copy's path. */
export type Edit = (dir: string) => void;

/**
 * Replaces the first `from` in one file of the folder. Throws when `from` is
 * not there, so a changed fixture cannot silently turn a test into a no-op.
 */
export function replace(file: string, from: string | RegExp, to: string): Edit {
  return (dir) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`${file} has no ${String(from)} to replace`);
    writeFileSync(path, edited);
  };
}

/** Renames (moves) one file of the folder. */
export function rename(file: string, to: string): Edit {
  return (dir) => renameSync(join(dir, file), join(dir, to));
}

/** Copies one file of the folder to another name beside it. */
export function duplicate(file: string, to: string): Edit {
  return (dir) => cpSync(join(dir, file), join(dir, to));
}

const copies: string[] = [];

/** Copies a knowledge folder to a fresh temporary folder and applies the edits in order. */
export function copyKnowledge(from: string, ...edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'faq-chat-kb-'));
  copies.push(dir);
  cpSync(from, dir, { recursive: true });
  for (const edit of edits) edit(dir);
  return dir;
}

/** Deletes every folder `copyKnowledge` made; call from `afterAll`. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A file of a copied folder as problems name it: relative to the working folder. */
export function fileIn(dir: string, file: string): string {
  return relative(process.cwd(), join(dir, file));
}
