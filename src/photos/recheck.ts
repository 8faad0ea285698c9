/**
 * A photo read back from IndexedDB is checked again before it is shown or sent: storage can be edited by
 * anyone with the device or a script of the same origin, so the record's name, type and size are not trusted.
 */
import type { PhotoAngle } from '../model/definition.js';
import type { PhotoInfo } from '../model/summary-types.js';
import { MAX_SIDE } from './process.js';

export interface RecheckedPhoto {
  readonly file: File;
  readonly info: PhotoInfo;
}

/** JPEG files start with the SOI marker FF D8 followed by the next marker's FF. */
function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/**
 * The stored photo as the widget would have made it: JPEG bytes that decode, longest side at most
 * {@link MAX_SIDE} px, renamed `<angle>.jpg`, type `image/jpeg`, size counted from the bytes. `null` when it
 * is anything else; the caller deletes it.
 */
export async function recheckPhoto(stored: Blob, angle: PhotoAngle): Promise<RecheckedPhoto | null> {
  try {
    // One Uint8Array part: Firefox cannot decode a JPEG Blob assembled from several parts.
    const bytes = new Uint8Array(await stored.arrayBuffer());
    if (!isJpeg(bytes)) return null;
    const file = new File([bytes], `${angle}.jpg`, { type: 'image/jpeg' });
    const bitmap = await createImageBitmap(file);
    const { width, height } = bitmap;
    bitmap.close();
    if (Math.max(width, height) > MAX_SIDE || !width || !height) return null;
    return { file, info: { angle, name: file.name, type: file.type, size: file.size, width, height } };
  } catch {
    // Undecodable bytes are not a photo: the caller drops and deletes the record.
    return null;
  }
}
