// Performance marks the benchmark reads (`cvm:<name>`): the app sets them, the bench only
// observes. Nothing is sent anywhere; a mark is a timestamp in this tab.
export function mark(name: string, detail?: unknown): void {
  performance.mark(`cvm:${name}`, { detail });
}
