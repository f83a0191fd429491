import type { SearchFailure } from '../types.js';
import { NON_PUBLIC_ADDRESS } from './publicAddress.js';

/** A portal call that did not give usable data; `kind` is what the engine is told. */
export class UpstreamError extends Error {
  constructor(
    readonly kind: SearchFailure,
    message: string,
    readonly retryable = false,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

const RETRYABLE_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current && depth < 6; depth++) {
    if (typeof current === 'object') {
      const code = (current as { code?: unknown }).code;
      if (typeof code === 'string') codes.push(code);
      const name = (current as { name?: unknown }).name;
      if (typeof name === 'string') codes.push(name);
      current = (current as { cause?: unknown }).cause;
    } else break;
  }
  return codes;
}

/**
 * Turns whatever fetch threw into an UpstreamError. Resets are retried (a keep-alive socket the
 * server closed); refused, DNS and connect timeouts are not, so an offline portal answers fast.
 */
export function classifyFetchError(err: unknown, deadlinePassed: boolean): UpstreamError {
  if (err instanceof UpstreamError) return err;
  if (deadlinePassed) return new UpstreamError('timeout', 'The portal did not answer in time.');
  const codes = errorCodes(err);
  if (codes.includes(NON_PUBLIC_ADDRESS)) {
    return new UpstreamError('blocked', 'The portal host does not resolve to a public address.');
  }
  if (codes.some((c) => TIMEOUT_CODES.has(c))) {
    return new UpstreamError('timeout', 'The portal did not answer in time.');
  }
  if (codes.some((c) => RETRYABLE_CODES.has(c))) {
    return new UpstreamError('unavailable', 'The portal closed the connection.', true);
  }
  if (codes.includes('AbortError')) return new UpstreamError('timeout', 'The portal did not answer in time.');
  return new UnreachableError();
}

/** No connection at all (DNS failure, refused): the host is skipped for a while rather than asked again. */
export class UnreachableError extends UpstreamError {
  constructor(message = 'The portal could not be reached.') {
    super('unavailable', message);
    this.name = 'UnreachableError';
  }
}
