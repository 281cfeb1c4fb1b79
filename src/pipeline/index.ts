export * from './extractor.js';
export * from './pipeline.js';
export * from './runner.js';
export * from './registry.js';
export * from './text-document.js';
