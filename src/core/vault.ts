/**
 * The vault's data model and pure operations. Encryption is in
 * crypto/, persistence in the background's vault service; this is only the data.
 */
export * from './vault/entry';
export * from './vault/errors';
export * from './vault/operations';
export * from './vault/search';
export * from './vault/serialize';
export * from './vault/stored-twin';
export { checkParams } from './vault/validate-params';
export * from './vault/replacement';
export * from './vault/names';
