// The browser-side photo pipeline (src/photos): re-encoding, EXIF stripping, orientation, errors, the IndexedDB
// draft store and base64. Test images are made here with canvases; EXIF blocks are written by hand.
import { expect } from '@open-wc/testing';
import {
  JPEG_QUALITY,
  MAX_PHOTO_BYTES,
  MAX_SIDE,
  fitWithin,
  processPhoto,
  toBase64,
  type ProcessedPhoto,
} from '../../src/photos/process.js';
import { PHOTO_DB_NAME, PhotoStore } from '../../src/photos/photo-store.js';
import type { PhotoAngle } from '../../src/model/definition.js';

// ---------------------------------------------------------------- image helpers

type Draw = (ctx: OffscreenCanvasRenderingContext2D, width: number, height: number) => void;

/** Left half red, right half blue: enough to see scaling and rotation. */
const halves: Draw = (ctx, width, height) => {
  ctx.fillStyle = '#f00';
  ctx.fillRect(0, 0, width / 2, height);
  ctx.fillStyle = '#00f';
  ctx.fillRect(width / 2, 0, width - width / 2, height);
};

async function canvasImage(width: number, height: number, type: string, draw: Draw = halves): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  draw(ctx, width, height);
  return canvas.convertToBlob({ type, quality: 0.9 });
}

async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

function indexOfBytes(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/** Walks the JPEG marker segments up to the image data; true if one is an APP1 (FFE1) starting "Exif\0\0". */
function hasExifSegment(jpeg: Uint8Array): boolean {
  expect(jpeg[0], 'SOI').to.equal(0xff);
  expect(jpeg[1], 'SOI').to.equal(0xd8);
  let pos = 2;
  while (pos + 4 <= jpeg.length) {
    expect(jpeg[pos], `marker at ${pos}`).to.equal(0xff);
    const marker = jpeg[pos + 1]!;
    if (marker === 0xda || marker === 0xd9) return false; // start of scan / end of image
    const length = (jpeg[pos + 2]! << 8) | jpeg[pos + 3]!;
    if (marker === 0xe1 && indexOfBytes(jpeg.subarray(pos + 4, pos + 10), EXIF_HEADER) === 0) return true;
    pos += 2 + length;
  }
  return false;
}

/**
 * An APP1 Exif segment (big-endian TIFF) with IFD0 { Make, Orientation?, GPSInfo } and a GPS IFD
 * { GPSLatitudeRef N, GPSLatitude 40/1 26/1 4628/100, GPSLongitudeRef W, GPSLongitude 79/1 58/1 5600/100 }.
 */
function exifSegment(orientation?: number): Uint8Array<ArrayBuffer> {
  const ifd0Entries = orientation === undefined ? 2 : 3;
  const ifd0Size = 2 + ifd0Entries * 12 + 4;
  const makeOffset = 8 + ifd0Size; // "Smartphone\0" (11 bytes, > 4 so stored out of line)
  const gpsOffset = makeOffset + 12;
  const gpsSize = 2 + 4 * 12 + 4;
  const latOffset = gpsOffset + gpsSize;
  const lonOffset = latOffset + 24;
  const tiff = new DataView(new ArrayBuffer(lonOffset + 24));
  let p = 0;
  const u8 = (v: number) => tiff.setUint8(p++, v);
  const u16 = (v: number) => (tiff.setUint16(p, v), (p += 2));
  const u32 = (v: number) => (tiff.setUint32(p, v), (p += 4));
  const entry = (tag: number, type: number, count: number, value: () => void) => {
    u16(tag);
    u16(type);
    u32(count);
    const end = p + 4;
    value();
    while (p < end) u8(0);
  };
  (u8(0x4d), u8(0x4d), u16(42), u32(8)); // "MM", 42, IFD0 at 8
  u16(ifd0Entries);
  entry(0x010f, 2, 11, () => u32(makeOffset)); // Make (ASCII)
  if (orientation !== undefined) entry(0x0112, 3, 1, () => u16(orientation)); // Orientation (SHORT)
  entry(0x8825, 4, 1, () => u32(gpsOffset)); // GPSInfo IFD pointer (LONG)
  u32(0); // no IFD1
  for (const c of 'Smartphone\0') u8(c.charCodeAt(0));
  u8(0);
  u16(4);
  entry(0x0001, 2, 2, () => (u8(0x4e), u8(0))); // GPSLatitudeRef "N"
  entry(0x0002, 5, 3, () => u32(latOffset)); // GPSLatitude (3 RATIONAL)
  entry(0x0003, 2, 2, () => (u8(0x57), u8(0))); // GPSLongitudeRef "W"
  entry(0x0004, 5, 3, () => u32(lonOffset)); // GPSLongitude (3 RATIONAL)
  u32(0);
  for (const [n, d] of [
    [40, 1],
    [26, 1],
    [4628, 100],
    [79, 1],
    [58, 1],
    [5600, 100],
  ] as const)
    (u32(n), u32(d));
  expect(p).to.equal(tiff.byteLength);

  const segment = new Uint8Array(4 + EXIF_HEADER.length + tiff.byteLength);
  const length = segment.length - 2; // the length field counts itself, not the marker
  segment.set([0xff, 0xe1, length >> 8, length & 0xff, ...EXIF_HEADER]);
  segment.set(new Uint8Array(tiff.buffer), 4 + EXIF_HEADER.length);
  return segment;
}

/** The JPEG with an Exif APP1 segment spliced in right after SOI (FFD8). */
async function withExif(jpeg: Blob, orientation?: number): Promise<Blob> {
  const bytes = await bytesOf(jpeg);
  expect([bytes[0], bytes[1]]).to.deep.equal([0xff, 0xd8]);
  // One buffer first: Firefox cannot decode a JPEG Blob assembled from several parts (a photo picked from
  // a file input is always one part, so this is a fixture matter, not a patient's).
  const segment = exifSegment(orientation);
  const joined = new Uint8Array(bytes.length + segment.length);
  joined.set(bytes.subarray(0, 2), 0);
  joined.set(segment, 2);
  joined.set(bytes.subarray(2), 2 + segment.length);
  return new Blob([joined], { type: 'image/jpeg' });
}

async function pixelAt(blob: Blob, x: number, y: number): Promise<[number, number, number]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
  return [r!, g!, b!];
}

