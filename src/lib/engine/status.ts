// The engine as the page sees it: starting, ready or failed, and which long request it is busy
// with (the busy indicator names it, catalog key `busy.<phase>`).

export type EngineStatus = 'starting' | 'ready' | 'failed';

export type BusyPhase = 'opening' | 'preparing' | 'scoring' | 'exporting' | 'restoring' | 'loading' | 'saving';
