import { en } from './en.js';
import { LOCALES, type Locale, type Messages } from './types.js';

export type { Locale, Messages };

const loaded = new Map<Locale, Messages>([['en', en]]);

/**
 * Locales other than English are lazy chunks beside the bundle, so an English page loads no file
 * but the bundle. To add a language: write src/locales/xx.ts and add one line here.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  es: () => import('./es.js').then((m) => m.es),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `es-MX` and `ES` mean Spanish; anything unsupported gives null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const base = (tag ?? '').trim().toLowerCase().split('-')[0];
  return isLocale(base) ? base : null;
}

export function cachedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const messages = await loaders[locale as Exclude<Locale, 'en'>]();
  loaded.set(locale, messages);
  return messages;
}
