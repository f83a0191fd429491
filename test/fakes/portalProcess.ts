/**
 * The fake portal in its own process. bench/search.ts forks it so the fake's work is not counted
 * as ours; run alone (`npx tsx test/fakes/portalProcess.ts`) it prints its URL for
 * UPSTREAM_OVERRIDE and serves until Ctrl-C (manual CLI checks).
 */
import { startFakePortal } from './portal.js';

const fake = await startFakePortal({ latencyMs: Number(process.env.FAKE_LATENCY_MS ?? 100) });
if (process.send) process.send({ url: fake.url });
else console.log(`UPSTREAM_OVERRIDE=${fake.url}`);
process.on('message', async (msg) => {
  if (msg === 'close') {
    await fake.close();
    process.exit(0);
  }
});
