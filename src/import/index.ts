/** Importers for companies that already publish elsewhere: a clearline feed with honest placeholders. */
export * from './statuspage.js';
export * from './cap.js';
