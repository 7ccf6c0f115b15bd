// The CLI's and the SQL tests' counterpart of the worker's transcodeFile: a file in another
// encoding, copied as UTF-8 into a temporary file DuckDB reads from its path. The copy keeps
// the original file name, so messages naming the file still name the user's file.

import { mkdtemp, open, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TextEncodingName } from '../lib/engine/api';
import { transcodeToUtf8 } from '../lib/import/transcode';

export interface TempFile {
  path: string;
  cleanup(): void;
}

export async function transcodeToTempFile(
  filePath: string,
  encoding: TextEncodingName,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<TempFile> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cvm-transcode-'));
  const target = path.join(dir, path.basename(filePath));
  const input = await open(filePath, 'r');
  try {
    const output = await open(target, 'w');
    try {
      const size = (await input.stat()).size;
      const source = {
        size,
        async read(offset: number, length: number) {
          const buffer = new Uint8Array(length);
          const { bytesRead } = await input.read(buffer, 0, length, offset);
          return buffer.subarray(0, bytesRead);
        },
      };
      const write = async (utf8: Uint8Array) => {
        for (let done = 0; done < utf8.length; ) done += (await output.write(utf8, done)).bytesWritten;
      };
      await transcodeToUtf8(source, encoding, write, {
        onProgress,
        fileName: path.basename(filePath),
      });
    } finally {
      await output.close();
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await input.close();
  }
  return { path: target, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
