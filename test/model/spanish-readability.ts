/**
 * Spanish readability for the plain-language test: a small syllable counter (no npm library counts Spanish
 * syllables) and the Fernández-Huerta score in its corrected form (Law 2011): 206.84 - 60 Sy/W - 1.02 W/S.
 * Higher is easier: 70-80 is about 6th grade, 60-70 7th-8th, below 60 high school.
 */

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'í', 'ó', 'ú']);
const VOWELS = new Set([...STRONG, 'i', 'u', 'ü']);

/** Numbers as they are read aloud; others count two syllables a digit, a fair guess for a UI string. */
const NUMBER_SYLLABLES: Record<string, number> = {
  '0': 2,
  '1': 2,
  '2': 1,
  '3': 1,
  '4': 2,
  '5': 2,
  '6': 1,
  '7': 2,
  '8': 2,
  '9': 2,
  '10': 1,
  '11': 2,
  '12': 2,
  '20': 2,
  '100': 1,
  '200': 3,
  '500': 3,
  '1000': 1,
  '1600': 4,
  '2009': 4,
};

/**
 * Syllables of one Spanish word, as vowel nuclei: a run of vowels is one syllable (a diphthong or a
 * triphthong) except where two strong vowels meet (a hiatus: "lí-ne-a", "o-í-do"); an accent on i or u
 * makes it strong. The u of que, qui, gue and gui is silent; y is a vowel at the end of a word ("muy").
 * Numerals count as read aloud; acronyms (SMP, JPEG) one syllable a letter.
 */
export function spanishSyllables(word: string): number {
  if (/^\d+$/.test(word)) return NUMBER_SYLLABLES[word] ?? word.length * 2;
  if (/^[A-ZÁÉÍÓÚÑ]{2,}$/.test(word)) return word.length;
  let w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  w = w.replace(/([qg])u([eiéí])/g, '$1$2');
  w = w.replace(/y$/, 'i');
  let count = 0;
  let previous = '';
  for (const letter of w) {
    if (!VOWELS.has(letter)) {
      previous = '';
      continue;
    }
    if (!previous || (STRONG.has(previous) && STRONG.has(letter))) count++;
    previous = letter;
  }
  return Math.max(1, count);
}

/** Words of a string: runs of letters or digits (a hyphenated name is one word). */
export function spanishWords(text: string): string[] {
  return text.match(/[\p{L}\d]+(?:[-'][\p{L}\d]+)*/gu) ?? [];
}

/** Fernández-Huerta, Law's corrected form; a string with no sentence end counts as one sentence. */
export function fernandezHuerta(text: string): number {
  const words = spanishWords(text);
  if (!words.length) return 100;
  const syllables = words.reduce(
    (sum, word) => sum + word.split('-').reduce((s, part) => s + spanishSyllables(part), 0),
    0,
  );
  const sentences = Math.max(1, (text.match(/[.?!]+(\s|$)/g) ?? []).length);
  return 206.84 - (60 * syllables) / words.length - (1.02 * words.length) / sentences;
}
