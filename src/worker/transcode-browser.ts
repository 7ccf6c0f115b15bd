// A dropped file in another encoding, as a UTF-8 File DuckDB can read from its handle.
// Each chunk becomes a Blob at once: the browser keeps blob data in its own storage (on disk
// when large), so the transcoded copy never sits in the worker's JS heap as a whole.

import type { TextEncodingName } from '../lib/engine/api';
import { transcodeToUtf8 } from '../lib/import/transcode';

export async function transcodeFile(
  file: File,
  encoding: TextEncodingName,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<File> {
  const parts: Blob[] = [];
  const source = {
    size: file.size,
    read: async (offset: number, length: number) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
  await transcodeToUtf8(source, encoding, (utf8) => void parts.push(new Blob([utf8])), {
    onProgress,
    fileName: file.name,
  });
  return new File(parts, file.name, { type: 'text/csv' });
}
