import { QUESTIONS, isChoice, type Condition, type Question } from './definition.js';
import { optionLabel, questionLabel } from './labels.js';
import type { PhotoInfo, Summary } from './summary-types.js';
import type { Wording } from './wording.js';
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from './fhir-types.js';

export { QUESTIONNAIRE_URL } from './fhir-constants.js';
import { QUESTIONNAIRE_URL } from './fhir-constants.js';

export const QUESTIONNAIRE_VERSION = '2.0.0';
/** One code system for every answer code, in both resources. */
export const CODE_SYSTEM = 'https://smp-assessment.org/fhir/CodeSystem/smp-assessment-answer';
export const REFERENCE_SYSTEM = 'https://smp-assessment.org/fhir/NamingSystem/smp-assessment-reference';

export type { Questionnaire, QuestionnaireResponse };

function enableWhen(condition: Condition): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  const coding = (code: string) => ({ system: CODE_SYSTEM, code });
  if (condition.noneOf) {
    return {
      enableWhen: condition.noneOf.map((code) => ({
        question: condition.question,
        operator: '!=' as const,
        answerCoding: coding(code),
      })),
    };
  }
  const codes = condition.anyOf ?? [];
  return {
    enableWhen: codes.map((code) => ({
      question: condition.question,
      operator: '=' as const,
      answerCoding: coding(code),
    })),
    ...(codes.length > 1 ? { enableBehavior: 'any' as const } : {}),
  };
}

function questionnaireItem(question: Question, messages: Wording): QuestionnaireItem {
  const item: Omit<QuestionnaireItem, 'type'> = { linkId: question.id, text: questionLabel(question, messages) };
  if (question.required) item.required = true;
  if ('when' in question) Object.assign(item, enableWhen(question.when));
  if (question.kind === 'photos') return { ...item, type: 'attachment', repeats: true };
  if (question.kind === 'text') {
    return { ...item, type: 'text', ...('maxLength' in question ? { maxLength: question.maxLength } : {}) };
  }
  if (!isChoice(question)) return { ...item, type: 'display' };
  return {
    ...item,
    type: 'choice',
    ...(question.kind === 'multiple' ? { repeats: true } : {}),
    answerOption: question.options.map((code: string) => ({
      valueCoding: { system: CODE_SYSTEM, code, display: optionLabel(question.id, code, messages) },
    })),
  };
}

/** The FHIR R4 Questionnaire, generated from the same definition as the widget. */
export function buildQuestionnaire(messages: Wording, url = QUESTIONNAIRE_URL): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'smp-removal-self-assessment',
    url,
    version: QUESTIONNAIRE_VERSION,
    name: 'SmpRemovalSelfAssessment',
    title: 'Scalp micropigmentation (SMP) removal self-assessment',
    status: 'active',
    subjectType: ['Patient'],
    language: messages.locale,
    description:
      'A patient self-assessment of scalp micropigmentation before a laser removal or correction consultation. It records and summarises; it does not diagnose.',
    item: QUESTIONS.map((q) => questionnaireItem(q, messages)),
  };
}

export interface ResponseOptions {
  readonly questionnaireUrl?: string;
  /** Base64 photo bytes by file name, with `fhir-photos="inline"`; metadata only without it. */
  readonly photoData?: ReadonlyMap<string, string>;
}

function photoAnswer(photo: PhotoInfo, data: string | undefined) {
  return {
    valueAttachment: {
      contentType: photo.type,
      title: photo.name,
      size: photo.size,
      ...(data ? { data } : {}),
    },
  };
}

/** A FHIR R4 QuestionnaireResponse with one item per visible answer, in the patient's words. */
export function buildQuestionnaireResponse(summary: Summary, options: ResponseOptions = {}): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] = [];
  for (const answer of summary.answers) {
    if (answer.text !== undefined) {
      item.push({ linkId: answer.id, text: answer.question, answer: [{ valueString: answer.text }] });
    } else {
      item.push({
        linkId: answer.id,
        text: answer.question,
        answer: (answer.codes ?? []).map((code, i) => ({
          valueCoding: { system: CODE_SYSTEM, code, display: answer.labels?.[i] ?? code },
        })),
      });
    }
  }
  if (summary.photos.length) {
    const notesAt = item.findIndex((i) => i.linkId === 'notes');
    const photos: QuestionnaireResponseItem = {
      linkId: 'photos',
      answer: summary.photos.map((p) => photoAnswer(p, options.photoData?.get(p.name))),
    };
    item.splice(notesAt === -1 ? item.length : notesAt, 0, photos);
  }
  return {
    resourceType: 'QuestionnaireResponse',
    identifier: { system: REFERENCE_SYSTEM, value: summary.reference },
    questionnaire: options.questionnaireUrl ?? QUESTIONNAIRE_URL,
    status: 'completed',
    authored: summary.completedAt,
    language: summary.locale,
    item,
  };
}
