import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CODE_SYSTEM,
  QUESTIONNAIRE_URL,
  QUESTIONNAIRE_VERSION,
  REFERENCE_SYSTEM,
  buildQuestionnaire,
  buildQuestionnaireResponse,
} from '../../src/model/fhir.js';
import type { QuestionnaireItem } from '../../src/model/fhir-types.js';
import { QUESTIONS } from '../../src/model/definition.js';
import { buildSummary } from '../../src/model/summary.js';
import type { PhotoInfo } from '../../src/model/summary-types.js';
import type { Answers } from '../../src/model/answers.js';
import { en } from '../../src/locales/en.js';
import { fhirErrors, responseProblems } from './fhir-validator.js';
import * as fixtures from '../fixtures/answers.js';

const { FIXED_NOW, HIDDEN_IDS, concernJourneys, everything, minimalComplete, withHiddenAnswers } = fixtures;

const questionnaire = buildQuestionnaire(en);
const itemOf = (linkId: string): QuestionnaireItem => {
  const item = questionnaire.item?.find((i) => i.linkId === linkId);
  assert.ok(item, linkId);
  return item;
};

const PHOTOS: PhotoInfo[] = [
  { angle: 'front', name: 'front.jpg', type: 'image/jpeg', size: 182044, width: 1600, height: 1200 },
  { angle: 'back', name: 'back.jpg', type: 'image/jpeg', size: 90210, width: 1200, height: 1600 },
];

function respond(answers: Answers, photos: PhotoInfo[] = [], photoData?: Map<string, string>) {
  const summary = buildSummary(answers, { messages: en, now: FIXED_NOW, reference: 'K7Q-4MX', photos });
  return { summary, response: buildQuestionnaireResponse(summary, photoData ? { photoData } : {}) };
}

/** A range of answer sets: every fixture, plus each concern's journey, incomplete ones and photos. */
const RESPONSES: [string, Answers, PhotoInfo[]][] = [
  ['empty', {}, []],
  ['minimal', minimalComplete, []],
  ['everything, with photos', everything, PHOTOS],
  ['hidden answers', withHiddenAnswers, []],
  ['all flags', fixtures.allFlags, []],
  ['all not sure', fixtures.allNotSure, []],
  ['hostile text', fixtures.withHostileText, [PHOTOS[0]!]],
  ['half done', { 'smp-last-session': 'not-sure', concerns: ['other'] }, []],
  ...Object.entries(concernJourneys).map(([c, a]): [string, Answers, PhotoInfo[]] => [`concern ${c}`, a, []]),
];

describe('FHIR Questionnaire', () => {
  it('validates with no error against FHIR R4', () => {
    assert.deepEqual(fhirErrors(questionnaire), []);
  });

  it('has the canonical url, version and status', () => {
    assert.equal(questionnaire.resourceType, 'Questionnaire');
    assert.equal(questionnaire.url, QUESTIONNAIRE_URL);
    assert.equal(questionnaire.version, QUESTIONNAIRE_VERSION);
    assert.equal(questionnaire.status, 'active');
    assert.equal(
      buildQuestionnaire(en, 'https://clinic.example/Questionnaire/smp').url,
      'https://clinic.example/Questionnaire/smp',
    );
  });

  it('has one item per question, linkId = question id, in order', () => {
    assert.deepEqual(
      questionnaire.item?.map((i) => i.linkId),
      QUESTIONS.map((q) => q.id),
    );
  });

  it('makes choice questions choice items with inline answerOption codings from one code system', () => {
    const systems = new Set<string | undefined>();
    for (const question of QUESTIONS) {
      if (!('options' in question)) continue;
      const item = itemOf(question.id);
      assert.equal(item.type, 'choice', question.id);
      assert.deepEqual(
        item.answerOption?.map((o) => o.valueCoding.code),
        [...question.options],
        question.id,
      );
      for (const option of item.answerOption ?? []) {
        systems.add(option.valueCoding.system);
        assert.ok(option.valueCoding.display, `${question.id}/${option.valueCoding.code} has a display`);
      }
    }
    assert.deepEqual([...systems], [CODE_SYSTEM]);
  });

  it('sets repeats exactly on the several-answer questions and photos', () => {
    const repeating = questionnaire.item?.filter((i) => i.repeats).map((i) => i.linkId);
    assert.deepEqual(repeating, [
      'smp-areas',
      'concerns',
      'hairline-problem',
      'dots-appearance',
      'change-reason',
      'medicines',
      'health',
      'photos',
    ]);
  });

  it('makes free text `text` items with their length limit, and photos an attachment item', () => {
    assert.deepEqual([itemOf('concern-details').type, itemOf('concern-details').maxLength], ['text', 500]);
    assert.deepEqual([itemOf('notes').type, itemOf('notes').maxLength], ['text', 1000]);
    assert.equal(itemOf('photos').type, 'attachment');
  });

  it('marks every question required except ink-details, photos and notes', () => {
    const optional = questionnaire.item?.filter((i) => !i.required).map((i) => i.linkId);
    assert.deepEqual(optional, ['ink-details', 'photos', 'notes']);
    assert.deepEqual([itemOf('ink-details').type, itemOf('ink-details').maxLength], ['text', 200]);
  });

  it('puts enableWhen on each follow-up, on its condition, and on nothing else', () => {
    const on = (operator: '=' | '!=', question: string, code: string) => ({
      question,
      operator,
      answerCoding: { system: CODE_SYSTEM, code },
    });
    const expected: Record<string, Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'>> = {
      'hairline-problem': { enableWhen: [on('=', 'concerns', 'hairline-placement')] },
      'helmet-extent': { enableWhen: [on('=', 'concerns', 'helmet-look')] },
      'tint-colour': { enableWhen: [on('=', 'concerns', 'blue-green-tint')] },
      'tint-onset': { enableWhen: [on('=', 'concerns', 'blue-green-tint')] },
      'dots-appearance': { enableWhen: [on('=', 'concerns', 'bleeding-dots')] },
      'change-reason': {
        enableWhen: [on('=', 'concerns', 'change-of-mind'), on('=', 'concerns', 'new-style')],
        enableBehavior: 'any',
      },
      'concern-details': { enableWhen: [on('=', 'concerns', 'other')] },
      'transplant-when': { enableWhen: [on('=', 'hair-transplant', 'had')] },
      'transplant-plan': { enableWhen: [on('=', 'hair-transplant', 'planning')] },
      'previous-removal-sessions': { enableWhen: [on('!=', 'previous-removal', 'none')] },
      'previous-removal-last': { enableWhen: [on('!=', 'previous-removal', 'none')] },
    };
    const actual = Object.fromEntries(
      (questionnaire.item ?? [])
        .filter((i) => i.enableWhen)
        .map((i) => [
          i.linkId,
          { enableWhen: i.enableWhen, ...(i.enableBehavior ? { enableBehavior: i.enableBehavior } : {}) },
        ]),
    );
    assert.deepEqual(actual, expected);
  });
});

