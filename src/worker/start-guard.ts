// The engine's start, failing as soon as anything in this worker throws uncaught while it runs.
// DuckDB's loader reports a wasm that did not download or compile (a 404, a damaged offline copy,
// a policy that refuses WebAssembly) as an uncaught rejection and leaves its own promise pending
// for ever: the page then said "Starting the analysis engine..." for good.

export function guardedStart<T>(start: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      fail(event.error ?? new Error(event.message));
    };
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      fail(event.reason);
    };
    const done = () => {
      self.removeEventListener('error', onError);
      self.removeEventListener('unhandledrejection', onRejection);
    };
    const fail = (error: unknown) => {
      done();
      reject(error);
    };
    self.addEventListener('error', onError);
    self.addEventListener('unhandledrejection', onRejection);
    start().then((value) => {
      done();
      resolve(value);
    }, fail);
  });
}
