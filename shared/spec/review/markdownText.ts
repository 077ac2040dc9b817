/** Text made safe for Markdown prose: characters that would start formatting are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** Text made safe for a Markdown table cell: pipes escaped, lines joined, empty shown as "—". */
export function escapeCell(text: string): string {
  const escaped = escapeMarkdown(text).trim();
  return escaped === '' ? '—' : escaped;
}

/** A Markdown table: cells are escaped here, so pass plain text. */
export function markdownTable(headers: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
