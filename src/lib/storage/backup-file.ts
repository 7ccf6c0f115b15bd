// One file holding everything the app keeps, for moving it to another device.
//
// Layout: a text prefix `CVMLAB-BACKUP <version>\n<header bytes>\n`, the header (JSON: every
// record, with each Blob replaced by a reference to a part), then the parts' bytes one after
// another. Blobs are never turned into strings (no base64): a backup of hundreds of MB is built
// and read slice by slice.

import { STORE_NAMES, type StoreName } from './schema';

export const BACKUP_FORMAT_VERSION = 1;
const MAGIC = 'CVMLAB-BACKUP';
/** The prefix is short; this many bytes always hold it. */
const PREFIX_BYTES = 64;

/** One record of one store; `data` is the Blob kept beside it (orders, customers), if any. */
export interface BackupEntry {
  store: StoreName;
  key: string;
  value: unknown;
  data?: Blob;
}

export interface Backup {
  createdAt: string;
  /** The database version the records were written with. */
  schemaVersion: number;
  entries: BackupEntry[];
}

interface HeaderEntry {
  store: StoreName;
  key: string;
  value: unknown;
  /** Index into `parts`. */
  part?: number;
}

interface Header {
  format: 'cvm-lab-backup';
  version: number;
  createdAt: string;
  schemaVersion: number;
  parts: { offset: number; size: number }[];
  entries: HeaderEntry[];
}

export type BackupProblem = 'not_backup' | 'newer_version' | 'damaged';

export class BackupError extends Error {
  readonly problem: BackupProblem;
  readonly detail: string;
  constructor(problem: BackupProblem, detail = '') {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'BackupError';
    this.problem = problem;
    this.detail = detail;
  }
}


export function writeBackup(backup: Backup): Blob {
  const parts: { offset: number; size: number }[] = [];
  const blobs: Blob[] = [];
  let offset = 0;
  const entries = backup.entries.map((entry): HeaderEntry => {
    const { data, ...rest } = entry;
    if (!data) return rest;
    parts.push({ offset, size: data.size });
    blobs.push(data);
    offset += data.size;
    return { ...rest, part: parts.length - 1 };
  });
  const header: Header = {
    format: 'cvm-lab-backup',
    version: BACKUP_FORMAT_VERSION,
    createdAt: backup.createdAt,
    schemaVersion: backup.schemaVersion,
    parts,
    entries,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const prefix = `${MAGIC} ${BACKUP_FORMAT_VERSION}\n${headerBytes.length}\n`;
  return new Blob([prefix, headerBytes, ...blobs], { type: 'application/octet-stream' });
}

/** Reads and checks a backup; `maxSchemaVersion` is the newest database version this app knows. */
export async function readBackup(file: Blob, maxSchemaVersion: number): Promise<Backup> {
  const prefix = await file.slice(0, PREFIX_BYTES).text();
  const match = /^CVMLAB-BACKUP (\d+)\n(\d+)\n/.exec(prefix);
  if (!match) throw new BackupError('not_backup');
  if (Number(match[1]) > BACKUP_FORMAT_VERSION) throw new BackupError('newer_version');
  const headerStart = new TextEncoder().encode(match[0]).length;
  const headerSize = Number(match[2]);
  const partsStart = headerStart + headerSize;
  if (partsStart > file.size) throw new BackupError('damaged', 'header');
  let header: Header;
  try {
    header = JSON.parse(await file.slice(headerStart, partsStart).text()) as Header;
  } catch {
    throw new BackupError('damaged', 'header');
  }
  if (header?.format !== 'cvm-lab-backup' || !Array.isArray(header.entries) || !Array.isArray(header.parts)) {
    throw new BackupError('damaged', 'header');
  }
  if (header.schemaVersion > maxSchemaVersion) throw new BackupError('newer_version');
  for (const [i, part] of header.parts.entries()) {
    if (!(part.offset >= 0 && part.size >= 0 && partsStart + part.offset + part.size <= file.size)) {
      throw new BackupError('damaged', `part ${i + 1}`);
    }
  }
  const entries = header.entries.map((entry, i): BackupEntry => {
    if (!STORE_NAMES.includes(entry.store) || typeof entry.key !== 'string' || entry.value === undefined) {
      throw new BackupError('damaged', `record ${i + 1}`);
    }
    if (entry.part === undefined) return { store: entry.store, key: entry.key, value: entry.value };
    const part = header.parts[entry.part];
    if (!part) throw new BackupError('damaged', `record ${i + 1}`);
    const start = partsStart + part.offset;
    return { store: entry.store, key: entry.key, value: entry.value, data: file.slice(start, start + part.size) };
  });
  return { createdAt: String(header.createdAt), schemaVersion: header.schemaVersion, entries };
}
