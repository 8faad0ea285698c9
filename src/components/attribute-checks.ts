import type { PropertyValues } from 'lit';
import { lazyChunk } from '../lazy-chunk.js';
import { canonicalUrl, consultationTarget, onePartnerLine } from '../model/attributes.js';
import type { BadAttribute, CheckedAttributes } from './attribute-warnings.js';

/** The warnings' words are a lazy chunk: only a page with a bad attribute value needs them. */
const loadWarnings = lazyChunk((retry) => import('./attribute-warnings.js'));

const oneOf =
  (...values: string[]) =>
  (value: string) =>
    values.includes(value);

/**
 * Whether each checked attribute accepts a value. `consultation-url`, `questionnaire-url` and `partner` could carry
 * code into the host page or forge text in the clinic's copy: they are made safe where they are used, through the
 * same functions, so a property set between updates is never trusted either.
 */
const ACCEPTS: { readonly [P in keyof CheckedAttributes]: (value: string) => unknown } = {
  persist: oneOf('local', 'none'),
  theme: oneOf('light', 'dark', 'auto'),
  fhirPhotos: oneOf('inline', 'metadata'),
  clinicLang: oneOf('en', 'es'),
  consultationUrl: (value) => !value.trim() || consultationTarget(value),
  questionnaireUrl: canonicalUrl,
  partner: (value) => onePartnerLine(value) === value,
};

/** What a bad value of the attributes that take one of a few values becomes: the default. */
const FALLBACK: Partial<Record<keyof CheckedAttributes, string | null>> = {
  persist: 'local',
  theme: 'auto',
  fhirPhotos: null,
  clinicLang: 'en',
};

/**
 * A bad attribute value that changed falls back to the default at once, and gets one console warning a task later
 * (its words come in a chunk).
 */
export function checkAttributes(changed: PropertyValues, el: CheckedAttributes): void {
  const bad: BadAttribute[] = [];
  for (const property of Object.keys(ACCEPTS) as (keyof CheckedAttributes)[]) {
    const value = el[property];
    if (!changed.has(property) || value === null || ACCEPTS[property](value)) continue;
    bad.push({ property, value });
    if (property in FALLBACK) (el as Record<keyof CheckedAttributes, string | null>)[property] = FALLBACK[property]!;
  }
  if (!bad.length) return;
  loadWarnings().then(
    (module) => module.warnAttributes(bad),
    (error: unknown) =>
      console.error('<smp-assessment>: the warnings about bad attribute values could not load.', bad, error),
  );
}
