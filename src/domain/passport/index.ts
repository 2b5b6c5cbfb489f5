export * from './types.js';
export * from './catalogue.js';
export * from './fill.js';
export * from './validate.js';
export { DEFAULT_MAX_TEXT_LENGTH, MAX_PASSPORT_DATE, MIN_PASSPORT_DATE } from './check-value.js';
