import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown, type ViteDevServer } from 'vite';
import { buildKnowledge } from '../src/knowledge/buildKnowledge.js';
import { formatProblem } from '../src/knowledge/problemText.js';
import { formatKnowledgeFile } from '../src/knowledge/knowledgeFile.js';
import type { CompiledKnowledge } from '../src/knowledge/types.js';
import { DIST_FILES, bundleConfigs } from './bundles.js';

const DEV_OUT = resolve('.cache/dev');

/**
 * `npm run dev`: serves the demo page with the real snippet, rebuilds the
 * widget on code changes and recompiles the knowledge on every save. A broken
 * knowledge file shows its problems in the page's error overlay and the
 * terminal; the last good answers keep being served.
 */
export function faqChatDev(knowledgeDir = resolve('knowledge')): Plugin {
  let knowledge: CompiledKnowledge | null = null;
  const widgetBuilds: Rolldown.RolldownWatcher[] = [];

  function compile(server: ViteDevServer) {
    const { knowledge: compiled, problems } = buildKnowledge(knowledgeDir);
    if (compiled) {
      knowledge = compiled;
      server.config.logger.info(`[faq-chat] knowledge compiled: ${compiled.entries.length} entries`);
      server.ws.send({ type: 'full-reload' });
      return;
    }
    const lines = problems.map(formatProblem);
    server.config.logger.error(`[faq-chat] knowledge has problems; still serving the last good version\n${lines.join('\n')}`);
    server.ws.send({ type: 'error', err: { message: `faq-chat knowledge problems:\n${lines.join('\n')}`, stack: '', plugin: 'faq-chat' } });
  }

  return {
    name: 'faq-chat-dev',
    apply: 'serve',
    async closeBundle() {
      // Called once per environment on server.close(); splice(0) makes later calls no-ops.
      await Promise.all(widgetBuilds.splice(0).map((watcher) => watcher.close()));
    },
    async configureServer(server) {
      compile(server);
      server.watcher.add(knowledgeDir);
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(knowledgeDir)) compile(server);
      });
      for (const config of bundleConfigs(DEV_OUT)) {
        config.build!.watch = { include: ['src/**', 'embed/**'] };
        config.build!.minify = false;
        const watcher = await build(config);
        if (!('on' in watcher)) continue;
        widgetBuilds.push(watcher);
        watcher.on('event', (event) => {
          if (event.code === 'END') server.ws.send({ type: 'full-reload' });
        });
      }
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        if (path === `/${DIST_FILES.knowledge}`) {
          response.setHeader('content-type', 'application/json');
          response.end(knowledge ? formatKnowledgeFile(knowledge) : 'null');
        } else if (path === `/${DIST_FILES.loader}` || path === `/${DIST_FILES.app}`) {
          response.setHeader('content-type', 'text/javascript');
          response.end(readFileSync(join(DEV_OUT, path.slice(1))));
        } else next();
      });
    },
  };
}
