import type { PhotoAngle } from './definition.js';

export const CATEGORIES = ['placement', 'density', 'depth', 'change-of-mind', 'new-style'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCORE_NAMES = ['skinType', 'location', 'colour', 'amount', 'scarring', 'layering'] as const;
export type ScoreName = (typeof SCORE_NAMES)[number];

export interface Estimate {
  readonly method: 'kirby-desai-2009';
  /** The scale's sum approximates the sessions for complete removal, whatever the patient's goal. */
  readonly for: 'complete-removal';
  /** Both null when unknown answers spread the sum by more than 2 points: such a band would mislead. */
  readonly low: number | null;
  readonly high: number | null;
  readonly scores: Record<ScoreName, [number, number]>;
  readonly caveat: string;
}

export interface PhotoInfo {
  readonly angle: PhotoAngle;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly width: number;
  readonly height: number;
}

export interface SummaryAnswer {
  readonly id: string;
  /** The full question. */
  readonly question: string;
  /** The question's short label ("Hair transplant"), for the review and the text. */
  readonly label: string;
  readonly codes?: string[];
  readonly labels?: string[];
  readonly text?: string;
}

/** The JSON summary, read by clinics' code. Fields may be added; none may be renamed or dropped. */
export interface Summary {
  readonly schema: 'smp-assessment/2';
  readonly reference: string;
  readonly completedAt: string;
  readonly locale: 'en' | 'es';
  readonly partner: string | null;
  readonly categories: Category[];
  readonly concerns: {
    code: string;
    label: string;
    details: { question: string; codes: string[]; labels: string[] }[];
  }[];
  readonly goal: { code: string; label: string } | null;
  readonly flags: { question: string; code: string; label: string }[];
  readonly estimate: Estimate | null;
  readonly photos: PhotoInfo[];
  readonly answers: SummaryAnswer[];
}
