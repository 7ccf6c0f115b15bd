// Which bytes a dataset was read from. The file signature (signature.ts) names an export's shape
// and keys the remembered mapping; two different files can share it, and their size too, so a
// kept dataset and a snapshot know their data by this hash of the content instead.
//
// SHA-256 from Web Crypto (the worker, the page and Node 20 all have it), but Web Crypto cannot
// hash a stream and a file of hundreds of MB should not sit in memory whole beside the engine's
// own copy. So the file is hashed in chunks of CHUNK_BYTES and the chunks' digests are hashed
// once more (a hash list): as collision-resistant as SHA-256 itself for a fixed chunk size, at
// native speed, with at most two chunks in memory. It is not the `sha256sum` of the file.

/** Changing it changes every hash: kept datasets would no longer match their files. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/** Names the scheme in the stored value, for anyone reading a backup. */
const SCHEME = 'sha256-list-4MiB';

/** Bytes `offset` to `offset + length` of the file. */
export type ReadRange = (offset: number, length: number) => Promise<Uint8Array>;

export async function contentHash(sizeBytes: number, read: ReadRange): Promise<string> {
  const chunks = Math.ceil(sizeBytes / CHUNK_BYTES);
  const digests = new Uint8Array(chunks * 32);
  // The next chunk is read while the last one is hashed.
  let hashing: Promise<void> = Promise.resolve();
  for (let i = 0; i < chunks; i++) {
    const offset = i * CHUNK_BYTES;
    const bytes = await read(offset, Math.min(CHUNK_BYTES, sizeBytes - offset));
    await hashing;
    hashing = digest(bytes).then((d) => digests.set(d, i * 32));
  }
  await hashing;
  return `${SCHEME}:${hex(await digest(digests))}`;
}

/**
 * Whether two datasets were read from the same bytes; null when it cannot be told, because one
 * was kept (or its snapshot saved) before content hashes were recorded.
 */
export function sameContent(a: { contentHash?: string }, b: { contentHash?: string }): boolean | null {
  return a.contentHash && b.contentHash ? a.contentHash === b.contentHash : null;
}

/** The hash of bytes already in memory (the demo shop's text, a test's file). */
export function contentHashOf(bytes: Uint8Array): Promise<string> {
  return contentHash(bytes.length, async (offset, length) => bytes.subarray(offset, offset + length));
}

async function digest(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
