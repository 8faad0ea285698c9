import type { FirstMessages, LaterMessages, Messages } from './types.js';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(first: Plain, later: Plain): Plain {
  const out: Plain = { ...first };
  for (const [key, value] of Object.entries(later)) {
    const mine = out[key];
    out[key] = isPlain(mine) && isPlain(value) ? merge(mine, value) : value;
  }
  return out;
}

/**
 * A locale's two parts as one `Messages`. The maps both parts hold (`choices`, `groups`, `errors` and its
 * `required`) are merged key by key; the types say which part holds which key, so nothing is overwritten.
 */
export function mergeMessages(first: FirstMessages, later: LaterMessages): Messages {
  return merge(first as unknown as Plain, later as unknown as Plain) as unknown as Messages;
}
