export * from './span.js';
export * from './source.js';
export * from './time.js';
export * from './quality.js';
export * from './layers.js';
export * from './document.js';
export * from './errors.js';
