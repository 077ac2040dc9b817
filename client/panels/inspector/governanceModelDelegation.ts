import {
  COLLABORATIVE_MODELS,
  type GovernanceModelInfo,
  PLACE_MODELS,
} from '../../../shared/model/governance.ts';

/** What the chosen governance model means for delegated decisions, for this kind of body. */
export function governanceModelDelegation(kind: string, model: unknown): string | undefined {
  if (typeof model !== 'string') return undefined;
  const models: Record<string, GovernanceModelInfo> | undefined =
    kind === 'place-partnership'
      ? PLACE_MODELS
      : kind === 'provider-collaborative'
        ? COLLABORATIVE_MODELS
        : undefined;
  return models?.[model]?.delegation;
}
