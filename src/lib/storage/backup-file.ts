// One file holding everything the app keeps, for moving it to another device.
//
// Layout: a text prefix `CVMLAB-BACKUP <version>\n<header bytes>\n`, the header (JSON: every
// record, with each Blob replaced by a reference to a part), then the parts' bytes one after
// another. Blobs are never turned into strings (no base64): a backup of hundreds of MB is built
// and read slice by slice.
//
// Format 2 adds each part's SHA-256 to the header; format 1 files (without) are still read, their
// parts checked by their gzip CRC alone. Every part is checked before the file is accepted, so a
// damaged one is refused before anything is written.

import { partDamage, sha256Hex } from './backup-integrity';
import { STORE_NAMES, type StoreName } from './schema';
import { isTimestamp } from './validate/check';

export const BACKUP_FORMAT_VERSION = 2;
/** The oldest format this version reads; its parts carry no checksum. */
const FIRST_FORMAT_VERSION = 1;
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
  /** When it was made (ISO); null when the header's date is no readable moment. */
  createdAt: string | null;
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
  createdAt: string | null;
  schemaVersion: number;
  parts: HeaderPart[];
  entries: HeaderEntry[];
}

interface HeaderPart {
  offset: number;
  size: number;
  /** Hex SHA-256 of the part's bytes; from format 2 on. */
  sha256?: string;
}

export type BackupProblem = 'not_backup' | 'newer_version' | 'damaged';

/** Where a damaged backup is damaged; `n` counts from 1. */
export type DamageWhere =
  | { kind: 'header' }
  | { kind: 'record' | 'duplicate'; n: number }
  | { kind: 'part' | 'checksum' | 'gzip'; n: number };

export class BackupError extends Error {
  readonly problem: BackupProblem;
  readonly where: DamageWhere | null;
  constructor(problem: BackupProblem, where: DamageWhere | null = null) {
    super(`${problem}${where ? `: ${where.kind}${'n' in where ? ` ${where.n}` : ''}` : ''}`);
    this.name = 'BackupError';
    this.problem = problem;
    this.where = where;
  }
}

export async function writeBackup(backup: Backup): Promise<Blob> {
  const parts: HeaderPart[] = [];
  const blobs: Blob[] = [];
  let offset = 0;
  const entries: HeaderEntry[] = [];
  for (const entry of backup.entries) {
    const { data, ...rest } = entry;
    if (!data) {
      entries.push(rest);
      continue;
    }
    parts.push({ offset, size: data.size, sha256: await sha256Hex(data) });
    blobs.push(data);
    offset += data.size;
    entries.push({ ...rest, part: parts.length - 1 });
  }
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

/**
 * Reads and checks a backup; `maxSchemaVersion` is the newest database version this app knows.
 * Refuses one with a record twice (a restore would count it twice and write it once) and one
 * whose parts do not hold what they were written with.
 */
export async function readBackup(file: Blob, maxSchemaVersion: number): Promise<Backup> {
  const prefix = await file.slice(0, PREFIX_BYTES).text();
  const match = /^CVMLAB-BACKUP (\d+)\n(\d+)\n/.exec(prefix);
  if (!match) throw new BackupError('not_backup');
  const version = Number(match[1]);
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer_version');
  if (version < FIRST_FORMAT_VERSION) throw new BackupError('not_backup');
  const headerStart = new TextEncoder().encode(match[0]).length;
  const headerSize = Number(match[2]);
  const partsStart = headerStart + headerSize;
  if (partsStart > file.size) throw new BackupError('damaged', { kind: 'header' });
  let header: Header;
  try {
    header = JSON.parse(await file.slice(headerStart, partsStart).text()) as Header;
  } catch {
    throw new BackupError('damaged', { kind: 'header' });
  }
  if (header?.format !== 'cvm-lab-backup' || !Array.isArray(header.entries) || !Array.isArray(header.parts)) {
    throw new BackupError('damaged', { kind: 'header' });
  }
  if (!(typeof header.schemaVersion === 'number' && header.schemaVersion >= 1)) throw new BackupError('damaged', { kind: 'header' });
  if (header.schemaVersion > maxSchemaVersion) throw new BackupError('newer_version');
  for (const [i, part] of header.parts.entries()) {
    const placed = typeof part?.offset === 'number' && typeof part.size === 'number' && part.offset >= 0 && part.size >= 0;
    if (!(placed && partsStart + part.offset + part.size <= file.size)) throw new BackupError('damaged', { kind: 'part', n: i + 1 });
    if (version >= 2 && !(typeof part.sha256 === 'string' && /^[0-9a-f]{64}$/.test(part.sha256))) {
      throw new BackupError('damaged', { kind: 'checksum', n: i + 1 });
    }
  }
  const seen = new Set<string>();
  const entries = header.entries.map((entry, i): BackupEntry => {
    if (!STORE_NAMES.includes(entry?.store) || typeof entry.key !== 'string' || entry.value === undefined) {
      throw new BackupError('damaged', { kind: 'record', n: i + 1 });
    }
    const id = `${entry.store}\u0000${entry.key}`;
    if (seen.has(id)) throw new BackupError('damaged', { kind: 'duplicate', n: i + 1 });
    seen.add(id);
    if (entry.part === undefined) return { store: entry.store, key: entry.key, value: entry.value };
    const part = Number.isInteger(entry.part) ? header.parts[entry.part] : undefined;
    if (!part) throw new BackupError('damaged', { kind: 'record', n: i + 1 });
    const start = partsStart + part.offset;
    return { store: entry.store, key: entry.key, value: entry.value, data: file.slice(start, start + part.size) };
  });
  for (const [i, part] of header.parts.entries()) {
    const start = partsStart + part.offset;
    const damage = await partDamage(file.slice(start, start + part.size), part.sha256);
    if (damage) throw new BackupError('damaged', { kind: damage, n: i + 1 });
  }
  return { createdAt: isTimestamp(header.createdAt) ? header.createdAt : null, schemaVersion: header.schemaVersion, entries };
}
