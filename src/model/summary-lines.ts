import { SCORE_NAMES, type Summary, type SummaryAnswer } from './summary-types.js';
import { kirbyDesaiTotal } from './estimate.js';
import type { Wording } from './wording.js';

/**
 * The lines the summary screen and the plain text share, so the clinic reads the same layout in both.
 * Every answer reads "Short label: answer", never "Question?: answer".
 */

function answerOf(summary: Summary, id: string): SummaryAnswer | undefined {
  return summary.answers.find((a) => a.id === id);
}

/** An answer's words; a Fitzpatrick type keeps its numeral ("IV – Rarely burns, tans well") for the clinician. */
export function answerWords(answer: SummaryAnswer): string {
  if (answer.text !== undefined) return answer.text;
  const codes = answer.codes ?? [];
  return (answer.labels ?? [])
    .map((label, i) =>
      answer.id === 'skin-type' && /^[IV]+$/.test(codes[i] ?? '') ? `${codes[i]} \u2013 ${label}` : label,
    )
    .join('; ');
}

/** Every visible answer as "Short label: answer". */
export function answerLines(summary: Summary): string[] {
  return summary.answers.map((a) => `${a.label}: ${answerWords(a)}`);
}

/**
 * Each concern with its follow-ups labelled ("Dots look blue, green or gray — Tint: Blue; Tint appeared:
 * Slowly over time"), the patient's own words for "something else". `change-reason` opens under both
 * `change-of-mind` and `new-style`; it is printed once, under the first.
 */
export function concernLines(summary: Summary): string[] {
  const ownWords = answerOf(summary, 'concern-details')?.text;
  const printed = new Set<string>();
  return summary.concerns.map((c) => {
    const details =
      c.code === 'other' && ownWords
        ? [ownWords]
        : c.details
            .filter((d) => !printed.has(d.question))
            .map((d) => {
              printed.add(d.question);
              return `${answerOf(summary, d.question)?.label ?? d.question}: ${d.labels.join(', ')}`;
            });
    return details.length ? `${c.label} \u2014 ${details.join('; ')}` : c.label;
  });
}

/** Flags raised by these questions are already written in the first person ("I take blood thinners"). */
const FIRST_PERSON = new Set(['medicines', 'health']);

/** One line per flag, each a fact about the patient. */
export function flagLines(summary: Summary): string[] {
  return summary.flags.map((flag) => {
    if (FIRST_PERSON.has(flag.question)) return flag.label;
    const answer = answerOf(summary, flag.question);
    const words = flag.question === 'skin-type' ? `${flag.code} \u2013 ${flag.label}` : flag.label;
    return `${answer?.label ?? flag.question}: ${words}`;
  });
}

/** The goals for which the band, always for complete removal, may overstate the sessions. */
const PARTIAL_GOALS = new Set(['fade-for-redo', 'partial-removal']);

/** The band (or the sentence saying there is none) and, for a partial goal, the line about fewer sessions. */
export function estimateLines(summary: Summary, messages: Wording): string[] {
  const e = summary.estimate;
  if (!e) return [];
  const t = messages.summary;
  if (e.low === null || e.high === null) return [t.estimateNone];
  const lines = [t.estimateRange(e.low, e.high)];
  if (summary.goal && PARTIAL_GOALS.has(summary.goal.code)) lines.push(t.estimateFading);
  return lines;
}

/**
 * The six points with their names, the answer behind each and the total ("Skin type IV: 4 points …
 * Total: 9 points"), so nobody reads a bare "Scarring: 1" as an answer.
 */
export function pointLines(summary: Summary, messages: Wording): string[] {
  const e = summary.estimate;
  if (!e) return [];
  const t = messages.summary;
  const points = ([low, high]: [number, number]) => t.points(low, high);
  const words = (id: string) => {
    const answer = answerOf(summary, id);
    return answer ? answerWords(answer) : t.basis.notAnswered;
  };
  const skinCode = answerOf(summary, 'skin-type')?.codes?.[0];
  const known = skinCode !== undefined && skinCode !== 'not-sure';
  const scarCode = answerOf(summary, 'scarring')?.codes?.[0];
  const raised =
    (scarCode === undefined || scarCode === 'none' || scarCode === 'not-sure') && e.scores.scarring[0] === 1;
  const basis: Record<(typeof SCORE_NAMES)[number], string> = {
    skinType: known ? `${t.scores.skinType} ${skinCode}` : `${t.scores.skinType} (${words('skin-type')})`,
    location: `${t.scores.location} (${t.basis.location})`,
    colour: `${t.scores.colour} (${t.basis.colour})`,
    amount: `${t.scores.amount} (${e.scores.amount[0] === 3 ? t.basis.amountMore : t.basis.amountUsual})`,
    scarring: `${t.scores.scarring} (${words('scarring')}${raised ? `; ${t.basis.scarringAtLeastOne}` : ''})`,
    layering: `${t.scores.layering} (${words('smp-practitioners')})`,
  };
  return [
    ...SCORE_NAMES.map((name) => `${basis[name]}: ${points(e.scores[name])}`),
    `${t.total}: ${points(kirbyDesaiTotal(e.scores))}`,
  ];
}
