/**
 * Child process for bench/search.ts: runs the fake portal on its own event loop so its work is
 * not counted as ours. Run alone (`npx tsx bench/searchFakeProcess.ts`) it prints its URL for
 * UPSTREAM_OVERRIDE and serves until Ctrl-C.
 */
import { startFakePortal } from '../test/fakes/portal.js';

const fake = await startFakePortal({ latencyMs: Number(process.env.FAKE_LATENCY_MS ?? 100) });
if (process.send) process.send({ url: fake.url });
else console.log(`UPSTREAM_OVERRIDE=${fake.url}`);
process.on('message', async (msg) => {
  if (msg === 'close') {
    await fake.close();
    process.exit(0);
  }
});
