import type { Summary } from './summary-types.js';

/**
 * The lines the summary screen and the plain text share, so the clinic reads the same layout in both:
 * each concern with its details (the patient's own words for "something else"), and each flagged
 * question once, with all its flagged answers.
 */
export function concernLines(summary: Summary): string[] {
  const ownWords = summary.answers.find((a) => a.id === 'concern-details')?.text;
  return summary.concerns.map((c) => {
    const details = c.code === 'other' && ownWords ? [ownWords] : c.details.flatMap((d) => d.labels);
    return details.length ? `${c.label}: ${details.join('; ')}` : c.label;
  });
}

export function flagLines(summary: Summary): string[] {
  const byQuestion = new Map<string, string[]>();
  for (const flag of summary.flags)
    byQuestion.set(flag.question, [...(byQuestion.get(flag.question) ?? []), flag.label]);
  return [...byQuestion].map(([id, labels]) => {
    const question = summary.answers.find((a) => a.id === id)?.question ?? id;
    return `${question}: ${labels.join('; ')}`;
  });
}
