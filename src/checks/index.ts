export * from './schema';
export { CHECKS, checkById, runChecks, summarize, withStatus, STATUS_ORDER } from './registry';
export type { CheckDefinition } from './define';
