import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_FILES, bundleConfigs } from '../../scripts/bundles.js';
import { LOADER_BUDGET_GZIP, TOTAL_JS_BUDGET_GZIP, kb, measureSizes, type SizeReport } from '../../scripts/sizes.js';
import { writeKnowledge } from '../../src/knowledge/writeKnowledge.js';
import { REAL_KB, knowledgeFrom } from '../helpers.js';

describe('The size budgets of issue 6, on a fresh production build', () => {
  const out = mkdtempSync(join(tmpdir(), 'faq-chat-budgets-'));
  let report: SizeReport;

  beforeAll(async () => {
    for (const config of bundleConfigs(out)) await build(config);
    writeKnowledge(join(out, DIST_FILES.knowledge), knowledgeFrom(REAL_KB));
    report = measureSizes(out);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it(`loads at most ${kb(LOADER_BUDGET_GZIP)} of gzipped JavaScript before the chat is opened`, () => {
    const message = `${DIST_FILES.loader} is ${kb(report.loader.gzip)} gzip (${report.loader.gzip} bytes), over its ${kb(LOADER_BUDGET_GZIP)} budget`;
    expect(report.loader.gzip, message).toBeLessThanOrEqual(LOADER_BUDGET_GZIP);
  });

  it(`loads at most ${kb(TOTAL_JS_BUDGET_GZIP)} of gzipped JavaScript in all by the first answer (knowledge apart)`, () => {
    const message = `${DIST_FILES.loader} ${kb(report.loader.gzip)} + ${DIST_FILES.app} ${kb(report.app.gzip)} = ${kb(report.totalJsGzip)} gzip, over the ${kb(TOTAL_JS_BUDGET_GZIP)} budget`;
    expect(report.totalJsGzip, message).toBeLessThanOrEqual(TOTAL_JS_BUDGET_GZIP);
  });
});
