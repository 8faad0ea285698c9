import { SCORE_NAMES, type Summary } from './summary-types.js';
import { concernLines, flagLines } from './summary-lines.js';
import type { Messages } from '../locales/types.js';

export interface TextOptions {
  /** IANA time zone for the completed-at line; the device's own when omitted. */
  readonly timeZone?: string;
}

function range([low, high]: [number, number]): string {
  return low === high ? String(low) : `${low}-${high}`;
}

/** Making a date format loads the locale's data, far slower than using one (the summary renders often): made once each. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The completed-at date as the screen and the text show it, in the locale's own words. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const key = `${locale} ${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

function section(title: string, lines: readonly string[]): string[] {
  return ['', title, '-'.repeat(title.length), ...lines];
}

/**
 * The plain-text summary (PRODUCT.md section 5): the same string in `smp-complete`, the form value,
 * Copy and Download. No markup, so it reads well in an email or a clinic inbox.
 */
export function summaryText(summary: Summary, messages: Messages, options: TextOptions = {}): string {
  const t = messages.summary;
  const lines: string[] = [
    `${t.title} (${t.reference} ${summary.reference})`,
    `${t.completed}: ${formatDate(summary.completedAt, messages.locale, options.timeZone)}`,
  ];
  if (summary.partner) lines.push(`${t.partner}: ${summary.partner}`);
  if (summary.categories.length) {
    lines.push(`${t.glance}: ${summary.categories.map((c) => t.categories[c]).join(' / ')}`);
  }
  lines.push(
    ...section(
      t.change,
      concernLines(summary).map((line) => `- ${line}`),
    ),
  );
  lines.push(...section(t.goal, summary.goal ? [`- ${summary.goal.label}`] : []));
  const flags = flagLines(summary);
  lines.push(
    ...section(
      t.discuss,
      (flags.length ? flags : [t.discussNone]).map((line) => `- ${line}`),
    ),
  );
  if (summary.estimate) {
    const e = summary.estimate;
    lines.push(
      ...section(t.estimate, [
        `${t.estimateRange(e.low, e.high)} (${t.estimateScale})`,
        SCORE_NAMES.map((name) => `${t.scores[name]}: ${range(e.scores[name])}`).join(', '),
        e.caveat,
      ]),
    );
  }
  if (summary.photos.length) lines.push('', t.photos(summary.photos.length));
  lines.push(
    ...section(
      t.answers,
      summary.answers.map((a) => `${a.question}: ${a.text ?? (a.labels ?? []).join('; ')}`),
    ),
  );
  return lines.join('\n') + '\n';
}

/** The patient's text, then the clinic's copy in its own language when that differs. */
export function combinedText(patient: string, clinic: string, clinicHeading: string): string {
  const rule = '='.repeat(clinicHeading.length);
  return `${patient}\n${rule}\n${clinicHeading}\n${rule}\n\n${clinic}`;
}
