import type { Engine } from '../../../intents/types.js';
import type { Logger } from '../../../logger.js';
import type { RateLimiter } from '../../rateLimit.js';
import type { Deduper } from '../dedupe.js';
import type { ExpandStore } from '../expandStore.js';
import type { ShareStore } from '../shareStore.js';

/** Everything a listener needs, injected so each callback can be tested without a Bolt app. */
export interface ListenerDeps {
  engine: Engine;
  logger: Logger;
  limiter: RateLimiter;
  dedupe: Deduper;
  shares: ShareStore;
  /** Answers waiting for a *More* click; the renderers' shared store when not given. */
  expansions?: ExpandStore;
}
