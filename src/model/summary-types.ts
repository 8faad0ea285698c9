import type { PhotoAngle } from './definition.js';

export const CATEGORIES = ['placement', 'density', 'depth', 'change-of-mind', 'new-style'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCORE_NAMES = ['skinType', 'location', 'colour', 'amount', 'scarring', 'layering'] as const;
export type ScoreName = (typeof SCORE_NAMES)[number];

export interface Estimate {
  readonly method: 'kirby-desai-2009';
  readonly low: number;
  readonly high: number;
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
  readonly question: string;
  readonly codes?: string[];
  readonly labels?: string[];
  readonly text?: string;
}

/** The JSON summary (PRODUCT.md section 2). Fields may be added; none may be renamed or dropped. */
export interface Summary {
  readonly schema: 'smp-assessment/1';
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
