import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildSummary } from '../../src/model/summary.js';
import { summaryText } from '../../src/model/text.js';
import { buildQuestionnaire, buildQuestionnaireResponse } from '../../src/model/fhir.js';
import { pruneAnswers, visibleQuestionIds } from '../../src/model/conditions.js';
import { codesOf, sanitizeAnswers, type Answers } from '../../src/model/answers.js';
import { getQuestion } from '../../src/model/definition.js';
import { isComplete } from '../../src/model/validation.js';
import { en } from '../../src/locales/en.js';
import { FIXED_NOW } from '../fixtures/answers.js';
import { answersArbitrary, completeAnswersArbitrary } from '../fixtures/arbitraries.js';
import { fhirErrors, responseProblems } from './fhir-validator.js';

const questionnaire = buildQuestionnaire(en);
const linkIds = new Set(questionnaire.item?.map((i) => i.linkId));

interface Run {
  answers: Answers;
  hideEstimate: boolean;
  partner: string | null;
}

const runArbitrary: fc.Arbitrary<Run> = fc.record({
  answers: fc.oneof(answersArbitrary, completeAnswersArbitrary),
  hideEstimate: fc.boolean(),
  partner: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
});

function outputs({ answers, hideEstimate, partner }: Run) {
  const summary = buildSummary(answers, { messages: en, now: FIXED_NOW, reference: 'K7Q-4MX', hideEstimate, partner });
  const text = summaryText(summary, en, { timeZone: 'UTC' });
  const response = buildQuestionnaireResponse(summary);
  return { summary, text, response };
}

/** Ids answered in `answers` whose question the answers hide. */
function hiddenIds(answers: Answers): string[] {
  const visible = visibleQuestionIds(answers);
  return Object.keys(answers).filter((id) => !visible.has(id));
}

/** The English words a reader should find for a visible answer (read from the locale, not the code under test). */
function expectedWords(answers: Answers, id: string): string[] {
  const question = getQuestion(id)!;
  if (question.kind === 'text') {
    // eslint-disable-next-line no-control-regex
    const text = String(answers[id]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
    return text.trim() ? [text] : [];
  }
  const labels = (en.choices as Record<string, { options: Record<string, string> }>)[id]!.options;
  return codesOf(answers, id).map((code) => labels[code]!);
}

describe('properties: any sequence of valid answers', () => {
  it('builds a summary, a text and a FHIR response without throwing', () => {
    fc.assert(fc.property(runArbitrary, (run) => void outputs(run)));
  });

  it('keeps the generated answers intact through sanitizeAnswers', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        assert.deepEqual(sanitizeAnswers(answers), { answers, dropped: [] });
      }),
    );
  });

  it('gives every FHIR item a linkId of the Questionnaire, and fits it (types, codes, enableWhen)', () => {
    fc.assert(
      fc.property(runArbitrary, (run) => {
        const { response } = outputs(run);
        for (const item of response.item ?? []) assert.ok(linkIds.has(item.linkId), item.linkId);
        assert.deepEqual(responseProblems(response, questionnaire, isComplete(run.answers)), []);
      }),
    );
  });

  it('lets no hidden answer reach summary answers, concern details or FHIR items', () => {
    fc.assert(
      fc.property(runArbitrary, (run) => {
        const { summary, response } = outputs(run);
        const shown = new Set([
          ...summary.answers.map((a) => a.id),
          ...summary.concerns.flatMap((c) => c.details.map((d) => d.question)),
          ...(response.item ?? []).map((i) => i.linkId),
        ]);
        for (const id of hiddenIds(run.answers)) assert.equal(shown.has(id), false, id);
        assert.deepEqual(outputs({ ...run, answers: pruneAnswers(run.answers) }), outputs(run));
      }),
    );
  });

  it('puts every visible answer in the text, and the estimate only when shown', () => {
    fc.assert(
      fc.property(runArbitrary, (run) => {
        const { summary, text } = outputs(run);
        for (const id of visibleQuestionIds(run.answers)) {
          if (run.answers[id] === undefined) continue;
          for (const words of expectedWords(run.answers, id)) assert.ok(text.includes(words), `${id}: ${words}`);
        }
        assert.equal(text.includes('Kirby-Desai'), !run.hideEstimate);
        if (summary.estimate) {
          const { low, high } = summary.estimate;
          if (low === null || high === null) {
            assert.equal(low, high, 'both null, or neither');
            assert.ok(text.includes(en.summary.estimateNone));
          } else {
            assert.ok(Number.isInteger(low) && Number.isInteger(high) && low >= 1 && low < high, `${low}-${high}`);
            assert.ok(text.includes(en.summary.estimateRange(low, high)));
          }
        }
      }),
    );
  });

  it('makes a QuestionnaireResponse that FHIR R4 validation accepts', () => {
    fc.assert(
      fc.property(runArbitrary, (run) => {
        assert.deepEqual(fhirErrors(outputs(run).response), []);
      }),
    );
  });
});
