import { clip } from '../text.js';
import { UpstreamError } from '../http/errors.js';

function record(body: unknown): Record<string, unknown> | undefined {
  return body && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}

/** ArcGIS REST answers errors as `{error: {code, message}}`, often with HTTP 200. */
export function arcgisError(body: unknown): UpstreamError | undefined {
  const error = record(record(body)?.error);
  if (!error) return undefined;
  const code = typeof error.code === 'number' ? error.code : Number(error.code);
  const message = typeof error.message === 'string' ? error.message : '';
  if (code === 404 || (code === 400 && /not exist|not found|inaccessible/i.test(message))) {
    return new UpstreamError('not_found', 'The portal has no such dataset.');
  }
  if (code === 403 || code === 498 || code === 499) {
    return new UpstreamError('not_found', 'The portal says this is not public.');
  }
  if (code === 429) return new UpstreamError('rate_limited', 'The portal is rate-limiting requests.');
  return new UpstreamError(
    'bad_response',
    `The portal reported an error: ${clip(message || String(code), 160)}`,
  );
}

/** CKAN wraps every answer in `{success, result | error}`; some portals send failures with HTTP 200. */
export function ckanError(body: unknown): UpstreamError | undefined {
  const root = record(body);
  if (root?.success !== false) return undefined;
  const error = record(root.error);
  const type = typeof error?.__type === 'string' ? error.__type : '';
  if (type === 'Not Found Error') return new UpstreamError('not_found', 'The portal has no such dataset.');
  if (type === 'Authorization Error')
    return new UpstreamError('not_found', 'The portal says this is not public.');
  const message = typeof error?.message === 'string' ? error.message : type || 'unknown error';
  return new UpstreamError('bad_response', `The portal reported an error: ${clip(message, 160)}`);
}

/** Socrata: SODA errors `{error: true, code, message}`, Discovery errors `{error: "..."}`. */
export function socrataError(body: unknown): UpstreamError | undefined {
  const root = record(body);
  if (!root || root.error === undefined || root.error === false) return undefined;
  const code = typeof root.code === 'string' ? root.code : '';
  if (/not[._-]?found/i.test(code)) return new UpstreamError('not_found', 'The portal has no such dataset.');
  const message =
    typeof root.message === 'string' ? root.message : typeof root.error === 'string' ? root.error : code;
  return new UpstreamError(
    'bad_response',
    `The portal reported an error: ${clip(message || 'unknown', 160)}`,
  );
}
