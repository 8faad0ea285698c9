import type { StepId } from './model/definition.js';
import type { Summary } from './model/summary-types.js';
import type { QuestionnaireResponse } from './model/fhir-types.js';

/** `smp-step`: progress only, never an answer, so page analytics learn nothing about health. */
export interface SmpStepDetail {
  readonly step: StepId;
  readonly index: number;
  readonly total: number;
}

export interface SmpCompleteDetail {
  readonly summary: Summary;
  readonly text: string;
  readonly fhir: QuestionnaireResponse;
  readonly photos: File[];
}

export type SmpResetDetail = Record<string, never>;

export type SmpStepEvent = CustomEvent<SmpStepDetail>;
export type SmpCompleteEvent = CustomEvent<SmpCompleteDetail>;
export type SmpResetEvent = CustomEvent<SmpResetDetail>;

/** Every event leaves the shadow root and bubbles, so a host page or framework can listen anywhere. */
export function smpEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'smp-step': SmpStepEvent;
    'smp-complete': SmpCompleteEvent;
    'smp-reset': SmpResetEvent;
  }
}
