import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One paragraph of a Word document: its style (if any), its text, and its numbering level. */
export interface DocxParagraph {
  style: string | undefined;
  text: string;
  numberingLevel: number | undefined;
  inTable: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** Reads `word/document.xml` (or another part) out of a .docx with the system's `unzip`. */
export async function documentXml(docx: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const file = path.join(tmpdir(), `accord-docx-${process.pid}-${Date.now()}.docx`);
  writeFileSync(file, docx);
  const { stdout } = await run('unzip', ['-p', file, part], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  return stdout;
}

/** The paragraphs of `word/document.xml`, in order, table cells included. */
export function docxParagraphs(xml: string): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  const tableDepth = (upTo: number) =>
    (xml.slice(0, upTo).match(/<w:tbl>/g)?.length ?? 0) -
    (xml.slice(0, upTo).match(/<\/w:tbl>/g)?.length ?? 0);
  for (const match of xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\/>/gs)) {
    const inner = match[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => (t[1] ?? '').replace(/&[a-z]+;/g, (entity) => ENTITIES[entity] ?? entity))
      .join('');
    const level = /<w:ilvl w:val="(\d+)"\/>/.exec(inner)?.[1];
    paragraphs.push({
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1],
      text,
      numberingLevel: level === undefined ? undefined : Number(level),
      inTable: tableDepth(match.index ?? 0) > 0,
    });
  }
  return paragraphs;
}

/** The text under each Heading 1 of a Word document, by heading. */
export function docxSections(xml: string): Map<string, string> {
  const sections = new Map<string, string>();
  let heading: string | undefined;
  for (const paragraph of docxParagraphs(xml)) {
    if (paragraph.style === 'Heading1') {
      heading = paragraph.text;
      sections.set(heading, '');
    } else if (heading !== undefined) {
      sections.set(heading, `${sections.get(heading)}${paragraph.text}\n`);
    }
  }
  return sections;
}