function expectColour(actual: [number, number, number], expected: [number, number, number], label: string) {
  for (let i = 0; i < 3; i++) expect(Math.abs(actual[i]! - expected[i]!), `${label}: ${actual}`).to.be.below(40);
}

async function decodedSize(blob: Blob): Promise<[number, number]> {
  const bitmap = await createImageBitmap(blob);
  const size: [number, number] = [bitmap.width, bitmap.height];
  bitmap.close();
  return size;
}

function expectOk(result: ProcessedPhoto): asserts result is Extract<ProcessedPhoto, { ok: true }> {
  expect(result.ok, result.ok ? '' : `error: ${result.error}`).to.equal(true);
}

/** Checks the re-encoded file and its info agree, and that the bytes really are a JPEG of that size. */
async function expectJpeg(result: ProcessedPhoto, angle: PhotoAngle, width: number, height: number): Promise<File> {
  expectOk(result);
  const { file, info } = result;
  expect(file).to.be.instanceOf(File);
  expect(file.name).to.equal(`${angle}.jpg`);
  expect(file.type).to.equal('image/jpeg');
  expect(info).to.deep.equal({ angle, name: `${angle}.jpg`, type: 'image/jpeg', size: file.size, width, height });
  const bytes = await bytesOf(file);
  expect([bytes[0], bytes[1], bytes[2]], 'JPEG signature').to.deep.equal([0xff, 0xd8, 0xff]);
  expect(await decodedSize(file)).to.deep.equal([width, height]);
  return file;
}

/** Temporarily replaces a global (or prototype) member for the duration of `body`. */
async function patched<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K],
  body: () => Promise<void>,
): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  try {
    await body();
  } finally {
    if (own) Object.defineProperty(target, key, own);
    else delete target[key];
  }
}

// ---------------------------------------------------------------- processPhoto

