/**
 * Draft photos in IndexedDB, so a reload or a closed tab does not lose them. The draft keeps them only if it can
 * within the storage quota, and says so if it cannot.
 *
 * One database `smp-assessment`, object store `photos`, one record per photo under the key
 * `${storageKey}:${angle}`. Each method opens the database, runs one transaction and closes it again, so no
 * connection stays open between calls and two widgets (or two tabs) never block each other.
 *
 * Nothing here throws: storage is a convenience, never a reason for the flow to break. `save` tells the caller
 * whether the photo was kept; `load` falls back to an empty map.
 *
 * Do not create or call a `PhotoStore` with `persist="none"`: even `load()` creates the database.
 *
 * ```ts
 * const store = new PhotoStore(storageKey);
 * const restored = await store.load(draftId); // Map<PhotoAngle, File>; other drafts' photos are deleted
 * if (!(await store.save('front', processed.file, draftId))) showNotice(messages.photos.notKept);
 * await store.remove('front');
 * await store.purge(newDraftId); // when a draft ends: every photo not of the new draft goes
 * ```
 */
import { PHOTO_ANGLES, type PhotoAngle } from '../model/definition.js';

export const PHOTO_DB_NAME = 'smp-assessment';
export const PHOTO_OBJECT_STORE = 'photos';
/**
 * 2: photos stored as bytes. Version 1 stored a `Blob`, which WebKit refuses in IndexedDB ("Error preparing
 * Blob/File data to be stored"), so a reload lost the photos there; its records are dropped on upgrade.
 */
const DB_VERSION = 2;

/** What one photo looks like on disk. The `File` is rebuilt from it on load. */
interface PhotoRecord {
  readonly storageKey: string;
  /** The draft this photo belongs to (`DraftStore.id`): it is never restored into another draft. */
  readonly draftId: string;
  readonly angle: PhotoAngle;
  /** The file's bytes: an `ArrayBuffer` stores in every engine, a `Blob` does not (WebKit). */
  readonly bytes: ArrayBuffer;
  readonly name: string;
  readonly type: string;
  readonly lastModified: number;
}

function isAngle(value: unknown): value is PhotoAngle {
  return typeof value === 'string' && (PHOTO_ANGLES as readonly string[]).includes(value);
}

/** An open that neither succeeds nor fails (seen when another tab holds an upgrade) gives up after this. */
export const OPEN_TIMEOUT_MS = 4000;

function openDatabase(): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      reject(new Error('IndexedDB open timed out'));
    }, OPEN_TIMEOUT_MS);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(error);
    };
    try {
      // Reading `indexedDB` itself can throw (SecurityError in sandboxed or opaque-origin frames).
      const factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
      if (!factory) throw new Error('IndexedDB is not available');
      const request = factory.open(PHOTO_DB_NAME, DB_VERSION);
      request.onupgradeneeded = (event) => {
        const db = request.result;
        if (!db.objectStoreNames.contains(PHOTO_OBJECT_STORE)) db.createObjectStore(PHOTO_OBJECT_STORE);
        // Version 1 records hold Blobs: drop them (the patient adds those photos again) rather than restore
        // a format that some engines never kept.
        else if (event.oldVersion < 2) request.transaction?.objectStore(PHOTO_OBJECT_STORE).clear();
      };
      request.onsuccess = () => {
        const db = request.result;
        // An open that arrives after we gave up is closed at once: nobody is waiting for it.
        if (timedOut) return db.close();
        clearTimeout(timer);
        // Let a future version of the widget (in another tab) upgrade the database.
        db.onversionchange = () => db.close();
        resolve(db);
      };
      request.onerror = () => fail(request.error ?? new Error('IndexedDB open failed'));
    } catch (error) {
      fail(error);
    }
  });
}

/**
 * Runs `body` in one transaction on the photos store and resolves with its result once the transaction has
 * committed; rejects if opening, the body, or the transaction fails (a quota refusal aborts the transaction).
 */
async function withStore<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => () => T): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(PHOTO_OBJECT_STORE, mode);
      let result: () => T;
      tx.oncomplete = () => resolve(result());
      tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
      // A failed request (a quota refusal included) aborts the transaction: onabort reports it.
      try {
        result = body(tx.objectStore(PHOTO_OBJECT_STORE));
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already finished
        }
        reject(error);
      }
    });
  } finally {
    db.close();
  }
}

