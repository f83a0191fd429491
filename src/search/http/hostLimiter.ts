import { UpstreamError } from './errors.js';

interface Waiter {
  grant: () => void;
  reject: (err: unknown) => void;
}

/** At most `limit` requests in flight per portal host, so one busy question cannot hammer a city. */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, Waiter[]>();

  constructor(private readonly limit: number) {}

  async acquire(host: string, signal: AbortSignal): Promise<() => void> {
    if (signal.aborted) throw new UpstreamError('timeout', 'The portal did not answer in time.');
    const running = this.active.get(host) ?? 0;
    if (running < this.limit) {
      this.active.set(host, running + 1);
      return this.releaser(host);
    }
    await new Promise<void>((resolve, reject) => {
      const queue = this.queues.get(host) ?? [];
      const waiter: Waiter = {
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        reject,
      };
      const onAbort = () => {
        const i = queue.indexOf(waiter);
        if (i >= 0) queue.splice(i, 1);
        reject(new UpstreamError('timeout', 'The portal did not answer in time.'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      queue.push(waiter);
      this.queues.set(host, queue);
    });
    return this.releaser(host);
  }

  private releaser(host: string): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queues.get(host)?.shift();
      // The slot passes straight to the next waiter, so the count stays put.
      if (next) next.grant();
      else this.active.set(host, (this.active.get(host) ?? 1) - 1);
    };
  }
}
