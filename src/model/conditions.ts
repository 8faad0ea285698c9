import {
  QUESTIONS,
  QUESTION_STEPS,
  getQuestion,
  type Condition,
  type Question,
  type QuestionStep,
  type StepId,
} from './definition.js';
import { codesOf, type Answers } from './answers.js';

function holds(condition: Condition, answers: Answers, visible: ReadonlySet<string>): boolean {
  if (!visible.has(condition.question)) return false;
  const codes = codesOf(answers, condition.question);
  if (condition.anyOf) return codes.some((code) => condition.anyOf!.includes(code));
  if (condition.noneOf) return codes.length > 0 && codes.every((code) => !condition.noneOf!.includes(code));
  return codes.length > 0;
}

/** Ids of the questions the answers make visible. Conditions refer to earlier questions only. */
export function visibleQuestionIds(answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const question of QUESTIONS) {
    const when: Condition | undefined = 'when' in question ? question.when : undefined;
    if (!when || holds(when, answers, visible)) visible.add(question.id);
  }
  return visible;
}

export function isVisible(questionId: string, answers: Answers): boolean {
  return visibleQuestionIds(answers).has(questionId);
}

export function visibleQuestions(answers: Answers): Question[] {
  const visible = visibleQuestionIds(answers);
  return QUESTIONS.filter((q) => visible.has(q.id));
}

/** Answers without those whose question is hidden: a hidden answer never reaches any output. */
export function pruneAnswers(answers: Answers): Answers {
  const visible = visibleQuestionIds(answers);
  const pruned: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    if (visible.has(id) && getQuestion(id)) pruned[id] = value;
  }
  return pruned;
}

/** The question steps the answers make visible, in order (a grouped step shows its visible questions). */
export function visibleQuestionSteps(answers: Answers): readonly QuestionStep[] {
  const visible = visibleQuestionIds(answers);
  const steps: QuestionStep[] = [];
  for (const step of QUESTION_STEPS) {
    const questions = step.questions.filter((q) => visible.has(q.id));
    if (questions.length) steps.push({ id: step.id, layout: step.layout, questions });
  }
  return steps;
}

/** Every visible step id, from `intro` to `summary`. */
export function visibleSteps(answers: Answers): StepId[] {
  return ['intro', ...visibleQuestionSteps(answers).map((s) => s.id), 'review', 'summary'];
}
