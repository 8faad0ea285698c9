import type { PropertyValues } from 'lit';
import { canonicalUrl, consultationTarget, onePartnerLine } from '../model/attributes.js';

/** The attributes that could carry code into the host page or forge text in the clinic's copy. */
export interface SafetyAttributes {
  consultationUrl: string | null;
  questionnaireUrl: string | null;
  partner: string | null;
}

function warn(attribute: string, value: string, outcome: string): void {
  // The value itself is cut: a hostile attribute must not flood the console either.
  const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
  console.warn(`<smp-assessment>: ${attribute}=${JSON.stringify(shown)} is not accepted; ${outcome}.`);
}

/**
 * One console warning per bad value when it changes. The values themselves are made safe where
 * they are used, through the same functions, so a property set between updates is never trusted either.
 */
export function warnUnsafeAttributes(changed: PropertyValues, el: SafetyAttributes): void {
  const { consultationUrl, questionnaireUrl, partner } = el;
  if (changed.has('consultationUrl') && consultationUrl?.trim() && !consultationTarget(consultationUrl)) {
    warn('consultation-url', consultationUrl, 'only https:, http: and relative URLs are; no consultation button');
  }
  if (changed.has('questionnaireUrl') && questionnaireUrl !== null && !canonicalUrl(questionnaireUrl)) {
    warn('questionnaire-url', questionnaireUrl, 'it must be an absolute http(s) URL; using the default');
  }
  if (changed.has('partner') && partner !== null && onePartnerLine(partner) !== partner) {
    warn('partner', partner, 'it must be one line of at most 64 characters; it was shortened');
  }
}

const ENUMS = {
  persist: ['local', 'none'],
  theme: ['light', 'dark', 'auto'],
  fhirPhotos: ['inline', 'metadata'],
  clinicLang: ['en', 'es'],
} as const;

/** The attributes that take one of a few values. */
export interface EnumAttributes {
  persist: string;
  theme: string;
  fhirPhotos: string | null;
  clinicLang: string;
}

const ATTRIBUTE: { readonly [P in keyof EnumAttributes]: string } = {
  persist: 'persist',
  theme: 'theme',
  fhirPhotos: 'fhir-photos',
  clinicLang: 'clinic-lang',
};

const FALLBACK: { readonly [P in keyof EnumAttributes]: string | null } = {
  persist: 'local',
  theme: 'auto',
  fhirPhotos: null,
  clinicLang: 'en',
};

/** A bad attribute value falls back to the default with one console warning. */
export function checkEnums(changed: PropertyValues, el: EnumAttributes): void {
  for (const property of Object.keys(ENUMS) as (keyof EnumAttributes)[]) {
    const value = el[property];
    if (!changed.has(property) || value === null || (ENUMS[property] as readonly string[]).includes(value)) continue;
    const fallback = FALLBACK[property];
    console.warn(
      `<smp-assessment>: ${ATTRIBUTE[property]}="${value}" is not supported; using ${fallback ?? 'the default'}.`,
    );
    (el as { [K in keyof EnumAttributes]: string | null })[property] = fallback;
  }
}
