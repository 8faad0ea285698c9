/**
 * The console warnings for bad attribute values (attribute-checks.ts finds them and applies the fallbacks): a lazy
 * chunk, since only a page with a bad value needs their words.
 */

/** The attributes that are checked, by property. */
export interface CheckedAttributes {
  persist: string;
  theme: string;
  fhirPhotos: string | null;
  clinicLang: string;
  consultationUrl: string | null;
  questionnaireUrl: string | null;
  partner: string | null;
}

/** One bad value, as it was set. */
export interface BadAttribute {
  readonly property: keyof CheckedAttributes;
  readonly value: string;
}

/** Each attribute's name, and what a bad value of it becomes. */
const WORDS: Record<keyof CheckedAttributes, readonly [string, string]> = {
  persist: ['persist', 'using local'],
  theme: ['theme', 'using auto'],
  fhirPhotos: ['fhir-photos', 'using the default'],
  clinicLang: ['clinic-lang', 'using en'],
  consultationUrl: ['consultation-url', 'only https:, http: and relative URLs are; no consultation button'],
  questionnaireUrl: ['questionnaire-url', 'it must be an absolute http(s) URL; using the default'],
  partner: ['partner', 'it must be one line of at most 64 characters; it was shortened'],
};

/** The attributes whose values could carry code or forge text: the value is quoted and cut in the warning. */
const UNSAFE: readonly (keyof CheckedAttributes)[] = ['consultationUrl', 'questionnaireUrl', 'partner'];

/** One console warning per bad value. */
export function warnAttributes(bad: readonly BadAttribute[]): void {
  for (const { property, value } of bad) {
    const [attribute, outcome] = WORDS[property];
    if (!UNSAFE.includes(property)) {
      console.warn(`<smp-assessment>: ${attribute}="${value}" is not supported; ${outcome}.`);
      continue;
    }
    // The value itself is cut: a hostile attribute must not flood the console either.
    const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
    console.warn(`<smp-assessment>: ${attribute}=${JSON.stringify(shown)} is not accepted; ${outcome}.`);
  }
}
