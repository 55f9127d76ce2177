export * from './common';
export * from './table';
export * from './narrative';
export * from './performance';
export * from './report';
export * from './manifest';
export * from './json-schema';
export * from './history';
