export * from './bodyKinds.ts';
export * from './fields.ts';
export * from './footprints.ts';
export * from './governance.ts';
export * from './ids.ts';
export * from './relationshipKinds.ts';
export * from './relationshipRules.ts';
export * from './status.ts';
