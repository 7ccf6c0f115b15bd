// Streams a file in any supported encoding out as UTF-8, which is all DuckDB reads. Only one
// chunk is held at a time, so a 1 GB export does not need 1 GB of JS memory. TextDecoder's
// stream mode carries a character split between two chunks over to the next one.

import type { TextEncodingName } from '../engine/api';
import { EngineError } from '../engine/errors';

/** Random access to the bytes of a file: File.slice() in the browser, a file descriptor in Node. */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface TranscodeOptions {
  /** Bytes read per step (default 8 MiB). */
  chunkBytes?: number;
  onProgress?(bytesRead: number, totalBytes: number): void;
  /** For the error message. */
  fileName?: string;
}

const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * DuckDB reads UTF-8 straight from the file handle and skips a UTF-8 byte-order mark itself
 * (test/sql/encodings.test.ts checks it), so only the other encodings are transcoded.
 */
export function needsTranscoding(encoding: TextEncodingName): boolean {
  return encoding !== 'utf-8';
}

export async function transcodeToUtf8(
  input: ByteSource,
  encoding: TextEncodingName,
  sink: (utf8: Uint8Array<ArrayBuffer>) => void | Promise<void>,
  options: TranscodeOptions = {},
): Promise<{ bytesIn: number; bytesOut: number }> {
  const chunkBytes = Math.max(1, Math.floor(options.chunkBytes ?? DEFAULT_CHUNK_BYTES));
  // The default ignoreBOM: false drops a leading byte-order mark of the decoder's own encoding.
  const decoder = new TextDecoder(encoding, { fatal: true });
  const encoder = new TextEncoder();
  const mismatch = (line: number) => new EngineError('encoding_mismatch', { file: options.fileName ?? '', encoding, row: line });
  let offset = 0;
  let bytesOut = 0;
  let newlines = 0;
  /** The last bytes before `offset`: a character the decoder is still waiting to complete is among them. */
  let tail = new Uint8Array(0);

  const emit = async (text: string) => {
    if (text.length === 0) return;
    newlines += countNewlines(text);
    const utf8 = encoder.encode(text);
    bytesOut += utf8.length;
    await sink(utf8);
  };

  while (offset < input.size) {
    const bytes = await input.read(offset, Math.min(chunkBytes, input.size - offset));
    if (bytes.length === 0) throw new EngineError('file_unreadable', { file: options.fileName ?? '', reason: `no bytes at offset ${offset}` });
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const pending = tail.subarray(tail.length - pendingBytes(encoding, tail, offset));
      throw mismatch(newlines + 1 + newlinesBeforeInvalid(encoding, concat(pending, bytes)));
    }
    await emit(text);
    tail = concat(tail, bytes.subarray(Math.max(0, bytes.length - MAX_PENDING))).slice(-MAX_PENDING);
    offset += bytes.length;
    options.onProgress?.(offset, input.size);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    // The file ends in the middle of a character.
    throw mismatch(newlines + 1);
  }
  await emit(rest);
  return { bytesIn: offset, bytesOut };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

// Where in a failing chunk the invalid bytes are. The streaming decoder does not say, so a
// fresh decoder starts where the streaming one stood (the chunk, plus the bytes of a character
// it had begun before the chunk) and a binary search finds the shortest prefix that fails.
// This runs once, on the way to an error, so re-decoding is affordable.

/** UTF-8 waits for at most 3 bytes; UTF-16 for an odd byte after a high surrogate. */
const MAX_PENDING = 3;

/** How many of the bytes before `offset` belong to a character the streaming decoder has not finished. */
function pendingBytes(encoding: TextEncodingName, tail: Uint8Array, offset: number): number {
  if (encoding === 'utf-8') {
    for (let back = 1; back <= Math.min(MAX_PENDING, tail.length); back++) {
      const b = tail[tail.length - back];
      if (b < 0x80) return 0;
      if (b >= 0xc0) {
        const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        return length > back ? back : 0;
      }
    }
    return 0;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    // Code units start at even offsets (a BOM is two bytes, so it does not change that).
    const odd = offset % 2;
    const unitEnd = tail.length - odd;
    if (unitEnd < 2) return odd;
    const [first, second] = [tail[unitEnd - 2], tail[unitEnd - 1]];
    const unit = encoding === 'utf-16le' ? first | (second << 8) : (first << 8) | second;
    const highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    return odd + (highSurrogate ? 2 : 0);
  }
  // Single-byte encodings never wait for more.
  return 0;
}

function fails(encoding: TextEncodingName, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return false;
  } catch {
    return true;
  }
}

/** Line ends decoded before the first invalid byte of `bytes`, which starts on a character boundary. */
function newlinesBeforeInvalid(encoding: TextEncodingName, bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  if (!fails(encoding, bytes)) return 0;
  // Invariant: bytes[0, good) decode, bytes[0, bad) fail.
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (fails(encoding, bytes.subarray(0, middle))) bad = middle;
    else good = middle;
  }
  return countNewlines(new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, good), { stream: true }));
}
