/**
 * Attributes that could carry code into the host page or forge text in the clinic's copy, set by embedding
 * sites the clinic does not control. Each returns the safe value, or `null` for "none / the default".
 */

/** Resolves relative URLs against a base that can never be a real page; only the scheme is looked at. */
const PROBE_BASE = 'https://relative.invalid/';

function parse(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/**
 * `consultation-url`: an absolute `https:`/`http:` URL or a relative one, trimmed; anything else (`javascript:`,
 * `data:`, `mailto:` …, in any case, behind spaces or with tabs inside, which the URL parser ignores) is none.
 */
export function consultationTarget(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  const url = parse(trimmed, PROBE_BASE);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? trimmed : null;
}

/** `questionnaire-url`: an absolute `http(s)` URL (the canonical of a FHIR Questionnaire), trimmed, else none. */
export function canonicalUrl(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  const url = trimmed ? parse(trimmed) : null;
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? trimmed : null;
}

const PARTNER_MAX_LENGTH = 64;

/**
 * `partner`: one line, so an embedding site cannot add lines (a forged section) to the clinic's text. Line
 * breaks and control characters become spaces; at most 64 characters; nothing left but spaces is none.
 */
export function onePartnerLine(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const line = value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ').slice(0, PARTNER_MAX_LENGTH);
  return line.trim() ? line : null;
}
