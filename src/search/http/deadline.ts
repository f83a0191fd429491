import { UpstreamError } from './errors.js';

/** The time budget of one question: every portal call behind it shares the same end. */
export interface Deadline {
  readonly at: number;
  readonly signal: AbortSignal;
  remaining(): number;
  dispose(): void;
}

export function createDeadline(budgetMs: number): Deadline {
  const controller = new AbortController();
  const at = Date.now() + budgetMs;
  const timer = setTimeout(() => controller.abort(), budgetMs);
  timer.unref?.();
  return {
    at,
    signal: controller.signal,
    remaining: () => Math.max(0, at - Date.now()),
    dispose: () => clearTimeout(timer),
  };
}

/** Waits `ms`, or rejects as a timeout when the budget ends first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new UpstreamError('timeout', 'The portal did not answer in time.'));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new UpstreamError('timeout', 'The portal did not answer in time.'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves with the promise, or rejects as a timeout when this caller's budget ends first. */
export function withinDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted)
    return Promise.reject(new UpstreamError('timeout', 'The portal did not answer in time.'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new UpstreamError('timeout', 'The portal did not answer in time.'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
