// Runs a command and samples the resident memory of its whole process tree (the process and every
// descendant, their threads included: native DuckDB's worker thread is in the CLI's process) from
// /proc every 200 ms; the peak is the largest sum seen. Linux only: elsewhere the peak is null.

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  /** the largest sum of VmRSS over the tree; null when /proc could not be read. */
  peakRssMb: number | null;
  wallS: number;
}

const SAMPLE_MS = 200;

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

export function treeRssMb(root: number): number {
  let kb = 0;
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    kb += rssKb(pid);
    todo.push(...children(pid));
  }
  return kb / 1024;
}

export function runMeasured(command: string, args: string[], cwd: string): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  let peak: number | null = process.platform === 'linux' ? 0 : null;
  const timer = setInterval(() => {
    if (peak !== null && child.pid !== undefined) peak = Math.max(peak, treeRssMb(child.pid));
  }, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearInterval(timer);
      resolve({ status, stdout, stderr, peakRssMb: peak, wallS: (performance.now() - started) / 1000 });
    });
  });
}
