// The command line writes its outputs with writeFileSync, so an output naming the input would
// replace the order history with scores (and --import-only would then read its own output). The
// check runs before any work, so a refused run writes nothing. Paths are compared as the file
// system sees them: a relative path, `..`, a symlink or a hard link can all name the input.

import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CliOutput } from './args';

export type PathClash =
  | { kind: 'input'; flag: string; file: string }
  | { kind: 'outputs'; flags: [string, string]; file: string };

interface FileIdentity {
  /** The real path; for a file not there yet, its folder's real path and its name. */
  real: string;
  /** Device and inode of an existing file, which also tell hard links apart; null where unknown. */
  inode: string | null;
}

function identity(file: string): FileIdentity {
  const absolute = path.resolve(file);
  try {
    // The native call returns the name as stored on case-insensitive disks (macOS, Windows).
    const real = realpathSync.native(absolute);
    const stat = statSync(real, { bigint: true });
    // Some file systems (FAT, a few network mounts) report inode 0 for every file.
    return { real, inode: stat.ino === 0n ? null : `${stat.dev}:${stat.ino}` };
  } catch {
    try {
      return { real: path.join(realpathSync.native(path.dirname(absolute)), path.basename(absolute)), inode: null };
    } catch {
      // No such folder either: the write will fail and say so; compare the spelling.
      return { real: absolute, inode: null };
    }
  }
}

const same = (a: FileIdentity, b: FileIdentity): boolean => a.real === b.real || (a.inode !== null && a.inode === b.inode);

/** The first output that is the input or repeats an earlier output; null when each is its own file. */
export function findPathClash(input: string, outputs: readonly CliOutput[]): PathClash | null {
  const source = identity(input);
  const seen: { flag: string; id: FileIdentity }[] = [];
  for (const { flag, file } of outputs) {
    const id = identity(file);
    if (same(id, source)) return { kind: 'input', flag, file };
    const earlier = seen.find((other) => same(other.id, id));
    if (earlier) return { kind: 'outputs', flags: [earlier.flag, flag], file };
    seen.push({ flag, id });
  }
  return null;
}
