/** The data layer: pure modules with no DOM or Lit imports, shared by the elements and the CLI. */
export * from './errors.js';
export * from './schema.js';
export * from './keys.js';
export * from './envelope.js';
export * from './rollback.js';
export * from './fetch.js';
export * from './verify.js';
export * from './load.js';
export * from './sign.js';
export * from './source.js';
export * from './incidents.js';
export * from './poll.js';
export * from './cache.js';
export * from './times.js';
export * from './phone.js';
export * from './channels.js';
