import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { isProblem, parseFrontMatter, parseYamlFile, type FrontMatterFile } from './parseFrontMatter.js';
import { problemText } from './problemText.js';
import { ClinicFields, EntryFields, SourceFields, SynonymFields, issuePath } from './schemas.js';
import type { Problem } from './types.js';

/** A file read from the knowledge folder, with its path as an editor would name it. */
export interface Located<T> {
  file: string;
  fields: T;
  parsed: FrontMatterFile;
}

export interface LoadedSource extends Located<v.InferOutput<typeof SourceFields>> {
  id: string;
}

/** Everything in a knowledge folder that parsed, plus what did not. */
export interface LoadedKnowledge {
  clinic: Located<v.InferOutput<typeof ClinicFields>> | null;
  synonyms: Located<v.InferOutput<typeof SynonymFields>> | null;
  sources: LoadedSource[];
  entries: Located<EntryFields>[];
  /** Ids (file names without .md) of every source page and entry found, including those that failed to load. */
  fileIds: { sources: string[]; entries: string[] };
  problems: Problem[];
}

/** Reads and parses every file of a knowledge folder (`clinic.yaml`, `synonyms.yaml`, `sources/`, `qa/`). */
export function loadKnowledge(dir: string): LoadedKnowledge {
  const problems: Problem[] = [];
  const label = (path: string) => relative(process.cwd(), path) || path;

  function load<S extends v.GenericSchema>(path: string, schema: S, yamlOnly: boolean): Located<v.InferOutput<S>> | null {
    const file = label(path);
    const parsed = (yamlOnly ? parseYamlFile : parseFrontMatter)(file, readFileSync(path, 'utf8'));
    if (isProblem(parsed)) {
      problems.push(parsed);
      return null;
    }
    const result = v.safeParse(schema, parsed.data ?? {});
    if (!result.success) {
      for (const issue of result.issues) {
        const path = issuePath(issue);
        const line = parsed.lineOf(path);
        // A field left out reads as undefined; one with nothing after its ":" as null.
        if (issue.input === undefined && path.length > 0) problems.push(problemText.missingField(file, line, path));
        else if (issue.input === null || issue.type === 'non_empty') problems.push(problemText.emptyField(file, line, path));
        else problems.push(problemText.field(file, line, issue.message));
      }
      return null;
    }
    return { file, fields: result.output, parsed };
  }

  function optionalYaml<S extends v.GenericSchema>(name: string, schema: S, required: boolean) {
    const path = join(dir, name);
    if (existsSync(path)) return load(path, schema, true);
    if (required) problems.push(problemText.missingFile(label(path)));
    return null;
  }

  const markdownIn = (sub: string) => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) {
      problems.push(problemText.missingFile(label(folder)));
      return [];
    }
    return readdirSync(folder)
      .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
      .sort()
      .map((name) => ({ id: name.slice(0, -3), path: join(folder, name) }));
  };

  const clinic = optionalYaml('clinic.yaml', ClinicFields, true);
  const synonyms = optionalYaml('synonyms.yaml', SynonymFields, false);
  const sourceFiles = markdownIn('sources');
  const entryFiles = markdownIn('qa');
  const sources = sourceFiles.flatMap(({ id, path }) => {
    const loaded = load(path, SourceFields, false);
    return loaded ? [{ ...loaded, id }] : [];
  });
  const entries = entryFiles.flatMap(({ path }) => load(path, EntryFields, false) ?? []);
  const fileIds = { sources: sourceFiles.map((f) => f.id), entries: entryFiles.map((f) => f.id) };
  return { clinic, synonyms, sources, entries, fileIds, problems };
}
