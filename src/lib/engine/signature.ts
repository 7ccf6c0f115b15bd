// A short stable key for "the same export again": file name and header names (not the size,
// so next month's export of the same shape recalls the same mapping).
// FNV-1a is enough here: it only keys a remembered column mapping, never security.
export function fileSignature(fileName: string, columns: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of [fileName.toLowerCase(), ...columns].join('\u0000')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
