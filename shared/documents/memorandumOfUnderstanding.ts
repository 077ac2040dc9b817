import { BODY_KIND_INFO } from '../model/bodyKinds.ts';
import {
  COLLABORATIVE_MODELS,
  type GovernanceModelInfo,
  PLACE_MODELS,
} from '../model/governance.ts';
import type { SpecBody } from '../spec/specSchema.ts';
import { lowerFirst, withArticle } from '../spec/words.ts';
import type { BuiltSections } from './builtSections.ts';
import {
  accountableTo,
  day,
  functionsOrToBeAgreed,
  listOrToBeAgreed,
  membershipTable,
  namesInWords,
  periodClause,
  pounds,
} from './documentParts.ts';
import { type DocumentSource, fieldOptionLabel } from './documentSource.ts';
import type { Block, Section } from './documentTypes.ts';
import { conflictsClause } from './governanceClauses.ts';
import { clause, labelled, said, table } from './runs.ts';

function modelInfo(body: SpecBody): GovernanceModelInfo | undefined {
  const model = body.governance?.model;
  if (model === undefined) return undefined;
  const models: Record<string, GovernanceModelInfo> =
    body.kind === 'place-partnership' ? PLACE_MODELS : COLLABORATIVE_MODELS;
  return models[model];
}

function scopeBlocks(body: SpecBody, source: DocumentSource): Block[] {
  const footprint = source.footprint(body.footprint);
  const blocks: Block[] = [
    clause(
      'The partnership covers ',
      footprint?.name,
      footprint?.population === undefined
        ? '.'
        : `, where ${footprint.population.toLocaleString('en-GB')} people live.`,
    ),
  ];
  if (body.kind === 'provider-collaborative' && body.scale !== undefined) {
    blocks.push(
      clause(`It works ${fieldOptionLabel(body.kind, 'scale', body.scale).toLowerCase()}.`),
    );
  }
  blocks.push(
    ...functionsOrToBeAgreed(body.functions, 'The services and functions in its scope are:'),
  );
  return blocks;
}

function governanceBlocks(body: SpecBody, source: DocumentSource): Block[] {
  const governance = body.governance ?? {};
  const model = modelInfo(body);
  const answersTo = accountableTo(body, source).map((edge) => source.name(edge.to));
  // An ICB cluster has no governance model: its ICBs share roles and keep their own boards.
  const form =
    body.kind === 'icb-cluster'
      ? [
          clause(
            'Each ICB keeps its own board, statutory duties and accountability; the cluster shares leadership and teams, and decides nothing of its own.',
          ),
          ...listOrToBeAgreed(body.sharedRoles, 'The ICBs share these roles:'),
        ]
      : [
          clause(
            'The partnership works as ',
            model === undefined ? undefined : withArticle(lowerFirst(model.label)),
            model === undefined ? '.' : `. ${model.delegation}`,
          ),
        ];
  return [
    ...form,
    ...(body.kind === 'place-partnership'
      ? [labelled('Leader of the partnership', body.leader)]
      : []),
    labelled('Chair', governance.chair),
    labelled('Quorum', governance.quorum),
    clause('The partnership answers to ', namesInWords(answersTo), '.'),
    ...listOrToBeAgreed(
      governance.reservedMatters,
      'These matters stay with each partner’s own board or cabinet:',
    ),
    conflictsClause(said(governance.conflictsOfInterest)),
  ];
}

/** The memorandum of understanding of a place partnership, provider collaborative or ICB cluster. */
export function memorandumOfUnderstanding(body: SpecBody, source: DocumentSource): BuiltSections {
  const members = source.into(body.id, 'member-of');
  const partyIds = new Set(members.map((edge) => edge.from));
  const sharing = source.spec.relationships.filter(
    (edge) => edge.kind === 'shares-data' && partyIds.has(edge.from) && partyIds.has(edge.to),
  );
  const funding = source.into(body.id, 'funds');
  const hosts = source.into(body.id, 'hosts');
  const reporting = accountableTo(body, source);
  const kindLabel = lowerFirst(BODY_KIND_INFO[body.kind].label);
  const sections: Section[] = [
    {
      heading: 'Parties',
      blocks:
        members.length === 0
          ? [clause('The parties to this memorandum: ', undefined, '.')]
          : [
              clause(`The parties to this memorandum are the members of ${body.name}:`),
              membershipTable(members, source),
            ],
    },
    {
      heading: 'Purpose',
      blocks: [clause('The partners come together to ', undefined, '.')],
    },
    {
      heading: 'Principles',
      blocks: [clause('The partners agree to work by these principles: ', undefined, '.')],
    },
    { heading: 'Scope', blocks: scopeBlocks(body, source) },
    { heading: 'Governance', blocks: governanceBlocks(body, source) },
    {
      heading: 'Information sharing',
      blocks:
        sharing.length === 0
          ? [clause('The partners share information under ', undefined, '.')]
          : [
              clause('The partners share information under these agreements:'),
              table(
                ['Shared by', 'With', 'Agreement'],
                sharing.map((edge) => [
                  source.name(edge.from),
                  source.name(edge.to),
                  said(edge.agreement),
                ]),
              ),
            ],
    },
    {
      heading: 'Resources',
      blocks: [
        clause(
          'The partnership’s staff and support are hosted by ',
          namesInWords(hosts.map((edge) => source.name(edge.from))),
          '.',
        ),
        ...(funding.length === 0
          ? [clause('The partners contribute: ', undefined, '.')]
          : [
              clause('The partners contribute each year:'),
              table(
                ['Partner', 'Amount'],
                funding.map((edge) => [source.name(edge.from), pounds(edge.amountGBP)]),
              ),
            ]),
      ],
    },
    {
      heading: 'Duration',
      blocks: [periodClause('This memorandum applies', body.validFrom, body.validTo)],
    },
    {
      heading: 'Review and exit',
      blocks: [
        clause('The partners review this memorandum by ', day(body.governance?.reviewDate), '.'),
        clause(
          'A partner may leave the partnership by giving ',
          undefined,
          ' notice in writing to the other partners.',
        ),
      ],
    },
    {
      heading: 'Legal status',
      blocks: [
        clause(
          'This memorandum is not legally binding. It records how the partners intend to work together.',
        ),
        clause(
          `The ${kindLabel} is not a legal body: it cannot hold functions, money or contracts itself. Each partner keeps its own statutory duties and decides through its own governance, unless it delegates a function lawfully to a committee or joint committee.`,
        ),
      ],
    },
  ];
  return {
    sections,
    elements: [
      body.id,
      ...[...members, ...sharing, ...funding, ...hosts, ...reporting].map((e) => e.id),
    ],
  };
}
