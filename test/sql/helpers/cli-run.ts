// Runs the command line (`npm run rfm`) as a user does, in a child process, and hands back its
// exit code and output. One child must not hang a test file: it is killed after 90 s (a run takes
// 5-10 s alone; on a 2-core machine busy with other test files it has taken over 30).
import { execFile } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function rfm(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/rfm.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}