describe('processPhoto', () => {
  it('uses the documented limits', () => {
    expect(MAX_PHOTO_BYTES).to.equal(20 * 1024 * 1024);
    expect(MAX_SIDE).to.equal(1600);
    expect(JPEG_QUALITY).to.equal(0.85);
  });

  it('strips an EXIF block with GPS tags and scales 2400x1200 to 1600x800', async () => {
    const input = await withExif(await canvasImage(2400, 1200, 'image/jpeg'));
    const inputBytes = await bytesOf(input);
    expect(indexOfBytes(inputBytes, EXIF_HEADER), 'input has Exif\\0\\0').to.be.greaterThan(0);
    expect(hasExifSegment(inputBytes), 'input has an APP1 Exif segment').to.equal(true);
    expect(await decodedSize(input), 'spliced input still decodes').to.deep.equal([2400, 1200]);

    const result = await processPhoto(new File([input], 'IMG_0001.JPG', { type: 'image/jpeg' }), 'top');
    const file = await expectJpeg(result, 'top', 1600, 800);
    const output = await bytesOf(file);
    expect(hasExifSegment(output), 'output has an APP1 Exif segment').to.equal(false);
    expect(indexOfBytes(output, EXIF_HEADER), 'output contains Exif\\0\\0').to.equal(-1);
    const make = [...'Smartphone'].map((c) => c.charCodeAt(0));
    expect(indexOfBytes(output, make), 'camera make').to.equal(-1);
    // The picture itself survives: red on the left, blue on the right.
    expectColour(await pixelAt(file, 400, 400), [255, 0, 0], 'left');
    expectColour(await pixelAt(file, 1200, 400), [0, 0, 255], 'right');
  });

  it('scales a 3000x4000 PNG to a 1200x1600 JPEG named after the angle', async () => {
    const png = await canvasImage(3000, 4000, 'image/png');
    expect(png.type).to.equal('image/png');
    const result = await processPhoto(new File([png], 'scalp.png', { type: 'image/png' }), 'front');
    await expectJpeg(result, 'front', 1200, 1600);
    expect(result.ok && result.file.size).to.be.below(png.size);
  });

  it('does not upscale an 800x600 image', async () => {
    const jpeg = await canvasImage(800, 600, 'image/jpeg');
    await expectJpeg(
      await processPhoto(new File([jpeg], 'small.jpg', { type: 'image/jpeg' }), 'left'),
      'left',
      800,
      600,
    );
  });

  it('keeps a side of at least 1 px for an extreme panorama', async () => {
    const png = await canvasImage(4000, 1, 'image/png');
    await expectJpeg(await processPhoto(new File([png], 'strip.png', { type: 'image/png' }), 'back'), 'back', 1600, 1);
    expect(fitWithin(1600, 1600, 1600)).to.deep.equal({ width: 1600, height: 1600 });
    expect(fitWithin(1601, 1000, 1600)).to.deep.equal({ width: 1600, height: 999 });
    expect(fitWithin(1, 5000, 1600)).to.deep.equal({ width: 1, height: 1600 });
  });

  it('applies EXIF orientation (6: rotate 90° clockwise) before the metadata is dropped', async () => {
    // Stored 200x100, left red / right blue; displayed upright it is 100x200, red on top.
    const input = await withExif(await canvasImage(200, 100, 'image/jpeg'), 6);
    const result = await processPhoto(new File([input], 'portrait.jpg', { type: 'image/jpeg' }), 'right');
    const file = await expectJpeg(result, 'right', 100, 200);
    expectColour(await pixelAt(file, 50, 40), [255, 0, 0], 'top');
    expectColour(await pixelAt(file, 50, 160), [0, 0, 255], 'bottom');
    expect(hasExifSegment(await bytesOf(file))).to.equal(false);
  });

  it("Chromium's createImageBitmap applies EXIF orientation by default (what processPhoto relies on)", async () => {
    const input = await withExif(await canvasImage(200, 100, 'image/jpeg'), 6);
    expect(await decodedSize(input)).to.deep.equal([100, 200]);
  });

  it('decodes without options in a browser that rejects the ImageBitmapOptions dictionary', async () => {
    const real = globalThis.createImageBitmap;
    const calls: number[] = [];
    const old = ((image: ImageBitmapSource, ...rest: unknown[]) => {
      calls.push(rest.length);
      if (rest.length) throw new TypeError("Failed to read the 'imageOrientation' property");
      return real(image);
    }) as typeof real;
    const jpeg = await canvasImage(1800, 900, 'image/jpeg');
    let result: ProcessedPhoto | undefined;
    await patched(globalThis, 'createImageBitmap', old, async () => {
      result = await processPhoto(new File([jpeg], 'a.jpg', { type: 'image/jpeg' }), 'left');
    });
    expect(calls).to.deep.equal([1, 0]);
    await expectJpeg(result!, 'left', 1600, 800);
  });

  it('paints transparent PNG areas white, not black', async () => {
    const png = await canvasImage(100, 100, 'image/png', (ctx) => {
      ctx.fillStyle = '#0a0';
      ctx.fillRect(0, 0, 50, 100); // right half stays transparent
    });
    const result = await processPhoto(new File([png], 'alpha.png', { type: 'image/png' }), 'front');
    const file = await expectJpeg(result, 'front', 100, 100);
    expectColour(await pixelAt(file, 80, 50), [255, 255, 255], 'transparent area');
    expectColour(await pixelAt(file, 20, 50), [0, 170, 0], 'painted area');
  });

  it('falls back to a DOM canvas where OffscreenCanvas is missing', async () => {
    const jpeg = await withExif(await canvasImage(2000, 1000, 'image/jpeg'));
    let result: ProcessedPhoto | undefined;
    await patched(globalThis, 'OffscreenCanvas', undefined as unknown as typeof OffscreenCanvas, async () => {
      expect(typeof OffscreenCanvas).to.equal('undefined');
      result = await processPhoto(new File([jpeg], 'a.jpg', { type: 'image/jpeg' }), 'front');
    });
    const file = await expectJpeg(result!, 'front', 1600, 800);
    expect(hasExifSegment(await bytesOf(file))).to.equal(false);
  });

  it('returns cannot-read for a text file renamed .jpg', async () => {
    const file = new File(['this is not a photo\n'.repeat(50)], 'holiday.jpg', { type: 'image/jpeg' });
    expect(await processPhoto(file, 'front')).to.deep.equal({ ok: false, error: 'cannot-read' });
  });

  it('returns cannot-read for an image type the browser cannot decode (fake HEIC, truncated JPEG)', async () => {
    const heic = new File([new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63])], 'a.heic', {
      type: 'image/heic',
    });
    expect(await processPhoto(heic, 'top')).to.deep.equal({ ok: false, error: 'cannot-read' });
    const jpeg = await bytesOf(await canvasImage(100, 100, 'image/jpeg'));
    const truncated = new File([jpeg.subarray(0, 20)], 'cut.jpg', { type: 'image/jpeg' });
    expect(await processPhoto(truncated, 'top')).to.deep.equal({ ok: false, error: 'cannot-read' });
  });

  it('returns not-image for a text/plain or PDF file without decoding it', async () => {
    const calls: unknown[] = [];
    const real = globalThis.createImageBitmap;
    const spy = ((...args: Parameters<typeof createImageBitmap>) => (calls.push(args), real(...args))) as typeof real;
    await patched(globalThis, 'createImageBitmap', spy, async () => {
      const text = new File(['hello'], 'notes.txt', { type: 'text/plain' });
      expect(await processPhoto(text, 'front')).to.deep.equal({ ok: false, error: 'not-image' });
      // Even when its bytes are a real image: the type says it is not one.
      const png = await canvasImage(10, 10, 'image/png');
      const pdf = new File([png], 'scan.pdf', { type: 'application/pdf' });
      expect(await processPhoto(pdf, 'front')).to.deep.equal({ ok: false, error: 'not-image' });
    });
    expect(calls).to.have.length(0);
  });

  it('tries to decode a file whose type the browser left empty', async () => {
    const png = await canvasImage(30, 20, 'image/png');
    await expectJpeg(await processPhoto(new File([png], 'photo'), 'top'), 'top', 30, 20);
    expect(await processPhoto(new File(['text'], 'notes'), 'top')).to.deep.equal({ ok: false, error: 'cannot-read' });
  });

  it('returns too-large for a file over 20 MB without decoding it, and accepts exactly 20 MB', async () => {
    const calls: unknown[] = [];
    const real = globalThis.createImageBitmap;
    const spy = ((...args: Parameters<typeof createImageBitmap>) => (calls.push(args), real(...args))) as typeof real;
    // A real JPEG padded with zeros after its end: decoders ignore trailing bytes.
    const jpeg = await canvasImage(64, 48, 'image/jpeg');
    const padding = new Uint8Array(MAX_PHOTO_BYTES - jpeg.size);
    await patched(globalThis, 'createImageBitmap', spy, async () => {
      const over = new File([jpeg, padding, new Uint8Array(1)], 'huge.jpg', { type: 'image/jpeg' });
      expect(over.size).to.equal(MAX_PHOTO_BYTES + 1);
      expect(await processPhoto(over, 'back')).to.deep.equal({ ok: false, error: 'too-large' });
      expect(calls, 'decoded a file over the limit').to.have.length(0);

      const atLimit = new File([jpeg, padding], 'limit.jpg', { type: 'image/jpeg' });
      expect(atLimit.size).to.equal(MAX_PHOTO_BYTES);
      await expectJpeg(await processPhoto(atLimit, 'back'), 'back', 64, 48);
    });
  });

  it('checks the size before the type', async () => {
    const file = new File([new Uint8Array(MAX_PHOTO_BYTES + 1)], 'movie.mp4', { type: 'video/mp4' });
    expect(await processPhoto(file, 'front')).to.deep.equal({ ok: false, error: 'too-large' });
  });

  it('rejects an unknown angle as a programming error', async () => {
    const jpeg = await canvasImage(10, 10, 'image/jpeg');
    let error: unknown;
    try {
      await processPhoto(new File([jpeg], 'a.jpg', { type: 'image/jpeg' }), 'side' as PhotoAngle);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
  });
});

