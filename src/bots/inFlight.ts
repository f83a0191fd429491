/**
 * Counts work already accepted (an acknowledged Slack event, a deferred Discord interaction) so a
 * shutdown can wait for it: the platform will not send that work again.
 */
export interface InFlight {
  /** Runs `work`, counted until it settles. */
  track<T>(work: () => Promise<T>): Promise<T>;
  readonly size: number;
  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean>;
}

export function createInFlight(): InFlight {
  let size = 0;
  let waiters: (() => void)[] = [];
  const settle = () => {
    size--;
    if (size > 0) return;
    const done = waiters;
    waiters = [];
    for (const w of done) w();
  };
  return {
    async track(work) {
      size++;
      try {
        return await work();
      } finally {
        settle();
      }
    },
    get size() {
      return size;
    },
    idle(timeoutMs) {
      if (size === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== onIdle);
          resolve(false);
        }, timeoutMs);
        const onIdle = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(onIdle);
      });
    },
  };
}
