// Whether a backup's part holds the bytes it was written with, checked before anything is
// restored: its SHA-256 (in the header since format 2) and, for every format, the gzip stream
// itself. DecompressionStream checks the gzip CRC and length only at the end of the stream, so
// the whole part is decompressed (into nothing) before the answer is given: a part cut short or
// with one byte changed would otherwise restore as a dataset that cannot be opened.

export type PartDamage = 'checksum' | 'gzip';

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(data: Blob): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', await data.arrayBuffer()));
}

async function gunzipsWhole(data: Blob): Promise<boolean> {
  try {
    await data.stream().pipeThrough(new DecompressionStream('gzip')).pipeTo(new WritableStream());
    return true;
  } catch {
    return false;
  }
}

/** Every part of a backup is a gzip-compressed copy (orders, scored customers); null when it is whole. */
export async function partDamage(data: Blob, sha256: string | undefined): Promise<PartDamage | null> {
  if (sha256 !== undefined && (await sha256Hex(data)) !== sha256) return 'checksum';
  return (await gunzipsWhole(data)) ? null : 'gzip';
}
