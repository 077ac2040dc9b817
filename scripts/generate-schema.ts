// Writes docs/governance-spec.v1.json from the zod schemas in shared/spec.
// Run: node --import tsx scripts/generate-schema.ts
import { writeFileSync } from 'node:fs';
import { governanceSpecJsonSchemaText } from '../shared/spec/jsonSchema.ts';

const target = new URL('../docs/governance-spec.v1.json', import.meta.url);
writeFileSync(target, governanceSpecJsonSchemaText());
console.log(`Wrote ${target.pathname}`);