// ---------------------------------------------------------------- toBase64

describe('toBase64', () => {
  it('encodes the RFC 4648 test vectors without a data: prefix', async () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [input, output] of vectors) expect(await toBase64(new Blob([input]))).to.equal(output);
  });

  it('round-trips every byte value across chunk boundaries', async () => {
    for (const length of [24575, 24576, 24577, 100_003]) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 7919 + (i >> 8)) & 0xff;
      const encoded = await toBase64(new Blob([bytes]));
      expect(/^[A-Za-z0-9+/]*={0,2}$/.test(encoded), 'only base64 characters, padding at the end').to.equal(true);
      const decoded = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
      expect(decoded.length).to.equal(length);
      expect(indexOfMismatch(decoded, bytes), `length ${length}`).to.equal(-1);
      // Same as the browser's own encoder (FileReader data URL, prefix removed).
      const dataUrl = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsDataURL(new Blob([bytes]));
      });
      expect(encoded).to.equal(dataUrl.slice(dataUrl.indexOf(',') + 1));
    }
  });

  it('encodes a processed photo', async () => {
    const result = await processPhoto(
      new File([await canvasImage(50, 50, 'image/png')], 'a.png', { type: 'image/png' }),
      'top',
    );
    expectOk(result);
    const encoded = await toBase64(result.file);
    expect(encoded.startsWith('/9j/'), 'base64 of FF D8 FF').to.equal(true);
    expect(atob(encoded).length).to.equal(result.info.size);
  });
});

