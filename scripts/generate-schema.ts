// Writes docs/governance-spec.v2.json from the zod schemas in shared/spec. Version 1's
// schema (docs/governance-spec.v1.json) is frozen: version 1 files are upgraded on import.
// Run: node --import tsx scripts/generate-schema.ts
import { writeFileSync } from 'node:fs';
import { governanceSpecJsonSchemaText } from '../shared/spec/jsonSchema.ts';

const target = new URL('../docs/governance-spec.v2.json', import.meta.url);
writeFileSync(target, governanceSpecJsonSchemaText());
console.log(`Wrote ${target.pathname}`);
