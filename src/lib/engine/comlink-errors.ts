import * as Comlink from 'comlink';
import { EngineError, toErrorData, type EngineErrorData } from './errors';

// Comlink's default 'throw' handler keeps only message and stack; ours keeps the code and
// details so the UI can say what went wrong in the user's language. Install on both sides.
export function installErrorTransfer(): void {
  Comlink.transferHandlers.set('throw', {
    canHandle: (value: unknown): value is { value: unknown } =>
      typeof value === 'object' && value !== null && Comlink.throwMarker in value,
    serialize: ({ value }: { value: unknown }) => [toErrorData(value), []],
    deserialize: (data: unknown) => {
      const { code, details, message } = data as EngineErrorData;
      throw new EngineError(code, details, message);
    },
  } as Comlink.TransferHandler<{ value: unknown }, EngineErrorData>);
}
