import { lazyChunk } from '../../lazy-chunk.js';

type Illustrations = typeof import('../illustrations.js');

/**
 * The option and photo-angle pictures (illustrations.ts) are a lazy chunk: the intro and the first question show
 * none, so the page does not download them before the first question. The element asks for them once the patient
 * moves on from the first question; a step drawn before they arrive shows its options without pictures (they are
 * decorative: the words carry the meaning) and is drawn again with them once they do.
 */
const loadIllustrations = lazyChunk((retry) => import('../illustrations.js'));

let loaded: Illustrations | null = null;

/** The pictures, once loaded; null before. */
export function illustrations(): Illustrations | null {
  return loaded;
}

/** Loads the pictures (one request, shared; after a failure the next call asks again with a fresh URL). */
export async function loadPictures(): Promise<Illustrations> {
  return (loaded ??= await loadIllustrations());
}
