// Helpers for the Spanish tests (their answers are `everySection` of test/fixtures/answers.ts), the visible strings of a step,
// English string leaves, and the words that must never appear in any language.
import { waitUntil } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { everySection } from '../fixtures/answers.js';
import { answerStep as answerStepWith, settle, shadow, type Widget } from './helpers.js';

/** Free text the tests type: the patient's own words are the same in any language. */
export const TYPED = new Set([
  everySection['ink-details'] as string,
  everySection['concern-details'] as string,
  everySection['notes'] as string,
]);

/** The shadow root's `<div class="frame" lang>`: it carries the locale of the messages rendered. */
export function renderedLocale(el: Widget): string | null {
  return shadow(el).querySelector('.frame')?.getAttribute('lang') ?? null;
}

export async function untilLocale(el: Widget, locale: 'en' | 'es'): Promise<void> {
  await waitUntil(() => renderedLocale(el) === locale, `the widget never rendered in "${locale}"`, { timeout: 3000 });
  await el.updateComplete;
}

const SKIP = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);
const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder'];

/**
 * Every string a person can see or hear on the current step: text nodes (visually hidden ones included,
 * as screen readers read them), accessible-name attributes, and the `<title>` of SVGs. Trimmed, non-empty.
 */
export function visibleStrings(el: Widget): string[] {
  const root = shadow(el);
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
      continue;
    }
    const parent = node.parentElement;
    if (parent && (SKIP.has(parent.tagName) || parent.closest('style, script, template'))) continue;
    const text = node.textContent?.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

/** Everything on the step as one string, for substring checks: text content plus the attributes above. */
export function stepText(el: Widget): string {
  return visibleStrings(el).join('\n');
}

const BRANDS = /\bSMP\b|Kirby-Desai|\bJPEG\b|\bPNG\b|\.txt\b|\bMB\b|\bFHIR\b/g;
const REFERENCE = /\b[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}\b/g;

/** True for strings that are the same in any language: brand names, codes, numbers and punctuation. */
export function isNeutral(text: string): boolean {
  if (TYPED.has(text) || ALSO_SPANISH.has(text)) return true;
  const rest = text.replace(REFERENCE, '').replace(BRANDS, '');
  return !/\p{L}/u.test(rest);
}

/**
 * The fixed fragments of every English message: plain strings as they are, and the parts of message
 * functions between their arguments (called with a sentinel, then split on it), so "Question 5 of 17"
 * contributes "Question".
 */
export function englishLeaves(minLength = 3): string[] {
  const SENTINEL = '\u0001';
  const leaves = new Set<string>();
  const add = (text: string) => {
    for (const part of text.split(SENTINEL)) {
      const trimmed = part.trim();
      if (trimmed.length >= minLength && !isNeutral(trimmed) && !ALSO_SPANISH.has(trimmed)) leaves.add(trimmed);
    }
  };
  const visit = (value: unknown) => {
    if (typeof value === 'string') add(value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      const calls: unknown[][] = [
        [SENTINEL, SENTINEL],
        [null],
        [0],
        [1],
        [2, 3],
        ['single'],
        ['multiple'],
        ['text', 500],
      ];
      for (const args of calls) {
        try {
          const result = fn(...args);
          if (typeof result === 'string') add(result);
        } catch {
          // A message function that does not accept these arguments has nothing to add.
        }
      }
    } else if (value && typeof value === 'object') for (const child of Object.values(value)) visit(child);
  };
  const { locale: _locale, ...messages } = en;
  visit(messages);
  return [...leaves];
}

/** Whole-word occurrences (letters on neither side, accented ones included) of `needle` in `haystack`. */
export function containsWords(haystack: string, needle: string): boolean {
  let from = 0;
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, from)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    from = at + 1;
  }
  return false;
}

/** Words that are the same in English and Spanish ("Use" is "use" with usted; "No"; "Total"), so not a leak. */
const ALSO_SPANISH = new Set(['Use', 'No', 'Total']);

/** English leaves found in a text that should be Spanish only. */
export function englishLeaks(text: string, leaves: readonly string[] = englishLeaves()): string[] {
  return leaves.filter((leaf) => containsWords(text, leaf));
}

/**
 * Words that never appear in any language's UI or text: a patient is never told they are ineligible, promised a
 * result or given medical advice. "diagnóstico" and "diagnosis" only in "no es un diagnóstico" / "not a diagnosis".
 */
export function forbiddenWords(text: string): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  const phrases = [
    'not eligible',
    'ineligible',
    'cannot be treated',
    "can't be treated",
    'guarantee',
    'stop taking',
    'no es apto',
    'no es apta',
    'no puede ser tratado',
    'no puede ser tratada',
    'garantiza',
    'garantía',
    'deje de tomar',
  ];
  for (const phrase of phrases) if (lower.includes(phrase)) found.push(phrase);
  if (/\b\d{3,4}\s?nm\b/.test(lower)) found.push('a wavelength');
  const withoutAllowed = lower.replace(/no es un diagnóstico/g, '').replace(/not a diagnosis/g, '');
  const diagnosis = withoutAllowed.match(/diagn[oó]s\p{L}*/gu);
  if (diagnosis) found.push(...diagnosis);
  return found;
}

/** Answers the current step's questions from `answers` (by clicks and typing, as a patient would). */
export async function answerStep(el: Widget, answers: Record<string, string | string[]> = everySection): Promise<void> {
  await answerStepWith(el, answers);
}

/** A file that is not an image, given to the front photo input: the photos step shows its error. */
export async function addNotAnImage(el: Widget): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"][name="photo-front"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File(['not a photo'], 'notes.txt', { type: 'text/plain' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => shadow(el).querySelector('.photo-slot--error'), 'no photo error shown', { timeout: 5000 });
  await settle(el);
}
