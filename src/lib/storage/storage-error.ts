// What can go wrong when the app writes to the device, in words the UI can translate.

import { messageOf } from '../engine/errors';

export type StorageErrorCode = 'quota' | 'replaced' | 'failed';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, reason = '') {
    super(reason || code);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** Browsers report a full disk as QuotaExceededError, on the request or on the aborted transaction. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: string }).name;
  const inner = (error as { target?: { error?: { name?: string } } }).target?.error?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/** Any failure of a storage call as a StorageError. */
export function asStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota');
  return new StorageError('failed', messageOf(error));
}
