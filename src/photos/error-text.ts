import type { Messages } from '../locales/types.js';
import type { PhotoError } from './process.js';

/** A photo that was not kept, and why, in the words shown in its slot and announced in the status line. */
export function photoErrorText(t: Messages['photos'], error: PhotoError): string {
  const why = error === 'not-image' ? t.notImage : error === 'too-large' ? t.tooLarge : t.cannotRead;
  return `${why} ${t.notKept}`;
}
