import { useReactFlow } from '@xyflow/react';
import { useId, useMemo, useState } from 'react';
import { buildExportScene } from '../../shared/export/exportScene.ts';
import type { LegendEntry } from '../../shared/export/legendEntry.ts';
import { layoutMapPage } from '../../shared/export/mapSvg.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { downloadBlob, exportMap } from './exportMap.ts';
import { type ExportChoice, PAPER, type Paper, planExport, SCALES } from './exportPlan.ts';
import type { ExportFormat } from './fileName.ts';

const FORMATS: ReadonlyArray<{ format: ExportFormat; name: string; hint: string }> = [
  { format: 'png', name: 'PNG image', hint: 'For slides and documents' },
  {
    format: 'svg',
    name: 'SVG image',
    hint: 'Sharp at any size; opens in Inkscape, LibreOffice, PowerPoint',
  },
  { format: 'pdf', name: 'PDF page', hint: 'A4 or A3 landscape, with title, date and key' },
];

const PAGE_AT_ONE = { kind: 'scale', scale: 1 } as const;

/** The sizes React Flow measured for each node, so the export draws cards as big as on screen. */
function useMeasuredSizes(): ReadonlyMap<string, { width: number; height: number }> {
  const { getNodes } = useReactFlow();
  // Read once when the dialog opens: the export is of the map as it stands then.
  return useMemo(() => {
    const sizes = new Map<string, { width: number; height: number }>();
    for (const node of getNodes()) {
      const { width, height } = node.measured ?? {};
      if (node.type === 'body' && width && height) sizes.set(node.id, { width, height });
    }
    return sizes;
  }, [getNodes]);
}

/**
 * "Export the map": the format, the size (a scale for images, a paper for PDF) with what it
 * comes to and whether names will be readable, and whether to show problems. Must be
 * rendered inside the map's ReactFlowProvider.
 */
export function ExportDialog({
  snapshot,
  legend,
  flags,
  onClose,
}: {
  snapshot: MapSnapshot;
  legend: readonly LegendEntry[];
  flags: ReadonlyMap<string, 'error' | 'warning'>;
  onClose: () => void;
}) {
  const headingId = useId();
  const sizes = useMeasuredSizes();
  const [format, setFormat] = useState<ExportFormat>('png');
  const [scale, setScale] = useState<number | null>(null);
  const [paper, setPaper] = useState<Paper>('a4');
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const scene = useMemo(
    () => buildExportScene(snapshot, { sizes, flags }),
    [snapshot, sizes, flags],
  );
  const layoutFor = (size: Parameters<typeof layoutMapPage>[1]['size']) =>
    layoutMapPage(scene, { title: snapshot.title, subtitle: 'Exported', legend, size });
  const page = layoutFor(PAGE_AT_ONE);
  const nameAtOne = 15;
  const fitScale = (which: Paper) => layoutFor({ kind: 'page', ...PAPER[which] }).map.scale;
  const plan = (choice: ExportChoice) => planExport(choice, page, nameAtOne, fitScale);
  // The largest scale a PNG of this map can be drawn at without being shrunk.
  const defaultScale: number =
    SCALES.find((candidate) => plan({ format: 'png', scale: candidate }).scale === candidate) ??
    SCALES[SCALES.length - 1] ??
    1;
  const chosenScale = scale ?? defaultScale;
  const choice: ExportChoice =
    format === 'pdf' ? { format, paper } : { format, scale: chosenScale };
  const planned = plan(choice);
  const empty = snapshot.nodes.length === 0 && !snapshot.notes?.length;

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, fileName } = await exportMap(
        { snapshot, scene, legend, flags, showProblems, date: new Date() },
        choice,
        planned,
      );
      downloadBlob(blob, fileName);
      onClose();
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      setError(`The map could not be exported. ${reason}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog className="modal export-image-dialog" labelledBy={headingId} onClose={onClose}>
      <h2 id={headingId}>Export the map</h2>
      <fieldset>
        <legend>Format</legend>
        {FORMATS.map((option) => (
          <label key={option.format} className="export-choice">
            <input
              type="radio"
              name="export-format"
              value={option.format}
              checked={format === option.format}
              onChange={() => setFormat(option.format)}
            />
            <span>
              <span className="export-choice-name">{option.name}</span>
              <span className="export-choice-hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{format === 'pdf' ? 'Paper' : 'Size'}</legend>
        <div className="export-sizes">
          {format === 'pdf'
            ? (Object.keys(PAPER) as Paper[]).map((which) => (
                <label key={which} className="export-size">
                  <input
                    type="radio"
                    name="export-paper"
                    checked={paper === which}
                    onChange={() => setPaper(which)}
                  />
                  {PAPER[which].label}
                </label>
              ))
            : SCALES.map((candidate) => (
                <label key={candidate} className="export-size">
                  <input
                    type="radio"
                    name="export-scale"
                    checked={chosenScale === candidate}
                    onChange={() => setScale(candidate)}
                  />
                  {Math.round(candidate * 100)}%
                </label>
              ))}
        </div>
        <p className="export-outcome" aria-live="polite" data-testid="export-outcome">
          {format === 'pdf'
            ? `One page, ${PAPER[paper].label}; names print ${planned.nameSize.toFixed(1)} pt high.`
            : `${planned.width.toLocaleString('en-GB')} × ${planned.height.toLocaleString('en-GB')} px; names ${planned.nameSize.toFixed(1)} px high.`}
        </p>
        {planned.advice && <p className="export-advice">{planned.advice}</p>}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={showProblems}
          onChange={() => setShowProblems(!showProblems)}
        />
        Show problems (red and amber highlights)
      </label>
      {error && (
        <p className="export-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy || empty}
          onClick={() => void download()}
        >
          {busy ? 'Exporting…' : empty ? 'Nothing to export yet' : 'Download'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
