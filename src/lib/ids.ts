// Ids of what the user creates (datasets, snapshots, configurations, archetypes, rules): random,
// so records made on two devices never collide when a backup brings them together.
export const newId = (): string => crypto.randomUUID();
