import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';

/** Where `npm run build` writes everything a clinic hosts. */
export const DIST_DIR = resolve('dist');
/** The files in dist/ and what each is. */
export const DIST_FILES = {
  loader: 'faq-chat.js',
  app: 'faq-chat-app.js',
  knowledge: 'faq-chat-knowledge.json',
} as const;

const base = (outDir: string): InlineConfig => ({
  configFile: false,
  logLevel: 'warn',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: { outDir, emptyOutDir: false, target: 'es2020', minify: true, sourcemap: false, reportCompressedSize: false },
});

/**
 * The two bundles: the loader as a classic script (IIFE) and the chat as an
 * ES module the loader imports from beside itself. Two builds because Vite
 * inlines dynamic imports in IIFE library builds (vitejs/vite#8126).
 */
export function bundleConfigs(outDir = DIST_DIR): InlineConfig[] {
  const loader = base(outDir);
  loader.build!.lib = { entry: resolve('embed/loader.ts'), formats: ['iife'], name: 'FaqChatLoader', fileName: () => DIST_FILES.loader };
  const app = base(outDir);
  app.build!.lib = { entry: resolve('src/chat.tsx'), formats: ['es'], fileName: () => DIST_FILES.app };
  return [loader, app];
}
