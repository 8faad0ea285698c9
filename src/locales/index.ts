import { lazyChunk } from '../lazy-chunk.js';
import { enFirst } from './en-first.js';
import { mergeMessages } from './merge.js';
import { FIRST_STEP, LOCALES, type FirstMessages, type Locale, type Messages } from './types.js';

export { FIRST_STEP };
export type { FirstMessages, Locale, Messages };

const loaded = new Map<Locale, Messages>();

/**
 * Lazy chunks beside the bundle, so an English page loads no file but the bundle before the first question:
 * English after the first question (en-later.ts, joined to the bundle's en-first.ts), and every other language
 * whole. To add a language: write src/locales/xx.ts and add one line here.
 */
const loaders: Record<Locale, () => Promise<Messages>> = {
  en: lazyChunk((retry) => import('./en-later.js').then((m) => mergeMessages(enFirst, m.enLater))),
  es: lazyChunk((retry) => import('./es.js').then((m) => m.es)),
};

/**
 * Said in both languages when a language's file cannot be fetched and English shows instead. These few words
 * are the only other-language text in the English bundle: they are needed exactly when that file cannot load.
 */
export const LANGUAGE_NOT_LOADED: Record<Exclude<Locale, 'en'>, string> = {
  es: 'Spanish could not load, so this is in English. / No se pudo cargar el español, así que esto está en inglés.',
};

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `es-MX` and `ES` mean Spanish; anything unsupported gives null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const base = (tag ?? '').trim().toLowerCase().split('-')[0];
  return isLocale(base) ? base : null;
}

/** A language's whole `Messages`, once loaded. */
export function cachedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** What the intro and the first question can show now, without waiting: English's first part is in the bundle. */
export function firstMessages(locale: Locale): FirstMessages | undefined {
  return loaded.get(locale) ?? (locale === 'en' ? enFirst : undefined);
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const messages = await loaders[locale]();
  loaded.set(locale, messages);
  return messages;
}
