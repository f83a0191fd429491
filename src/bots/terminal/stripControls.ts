/**
 * Portal text is written by whoever publishes a dataset, so it may carry terminal escapes
 * (`ESC]0;title BEL` retitles the window, `ESC[2J` clears it) or bidi overrides that reorder what is
 * shown. Whole sequences go first, then any control character left; newlines and tabs stay.
 * Every pattern is linear: no nested quantifiers, and an unclosed OSC stops at the next ESC/BEL.
 */
const SEQUENCES =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|[\u001b\u009d]\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[P^_X][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, '');
}

const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hasControls(value: unknown): boolean {
  if (typeof value === 'string') return ANY_CONTROL.test(value);
  if (Array.isArray(value)) {
    for (const item of value) if (hasControls(item)) return true;
    return false;
  }
  if (value && typeof value === 'object') {
    // Every answer passes through here: a plain loop, no arrays of values made along the way.
    for (const key in value)
      if (Object.hasOwn(value, key) && hasControls((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** A copy of a JSON-shaped value with every string stripped; the value itself when nothing needs it. */
export function stripControlsDeep<T>(value: T): T {
  if (!hasControls(value)) return value;
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? stripControls(v) : v,
  ) as T;
}