describe('FHIR QuestionnaireResponse', () => {
  for (const [name, answers, photos] of RESPONSES) {
    it(`${name}: validates with no error and fits the Questionnaire`, () => {
      const { response } = respond(answers, photos);
      assert.deepEqual(fhirErrors(response), []);
      assert.deepEqual(responseProblems(response, questionnaire, name !== 'empty' && name !== 'half done'), []);
    });
  }

  it('points at the Questionnaire url exactly, and is completed and authored at completedAt', () => {
    const { summary, response } = respond(minimalComplete);
    assert.equal(response.questionnaire, questionnaire.url);
    assert.equal(response.status, 'completed');
    assert.equal(response.authored, summary.completedAt);
    assert.deepEqual(response.identifier, { system: REFERENCE_SYSTEM, value: 'K7Q-4MX' });
    const url = 'https://clinic.example/fhir/Questionnaire/smp';
    const own = buildQuestionnaireResponse(summary, { questionnaireUrl: url });
    assert.equal(own.questionnaire, buildQuestionnaire(en, url).url);
  });

  it('has one item per visible answer, with coded choices and string text', () => {
    const { summary, response } = respond(everything);
    assert.deepEqual(
      response.item?.map((i) => i.linkId),
      summary.answers.map((a) => a.id),
    );
    const areas = response.item?.find((i) => i.linkId === 'smp-areas');
    assert.deepEqual(
      areas?.answer?.map((a) => a.valueCoding?.code),
      everything['smp-areas'],
    );
    const notes = response.item?.find((i) => i.linkId === 'notes');
    assert.deepEqual(notes?.answer, [{ valueString: everything.notes }]);
  });

  it('has no item for a hidden answer', () => {
    const { response } = respond(withHiddenAnswers);
    const linkIds = response.item?.map((i) => i.linkId) ?? [];
    for (const id of HIDDEN_IDS) assert.equal(linkIds.includes(id), false, id);
    assert.deepEqual(response, respond(minimalComplete).response);
  });

  it('puts photos in one repeating attachment item before notes: metadata only, or inline bytes', () => {
    const { response } = respond(everything, PHOTOS);
    const linkIds = response.item?.map((i) => i.linkId) ?? [];
    assert.deepEqual(linkIds.slice(-2), ['photos', 'notes']);
    const photos = response.item?.find((i) => i.linkId === 'photos');
    assert.deepEqual(photos?.answer, [
      { valueAttachment: { contentType: 'image/jpeg', title: 'front.jpg', size: 182044 } },
      { valueAttachment: { contentType: 'image/jpeg', title: 'back.jpg', size: 90210 } },
    ]);
    const inline = respond(minimalComplete, PHOTOS, new Map([['front.jpg', '/9j/4AAQSkZJRg==']])).response;
    assert.equal(inline.item?.at(-1)?.answer?.[0]?.valueAttachment?.data, '/9j/4AAQSkZJRg==');
    assert.deepEqual(fhirErrors(inline), []);
  });
});
