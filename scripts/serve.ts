/** npm start (after the build): serves the demo clinic page and dist/ at http://localhost:4173/. */
import { createStaticServer } from './staticServer.js';
import { DIST_DIR } from './bundles.js';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';

createStaticServer({ roots: ['demo', DIST_DIR] }).listen(port, host, () => {
  console.log(`[faq-chat] demo clinic page at http://${host}:${port}/  (Ctrl+C to stop)`);
});
