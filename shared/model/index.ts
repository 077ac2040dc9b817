export * from './bodyKinds.ts';
export * from './ids.ts';
export * from './relationshipKinds.ts';
export * from './status.ts';
