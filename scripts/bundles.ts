import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { minify } from 'terser';
import type { InlineConfig, Plugin } from 'vite';
import { DIST_FILES } from '../embed/distFiles.js';

export { DIST_FILES };

/** Where `npm run build` writes everything a clinic hosts. */
export const DIST_DIR = resolve('dist');
/** The ES-module build for sites that bundle their own JavaScript, inside the dist folder. */
export const ESM_DIR = 'esm';

/**
 * Browsers the widget supports: constructable stylesheets need Safari 16.4.
 * Naming them keeps the CSS minifier from padding font stacks for older ones.
 */
const TARGETS = ['es2022', 'chrome100', 'firefox101', 'safari16.4'];

const base = (outDir: string): InlineConfig => ({
  configFile: false,
  logLevel: 'warn',
  // Always a production build, even when a test runner has set NODE_ENV=test
  // (which would otherwise switch JSX to its development transform).
  mode: 'production',
  oxc: { jsx: { development: false } },
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: { outDir, emptyOutDir: false, target: TARGETS, cssTarget: TARGETS.slice(1), minify: true, sourcemap: false, reportCompressedSize: false },
});

/**
 * terser run over the minified bundle, compressing twice: about 0.6 KB gzip
 * less than Vite's own minifier alone, in a 30 KB budget (issue 6).
 */
function terserPasses(module: boolean): Plugin {
  return {
    name: 'faq-chat-terser',
    async renderChunk(code) {
      const result = await minify(code, { module, compress: { passes: 2 }, format: { comments: false } });
      return { code: result.code!, map: null };
    },
  };
}

/**
 * The two bundles a clinic hosts: the loader as a classic script (IIFE) and
 * the chat as an ES module the loader imports from beside itself. Two builds
 * because Vite inlines dynamic imports in IIFE library builds (vitejs/vite#8126).
 */
export function bundleConfigs(outDir = DIST_DIR): InlineConfig[] {
  const loader = base(outDir);
  loader.build!.lib = { entry: resolve('embed/loader.ts'), formats: ['iife'], name: 'FaqChatLoader', fileName: () => DIST_FILES.loader };
  loader.build!.rolldownOptions = { output: { comments: false } };
  loader.plugins!.push(terserPasses(false));
  const app = base(outDir);
  app.build!.lib = { entry: resolve('src/chat.tsx'), formats: ['es'], fileName: () => DIST_FILES.app };
  // Library builds in 'es' format keep white space (for pure annotations); the chat is
  // served as it is, never re-bundled, so it is minified in full.
  app.build!.rolldownOptions = { output: { minify: true, comments: false } };
  app.plugins!.push(terserPasses(true));
  return [loader, app];
}

/**
 * The npm package's code: src/index.ts as an ES module in dist/esm/, the chat
 * split into its own chunk, Preact and fuse.js left to the site's bundler.
 */
export function libraryConfig(outDir = DIST_DIR): InlineConfig {
  const library = base(join(outDir, ESM_DIR));
  // Its own folder, emptied: chunk names carry hashes, and old ones would pile up.
  library.build!.emptyOutDir = true;
  library.build!.minify = false;
  library.build!.lib = { entry: resolve('src/index.ts'), formats: ['es'], fileName: () => 'index.js' };
  library.build!.rollupOptions = { external: [/^preact(\/|$)/, /^fuse\.js(\/|$)/] };
  return library;
}

/** Where the package's type declarations go, inside the ES-module folder; the entry is `src/index.d.ts` there. */
export const TYPES_DIR = 'types';

/**
 * Writes the package's .d.ts files with tsc, following src/index.ts's imports.
 * The compiler options mirror tsconfig.json, which can't be used as it is: it
 * covers tests and scripts and emits nothing.
 */
export function emitDeclarations(outDir = DIST_DIR): void {
  const options = ['--declaration', '--emitDeclarationOnly', '--outDir', join(outDir, ESM_DIR, TYPES_DIR), '--rootDir', '.',
    '--jsx', 'react-jsx', '--jsxImportSource', 'preact', '--module', 'esnext', '--moduleResolution', 'bundler',
    '--target', 'es2022', '--lib', 'es2023,dom,dom.iterable', '--types', 'vite/client', '--strict', '--skipLibCheck'];
  execFileSync(resolve('node_modules/.bin/tsc'), ['--ignoreConfig', 'src/index.ts', ...options], { stdio: 'inherit' });
}
