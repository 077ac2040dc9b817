import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../../shared/ydoc/schema.ts';
import { governanceModelDelegation } from './governanceModelDelegation.ts';
import {
  attrKeyOf,
  fieldProblemLines,
  findInspected,
  governanceOpenByDefault,
  groupFields,
  kindHeading,
  relationshipSentence,
  selectedRefs,
  sharedStatus,
} from './inspectedElement.ts';

function node(id: string, extra: Partial<NodeRecord> = {}): NodeRecord {
  return {
    id,
    kind: 'icb',
    label: id,
    position: { x: 0, y: 0 },
    status: 'proposed',
    attrs: {},
    ...extra,
  };
}

const icb = node('icb-leeds', { label: 'Leeds ICB' });
const committee = node('place-committee', { kind: 'committee', label: 'Leeds Place Committee' });
const place = node('place-leeds', { kind: 'footprint', label: 'Leeds', attrs: { level: 'place' } });
const delegates: EdgeRecord = {
  id: 'edge-delegates',
  kind: 'delegates',
  source: 'icb-leeds',
  target: 'place-committee',
  status: 'agreed',
  attrs: {},
};

const snapshot: MapSnapshot = {
  title: 'Leeds',
  nodes: [icb, committee, place],
  edges: [delegates],
  invalid: [],
  fieldProblems: [
    {
      id: 'place-committee',
      collection: 'nodes',
      problems: [{ path: '$.attrs["governance.chair"]', message: 'Chair is empty' }],
    },
  ],
};

describe('findInspected', () => {
  it('finds bodies, footprints and relationships with the fields of their kind', () => {
    const body = findInspected(snapshot, 'place-committee');
    expect(body?.type).toBe('body');
    expect(body?.fields.map((f) => f.key)).toContain('committeeType');
    const footprint = findInspected(snapshot, 'place-leeds');
    expect(footprint?.type).toBe('footprint');
    expect(footprint?.fields.map((f) => f.key)).toContain('level');
    const edge = findInspected(snapshot, 'edge-delegates');
    expect(edge?.ref).toEqual({ collection: 'edges', id: 'edge-delegates' });
    expect(edge?.fields.find((f) => f.key === 'function')?.required).toBe(true);
    expect(findInspected(snapshot, 'gone')).toBeUndefined();
  });

  it('makes refs of the selected ids still on the map', () => {
    expect(selectedRefs(snapshot, ['icb-leeds', 'gone', 'edge-delegates'])).toEqual([
      { collection: 'nodes', id: 'icb-leeds' },
      { collection: 'edges', id: 'edge-delegates' },
    ]);
  });
});

describe('headings', () => {
  it('names kinds, footprint levels and relationships by the names of their ends', () => {
    const at = (id: string) => {
      const found = findInspected(snapshot, id);
      if (!found) throw new Error(id);
      return found;
    };
    expect(kindHeading(at('icb-leeds'))).toBe('Integrated care board');
    expect(kindHeading(at('place-leeds'))).toBe('Footprint · Place');
    expect(kindHeading(at('edge-delegates'))).toBe('Relationship');
    expect(relationshipSentence(snapshot, delegates)).toBe(
      'Leeds ICB → delegates to → Leeds Place Committee',
    );
  });

  it('opens governance by default for partnerships, collaboratives and committees', () => {
    expect(governanceOpenByDefault('place-partnership')).toBe(true);
    expect(governanceOpenByDefault('provider-collaborative')).toBe(true);
    expect(governanceOpenByDefault('committee')).toBe(true);
    expect(governanceOpenByDefault('nhs-trust')).toBe(false);
  });
});

describe('groupFields', () => {
  it('groups in registry order and leaves out empty sections', () => {
    const committeeFields = findInspected(snapshot, 'place-committee')?.fields ?? [];
    expect(groupFields(committeeFields).map((g) => g.section)).toEqual([
      'details',
      'governance',
      'notes',
    ]);
    const footprintFields = findInspected(snapshot, 'place-leeds')?.fields ?? [];
    expect(groupFields(footprintFields).map((g) => g.section)).toEqual(['details', 'notes']);
  });
});

describe('field problems', () => {
  it('says which stored value did not fit, by the field label', () => {
    const found = findInspected(snapshot, 'place-committee');
    if (!found) throw new Error('no committee');
    expect(fieldProblemLines(snapshot, found.ref, found.fields)).toEqual([
      'A value stored for Chair did not fit and is not shown: Chair is empty.',
    ]);
    expect(fieldProblemLines(snapshot, { collection: 'nodes', id: 'icb-leeds' }, [])).toEqual([]);
  });

  it('reads attribute keys out of JSON paths', () => {
    expect(attrKeyOf('$.attrs["governance.chair"]')).toBe('governance.chair');
    expect(attrKeyOf('$.attrs["a\\"b"]')).toBe('a"b');
    expect(attrKeyOf('$.label')).toBeUndefined();
  });
});

describe('governance model delegation and shared status', () => {
  it('explains the chosen model for its family', () => {
    expect(governanceModelDelegation('place-partnership', 'consultative-forum')).toMatch(
      /No delegated decisions/,
    );
    expect(governanceModelDelegation('provider-collaborative', 'lead-provider')).toMatch(
      /contract/,
    );
    expect(governanceModelDelegation('provider-collaborative', 'icb-committee')).toBeUndefined();
    expect(governanceModelDelegation('place-partnership', undefined)).toBeUndefined();
  });

  it('finds the status all share, or none', () => {
    expect(sharedStatus(['agreed', 'agreed'])).toBe('agreed');
    expect(sharedStatus(['agreed', 'disputed'])).toBeUndefined();
    expect(sharedStatus([])).toBeUndefined();
  });
});