/** IndexedDB store for the draft photos of one widget, namespaced by its storage key. */
export class PhotoStore {
  /** The widget's storage key (`storage-key`, else derived from `name`/`id`). */
  readonly storageKey: string;

  constructor(storageKey: string) {
    this.storageKey = storageKey;
  }

  private key(angle: PhotoAngle): string {
    return `${this.storageKey}:${angle}`;
  }

  /**
   * Keeps `file` as the draft photo for `angle` of draft `draftId`, replacing any earlier one. Resolves `true` once it is on disk,
   * `false` (never rejects) when IndexedDB is unavailable (private modes, sandboxed frames), the quota is
   * exceeded (`QuotaExceededError`) or the write fails for any other reason: the caller should then tell the
   * patient the photo will need adding again after a reload.
   */
  async save(angle: PhotoAngle, file: File, draftId = ''): Promise<boolean> {
    if (!isAngle(angle) || !(file instanceof Blob)) return false;
    try {
      const record: PhotoRecord = {
        storageKey: this.storageKey,
        draftId,
        angle,
        bytes: await file.arrayBuffer(),
        name: file.name,
        type: file.type,
        lastModified: file.lastModified,
      };
      await withStore('readwrite', (store) => {
        store.put(record, this.key(angle));
        return () => undefined;
      });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The photos of draft `draftId`, by angle, as `File`s as they were stored (the caller checks them again).
   * Any other photo under this storage key belongs to an ended draft and is deleted in the same transaction.
   * Resolves to an empty map (never rejects) when nothing is stored or storage fails.
   */
  async load(draftId = ''): Promise<Map<PhotoAngle, File>> {
    try {
      return await withStore('readwrite', (store) => {
        // One exact get per angle, not a key range: a key range on the prefix `a:` would also match a second
        // widget whose storage key is `a:b`.
        const photos = new Map<PhotoAngle, File>();
        for (const angle of PHOTO_ANGLES) {
          const request = store.get(this.key(angle));
          request.onsuccess = () => {
            const record = request.result as Partial<PhotoRecord> | undefined;
            if (record === undefined) return;
            const file = record.draftId === draftId ? toFile(record) : null;
            if (file) photos.set(angle, file);
            else store.delete(this.key(angle));
          };
        }
        return () => photos;
      });
    } catch {
      return new Map();
    }
  }

  /**
   * Deletes every photo of this storage key that does not belong to draft `keep` (all of them when `keep` is
   * `null`): the photos of a discarded, expired, restarted, reset or sent draft. Never rejects.
   */
  async purge(keep: string | null): Promise<void> {
    try {
      await withStore('readwrite', (store) => {
        for (const angle of PHOTO_ANGLES) {
          const request = store.get(this.key(angle));
          request.onsuccess = () => {
            const record = request.result as Partial<PhotoRecord> | undefined;
            if (record !== undefined && (keep === null || record.draftId !== keep)) store.delete(this.key(angle));
          };
        }
        return () => undefined;
      });
    } catch {
      // storage unavailable: nothing stored to delete
    }
  }

  /** Deletes the draft photo for `angle`, if any. Never rejects. */
  async remove(angle: PhotoAngle): Promise<void> {
    if (!isAngle(angle)) return;
    try {
      await withStore('readwrite', (store) => {
        store.delete(this.key(angle));
        return () => undefined;
      });
    } catch {
      // nothing stored, or storage unavailable: nothing to remove
    }
  }

  /** Deletes every draft photo of this storage key (and only this one). Never rejects. */
  async clear(): Promise<void> {
    try {
      await withStore('readwrite', (store) => {
        for (const angle of PHOTO_ANGLES) store.delete(this.key(angle));
        return () => undefined;
      });
    } catch {
      // storage unavailable: nothing to clear
    }
  }
}

function toFile(value: unknown): File | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Partial<PhotoRecord>;
  if (!(record.bytes instanceof ArrayBuffer) || typeof record.name !== 'string') return null;
  return new File([record.bytes], record.name, {
    type: typeof record.type === 'string' ? record.type : '',
    lastModified: typeof record.lastModified === 'number' ? record.lastModified : Date.now(),
  });
}
