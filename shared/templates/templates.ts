import { COLLABORATIVE_TEMPLATES } from './collaborativeTemplates.ts';
import { PLACE_TEMPLATES } from './placeTemplates.ts';
import { REFORM_TEMPLATES } from './reformTemplates.ts';
import type { Template } from './template.ts';
import { wholeIcsTemplate } from './wholeIcsTemplate.ts';

export type { Template, TemplateGroup } from './template.ts';

/** Every template a map can start from, in the order the home page offers them. */
export const TEMPLATES: readonly Template[] = [
  ...PLACE_TEMPLATES,
  ...COLLABORATIVE_TEMPLATES,
  wholeIcsTemplate,
  ...REFORM_TEMPLATES,
];

/** The template with this id, or undefined. */
export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
