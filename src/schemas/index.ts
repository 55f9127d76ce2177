export * from './common';
export * from './table';
export * from './final-accounts';
export * from './narrative';
export * from './performance';
export * from './report';
export * from './manifest';
export * from './json-schema';
