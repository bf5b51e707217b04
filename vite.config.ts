import { defineConfig } from 'vite';
import { faqChatDev } from './scripts/devPlugin.js';

/** `npm run dev`: the demo clinic page with live widget and knowledge. Builds are in scripts/build.ts. */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? 'localhost' },
  plugins: [faqChatDev()],
});
