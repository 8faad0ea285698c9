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

/**
 * Asks for the pictures for `host`, which draws its step again once they arrive. The first question has none, so
 * the element asks at the first step change after it (the first pictured question comes two steps later), or on
 * arriving anywhere else (a resumed draft, a Change from the review).
 */
export function requestPictures(host: { requestUpdate(): void }): void {
  if (loaded) return;
  loadPictures().then(
    () => host.requestUpdate(),
    // Decorative: the options read the same without them. The next step change asks again, with a fresh request.
    () => undefined,
  );
}
