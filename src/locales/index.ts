import { lazyChunk } from '../lazy-chunk.js';
import { en } from './en.js';
import { LOCALES, type Locale, type Messages } from './types.js';

export type { Locale, Messages };

const loaded = new Map<Locale, Messages>([['en', en]]);

/**
 * Locales other than English are lazy chunks beside the bundle, so an English page loads no file
 * but the bundle. To add a language: write src/locales/xx.ts and add one line here.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  es: lazyChunk((retry) => import('./es.js').then((m) => m.es)),
};

/**
 * Said in both languages when a language's file cannot be fetched and English shows instead. These few words
 * are the only other-language text in the English bundle: they are needed exactly when that file cannot load.
 */
export const LANGUAGE_NOT_LOADED: Record<Exclude<Locale, 'en'>, string> = {
  es: 'Spanish could not load, so this is in English. / No se pudo cargar el español, así que esto está en inglés.',
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
