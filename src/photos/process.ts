/**
 * Browser-side photo pipeline: every photo is decoded and re-encoded on the device
 * before it goes anywhere. The re-encode makes a plain JPEG whose longest side is at most {@link MAX_SIDE}
 * px; a canvas encoder writes no EXIF, so camera metadata and GPS location are dropped.
 *
 * Framework-free: no Lit, no DOM beyond a canvas fallback. Usage from a photos step:
 *
 * ```ts
 * const result = await processPhoto(input.files[0], 'front');
 * if (result.ok) keep(result.file, result.info); // result.file is `front.jpg`, image/jpeg
 * else showError(result.error); // 'not-image' | 'too-large' | 'cannot-read'
 * ```
 */
import { PHOTO_ANGLES, type PhotoAngle } from '../model/definition.js';
import type { PhotoInfo } from '../model/summary-types.js';

/** Why a file was not accepted. Each maps to one message in `messages.photos` (notImage, tooLarge, cannotRead). */
export type PhotoError = 'not-image' | 'too-large' | 'cannot-read';

/** Largest accepted input, in bytes, before resizing (20 MB). Larger files are refused without decoding. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** Longest side of the re-encoded JPEG, in CSS/image px. Smaller images keep their size (never upscaled). */
export const MAX_SIDE = 1600;
/** JPEG quality passed to the canvas encoder (0-1). */
export const JPEG_QUALITY = 0.85;

export type ProcessedPhoto = { ok: true; file: File; info: PhotoInfo } | { ok: false; error: PhotoError };

/**
 * Checks, decodes, resizes and re-encodes one photo.
 *
 * - over {@link MAX_PHOTO_BYTES} → `too-large` (checked first, nothing is read);
 * - a MIME type that is set but does not start with `image/` → `not-image`. An empty type (the browser did not
 *   recognise the extension) is given a chance to decode;
 * - anything the browser cannot decode (a renamed text file, HEIC in Chromium, SVG) → `cannot-read`.
 *
 * EXIF orientation is applied while decoding (`imageOrientation: 'from-image'`), so a portrait phone photo
 * stays portrait after the metadata is gone. Transparent areas become white.
 *
 * On success `file` is a new `File` named `${angle}.jpg` of type `image/jpeg`, and `info` describes that
 * re-encoded file (its byte size and pixel dimensions), ready for `Summary.photos`.
 *
 * Never rejects for a bad file; throws a `TypeError` only for an unknown `angle` (a programming error).
 */
export async function processPhoto(file: File, angle: PhotoAngle): Promise<ProcessedPhoto> {
  if (!(PHOTO_ANGLES as readonly string[]).includes(angle)) throw new TypeError(`Unknown photo angle: ${angle}`);
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, error: 'too-large' };
  if (file.type !== '' && !file.type.toLowerCase().startsWith('image/')) return { ok: false, error: 'not-image' };

  const bitmap = await decode(file);
  if (!bitmap) return { ok: false, error: 'cannot-read' };

  let blob: Blob | null;
  let width: number;
  let height: number;
  try {
    ({ width, height } = fitWithin(bitmap.width, bitmap.height, MAX_SIDE));
    blob = await encodeJpeg(bitmap, width, height);
  } catch {
    blob = null;
    width = height = 0;
  } finally {
    bitmap.close();
  }
  if (!blob || blob.size === 0 || width === 0 || height === 0) return { ok: false, error: 'cannot-read' };

  const name = `${angle}.jpg`;
  const type = 'image/jpeg';
  const output = new File([blob], name, { type, lastModified: Date.now() });
  return { ok: true, file: output, info: { angle, name, type, size: output.size, width, height } };
}

/**
 * Target size for an image of `width` x `height` whose longest side may be at most `maxSide`, keeping the
 * aspect ratio, never upscaling, and never rounding a side down to 0.
 */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  if (scale === 1) return { width, height };
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Decodes with EXIF orientation applied; null when the browser cannot decode the file. */
async function decode(file: Blob): Promise<ImageBitmap | null> {
  if (typeof createImageBitmap !== 'function') return null;
  try {
    // 'from-image' is the spec default (Chromium, Firefox, Safari 16+); it is passed explicitly on purpose.
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    // Browsers that reject the options dictionary itself throw a TypeError: try once more without it.
    // A file that cannot be decoded throws an InvalidStateError (a DOMException) instead.
    if (!(error instanceof TypeError)) return null;
    try {
      return await createImageBitmap(file);
    } catch {
      return null;
    }
  }
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function paint(context: Canvas2D, bitmap: ImageBitmap, width: number, height: number): void {
  // JPEG has no alpha: without a white ground, transparent PNG areas would turn black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
}

/** Draws the bitmap at the target size and encodes it as JPEG; OffscreenCanvas first, else a DOM canvas. */
async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob | null> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    // Safari 16.0-16.3 has OffscreenCanvas without a 2D context: fall through to the DOM canvas then.
    const context = canvas.getContext('2d');
    if (context) {
      paint(context, bitmap, width, height);
      return canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    }
  }
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  paint(context, bitmap, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  // Release the backing store now rather than at garbage collection (matters on phones).
  canvas.width = canvas.height = 0;
  return blob;
}

/**
 * The bytes of `file` as base64 without a `data:` prefix, for FHIR `Attachment.data`
 * (`fhir-photos="inline"`). Reads the bytes with `arrayBuffer()` and encodes them in chunks.
 */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A multiple of 3 bytes encodes to whole base64 quanta, so the chunks can simply be concatenated.
  const chunk = 3 * 8192;
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunk) {
    const slice = bytes.subarray(start, start + chunk);
    parts.push(btoa(String.fromCharCode.apply(null, slice as unknown as number[])));
  }
  return parts.join('');
}
