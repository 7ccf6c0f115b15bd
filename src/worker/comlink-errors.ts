import * as Comlink from 'comlink';
import { EngineError, toErrorData, type EngineErrorData } from '../lib/engine/errors';

type Thrown = { value: unknown };

// Comlink's default 'throw' handler keeps only message and stack; ours keeps the code and
// details so the UI can say what went wrong in the user's language. Install on both sides.
export function installErrorTransfer(): void {
  const original = Comlink.transferHandlers.get('throw') as Comlink.TransferHandler<Thrown, unknown>;
  if ((original as { cvm?: true }).cvm) return;
  const handler: Comlink.TransferHandler<Thrown, EngineErrorData> & { cvm: true } = {
    cvm: true,
    canHandle: (value: unknown): value is Thrown => original.canHandle(value),
    serialize: ({ value }) => [toErrorData(value), []],
    deserialize: (data) => {
      throw new EngineError(data.code, data.details, data.message);
    },
  };
  Comlink.transferHandlers.set('throw', handler as Comlink.TransferHandler<unknown, unknown>);
}
