import { SmpAssessment } from './components/smp-assessment.js';

export { SmpAssessment };
export type { Answers } from './model/answers.js';
export type { Summary, PhotoInfo, Estimate, Category } from './model/summary-types.js';
export type { Questionnaire, QuestionnaireResponse } from './model/fhir-types.js';
export type {
  SmpStepDetail,
  SmpCompleteDetail,
  SmpResetDetail,
  SmpStepEvent,
  SmpCompleteEvent,
  SmpResetEvent,
} from './events.js';
export { QUESTIONNAIRE_URL } from './model/fhir.js';

// Loading the script twice, or two versions on one page, must be harmless: the first definition wins.
if (!customElements.get('smp-assessment')) {
  customElements.define('smp-assessment', SmpAssessment);
}
