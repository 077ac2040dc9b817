import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, GovernanceDocument, Run } from '../../shared/documents/documentTypes.ts';
import { TO_BE_AGREED } from '../../shared/documents/documentTypes.ts';

// One numbering for sections (level 0, on Heading 1) and their clauses (level 1): Word
// numbers clauses 1.1, 1.2… and restarts them under each heading by itself.
const CLAUSES = 'accord-clauses';

function textRuns(runs: readonly Run[], options: { bold?: boolean } = {}): TextRun[] {
  return runs.map((run) =>
    run.kind === 'placeholder'
      ? new TextRun({ text: TO_BE_AGREED, bold: true, highlight: 'yellow' })
      : new TextRun({ text: run.text, bold: run.bold ?? options.bold }),
  );
}

function tableOf(header: readonly string[], rows: readonly Run[][][]): Table {
  const cell = (runs: readonly Run[], bold = false) =>
    new TableCell({ children: [new Paragraph({ children: textRuns(runs, { bold }) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text) => cell([{ kind: 'text', text }], true)),
      }),
      ...rows.map((row) => new TableRow({ children: row.map((runs) => cell(runs)) })),
    ],
  });
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'clause':
      return [
        new Paragraph({
          style: 'Clause',
          numbering: { reference: CLAUSES, level: 1 },
          children: textRuns(block.runs),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs) })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
    case 'bullets':
      return block.items.map(
        (runs) => new Paragraph({ bullet: { level: 0 }, children: textRuns(runs) }),
      );
    case 'table':
      // A table straight after another needs a paragraph between, or Word joins them.
      return [tableOf(block.header, block.rows), new Paragraph({})];
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * A governance document as a Word file: Title, Heading 1 sections and Heading 2
 * subheadings (Word's own styles, so the navigation pane and a table of contents work),
 * clauses numbered by Word, real tables, placeholders in bold on yellow, and "Draft" and
 * page numbers on every page.
 */
export async function documentToDocx(document: GovernanceDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: document.title }),
    ...document.preamble.map((runs) => new Paragraph({ children: textRuns(runs) })),
  ];
  for (const section of document.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        numbering: { reference: CLAUSES, level: 0 },
        text: section.heading,
      }),
      ...section.blocks.flatMap(blockToDocx),
    );
  }
  const word = new Document({
    title: document.title,
    creator: 'Accord',
    styles: {
      paragraphStyles: [
        {
          id: 'Clause',
          name: 'Clause',
          basedOn: 'Normal',
          next: 'Clause',
          quickFormat: true,
          paragraph: { spacing: { after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: CLAUSES,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            },
            {
              level: 1,
              format: LevelFormat.DECIMAL,
              text: '%1.%2',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        // Every page says it is a draft: these are made from a map, not yet signed.
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `Draft — ${document.title}`, color: '425563', size: 18 }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(word);
}
