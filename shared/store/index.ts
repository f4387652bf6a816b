/** The storage layer's public surface. */
export * from './database';
export * from './migrate';
export type * from './schema';
export * from './repositories/catalog';
export * from './repositories/people';
export * from './repositories/conversations';
export { inTransaction, toTimestamp, type LocalizedText } from './repositories/util';
export * from './seed/loadSeed';
export * from './errors';