function indexOfMismatch(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

// ---------------------------------------------------------------- PhotoStore

describe('PhotoStore', () => {
  const run = Math.random().toString(36).slice(2);
  const key = (name: string) => `photos-test-${run}-${name}`;

  after(async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(PHOTO_DB_NAME);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  });

  function photo(text: string, name: string, lastModified = 1_700_000_000_000): File {
    return new File([text], name, { type: 'image/jpeg', lastModified });
  }

  it('round-trips files with their bytes, name, type and lastModified, across instances', async () => {
    const front = (await processPhoto(
      new File([await canvasImage(300, 200, 'image/jpeg')], 'x.jpg', { type: 'image/jpeg' }),
      'front',
    )) as Extract<ProcessedPhoto, { ok: true }>;
    const back = photo('back bytes', 'back.jpg', 1_600_000_000_000);
    const writer = new PhotoStore(key('roundtrip'));
    expect(await writer.save('front', front.file)).to.equal(true);
    expect(await writer.save('back', back)).to.equal(true);

    const loaded = await new PhotoStore(key('roundtrip')).load(); // as after a reload
    expect([...loaded.keys()].sort()).to.deep.equal(['back', 'front']);
    for (const [angle, original] of [
      ['front', front.file],
      ['back', back],
    ] as const) {
      const file = loaded.get(angle)!;
      expect(file).to.be.instanceOf(File);
      expect(file.name).to.equal(original.name);
      expect(file.type).to.equal(original.type);
      expect(file.lastModified).to.equal(original.lastModified);
      expect(file.size).to.equal(original.size);
      expect(indexOfMismatch(await bytesOf(file), await bytesOf(original))).to.equal(-1);
    }
  });

  it('replaces the photo of an angle on a second save', async () => {
    const store = new PhotoStore(key('replace'));
    expect(await store.save('top', photo('first', 'top.jpg'))).to.equal(true);
    expect(await store.save('top', photo('second', 'top.jpg'))).to.equal(true);
    const loaded = await store.load();
    expect(loaded.size).to.equal(1);
    expect(await loaded.get('top')!.text()).to.equal('second');
  });

  it('keeps two storage keys apart, even when one is a prefix of the other', async () => {
    const a = new PhotoStore(key('a'));
    const ab = new PhotoStore(`${key('a')}:b`); // keys "…-a:front" and "…-a:b:front"
    const other = new PhotoStore(key('other'));
    expect(await a.save('front', photo('a front', 'front.jpg'))).to.equal(true);
    expect(await ab.save('front', photo('ab front', 'front.jpg'))).to.equal(true);
    expect(await ab.save('left', photo('ab left', 'left.jpg'))).to.equal(true);

    const fromA = await a.load();
    expect([...fromA.keys()]).to.deep.equal(['front']);
    expect(await fromA.get('front')!.text()).to.equal('a front');
    const fromAb = await ab.load();
    expect([...fromAb.keys()].sort()).to.deep.equal(['front', 'left']);
    expect(await fromAb.get('front')!.text()).to.equal('ab front');
    expect((await other.load()).size).to.equal(0);

    await a.clear();
    expect((await a.load()).size).to.equal(0);
    expect((await ab.load()).size, 'clearing one key left the other alone').to.equal(2);
    await ab.remove('left');
    expect([...(await ab.load()).keys()]).to.deep.equal(['front']);
  });

  it('removes one angle, and clear removes them all', async () => {
    const store = new PhotoStore(key('remove'));
    for (const angle of ['front', 'top', 'left', 'right', 'back'] as const) {
      expect(await store.save(angle, photo(angle, `${angle}.jpg`))).to.equal(true);
    }
    await store.remove('left');
    await store.remove('left'); // twice is harmless
    expect([...(await store.load()).keys()].sort()).to.deep.equal(['back', 'front', 'right', 'top']);
    await store.clear();
    expect((await store.load()).size).to.equal(0);
    await store.clear(); // and so is clearing an empty store
  });

  it('returns false from save and an empty map from load when IndexedDB cannot be opened', async () => {
    const store = new PhotoStore(key('unavailable'));
    expect(await store.save('front', photo('kept', 'front.jpg'))).to.equal(true);
    const refuse = (() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    }) as IDBFactory['open'];
    await patched(IDBFactory.prototype, 'open', refuse, async () => {
      expect(await store.save('top', photo('x', 'top.jpg'))).to.equal(false);
      expect((await store.load()).size).to.equal(0);
      await store.remove('front');
      await store.clear();
    });
    expect([...(await store.load()).keys()], 'nothing changed while unavailable').to.deep.equal(['front']);
  });

  it('returns false from save when the quota refuses the write', async () => {
    const store = new PhotoStore(key('quota'));
    const realPut = IDBObjectStore.prototype.put;
    // Synchronous refusal …
    const throwing = (() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }) as typeof realPut;
    await patched(IDBObjectStore.prototype, 'put', throwing, async () => {
      expect(await store.save('front', photo('x', 'front.jpg'))).to.equal(false);
    });
    // … and the usual way: the put is accepted, then the transaction aborts when it commits.
    const aborting = function (this: IDBObjectStore, ...args: Parameters<typeof realPut>) {
      const request = realPut.apply(this, args);
      this.transaction.abort();
      return request;
    } as typeof realPut;
    await patched(IDBObjectStore.prototype, 'put', aborting, async () => {
      expect(await store.save('back', photo('y', 'back.jpg'))).to.equal(false);
    });
    expect((await store.load()).size).to.equal(0);
  });

  it('refuses an unknown angle without throwing', async () => {
    const store = new PhotoStore(key('angle'));
    expect(await store.save('side' as PhotoAngle, photo('x', 'side.jpg'))).to.equal(false);
    expect((await store.load()).size).to.equal(0);
  });
});
