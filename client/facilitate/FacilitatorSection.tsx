import type { ReactNode } from 'react';

/** One section of the facilitator bar: its controls, kept together between rules. */
export function FacilitatorSection({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toolbar buttons, not a form fieldset
    <div className="facilitator-section" role="group" aria-label={label}>
      {children}
    </div>
  );
}
