import type { Summary } from './summary-types.js';
import { answerLines, concernLines, estimateLines, flagLines, pointLines } from './summary-lines.js';
import type { Wording } from './wording.js';

export interface TextOptions {
  /** IANA time zone for the completed-at line; the device's own when omitted. */
  readonly timeZone?: string;
}

/** Making a date format loads the locale's data, far slower than using one (the summary renders often): made once each. */
const dateFormats = new Map<string, [Intl.DateTimeFormat, Intl.DateTimeFormat]>();

/**
 * The completed-at date and time with its time zone, as US readers of each language write it
 * ("December 1, 2026, 3:19 PM CST"; "1 de diciembre de 2026, 3:19 p.m. CST"): a clinic in another zone
 * can tell when it was. ICU's narrow spaces become plain ones, for any inbox.
 */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const key = `${locale} ${timeZone ?? ''}`;
  let formats = dateFormats.get(key);
  if (!formats) {
    const tag = `${locale}-US`;
    formats = [
      new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone }),
      new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }),
    ];
    dateFormats.set(key, formats);
  }
  const date = new Date(iso);
  return `${formats[0].format(date)}, ${formats[1].format(date)}`.replace(/[\u00a0\u202f]/g, ' ');
}

function section(title: string, lines: readonly string[]): string[] {
  return ['', title, '-'.repeat(title.length), ...lines];
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`);

/** The "At a glance" lines: goal, concerns, items to discuss, photos and the band. */
function glanceLines(summary: Summary, messages: Wording): string[] {
  const t = messages.summary;
  const concerns = summary.categories.map((c) => t.categories[c]);
  const other = summary.concerns.find((c) => c.code === 'other');
  if (other) concerns.push(other.label);
  const lines = [
    `${t.glanceGoal}: ${summary.goal?.label ?? messages.review.notAnswered}`,
    `${t.glanceConcerns}: ${concerns.join(' / ')}`,
    t.glanceDiscuss(summary.flags.length),
    messages.review.photosCount(summary.photos.length),
  ];
  const e = summary.estimate;
  if (e) {
    const band = e.low !== null && e.high !== null ? t.estimateRange(e.low, e.high) : t.noEstimate;
    lines.push(`${t.glanceEstimate}: ${band}`);
  }
  return lines;
}

/**
 * The plain-text summary: the same string in `smp-complete`, the form value,
 * Copy and Download. No markup, so it reads well in an email or a clinic inbox.
 */
export function summaryText(summary: Summary, messages: Wording, options: TextOptions = {}): string {
  const t = messages.summary;
  const lines: string[] = [
    `${t.title} (${t.reference} ${summary.reference})`,
    `${t.completed}: ${formatDate(summary.completedAt, messages.locale, options.timeZone)}`,
  ];
  if (summary.partner) lines.push(`${t.partner}: ${summary.partner}`);
  lines.push(...section(t.glance, bullets(glanceLines(summary, messages))));
  lines.push(...section(t.change, bullets(concernLines(summary))));
  lines.push(...section(t.goal, summary.goal ? [`- ${summary.goal.label}`] : []));
  const flags = flagLines(summary);
  lines.push(...section(t.discuss, bullets(flags.length ? flags : [t.discussNone])));
  if (summary.estimate) {
    lines.push(
      ...section(t.estimate, [
        ...estimateLines(summary, messages),
        `${t.estimateScale}.`,
        `${t.howWorkedOut}:`,
        ...bullets(pointLines(summary, messages)),
        summary.estimate.caveat,
      ]),
    );
  }
  if (summary.photos.length) lines.push('', t.photos(summary.photos.length));
  lines.push(...section(t.answers, bullets(answerLines(summary))));
  return lines.join('\n') + '\n';
}

/**
 * The text for a clinic whose language differs from the patient's: a first line in both languages
 * ("Answered in Spanish / Respondido en español"), so staff see at once that an interpreter may help,
 * then the clinic's copy, then the patient's own.
 */
export function combinedText(
  patient: { text: string; messages: Wording },
  clinic: { text: string; messages: Wording },
): string {
  const language = patient.messages.locale;
  const answeredIn = `${clinic.messages.summary.answeredIn(clinic.messages.languageNames[language])} / ${patient.messages.summary.answeredIn(patient.messages.languageNames[language])}`;
  const heading = patient.messages.summary.clinicCopy(patient.messages.languageNames[language]);
  const rule = '='.repeat(Math.max(heading.length, answeredIn.length));
  return `${answeredIn}\n\n${clinic.text}\n${rule}\n${heading}\n${rule}\n\n${patient.text}`;
}
