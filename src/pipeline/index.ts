export * from './extractor.js';
export * from './pipeline.js';
export * from './runner.js';
export * from './registry.js';
