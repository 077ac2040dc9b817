import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { downloadDataUrl, exportMapImage } from './exportImage.ts';
import type { ExportFormat } from './fileName.ts';
import type { LegendEntry } from './legend.ts';
import './export.css';

const FORMATS: ReadonlyArray<{ format: ExportFormat; name: string; hint: string }> = [
  { format: 'png', name: 'PNG image', hint: 'For slides and documents' },
  { format: 'svg', name: 'SVG image', hint: 'Sharp at any size, for print' },
];

/**
 * "Export image": downloads the whole map, with its title and key, as PNG or SVG.
 * Must be rendered inside the map's ReactFlowProvider.
 */
export function ExportButton({ title, legend }: { title: string; legend: LegendEntry[] }) {
  const { getNodes } = useReactFlow();
  const store = useStoreApi();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const inside = event.target instanceof Node && root.current?.contains(event.target);
      if (!inside) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    // Keyboard users land on the first choice, as in any menu.
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      setOpen(false);
      setBusy(true);
      setError(null);
      try {
        const viewportElement = store
          .getState()
          .domNode?.querySelector<HTMLElement>('.react-flow__viewport');
        if (!viewportElement) throw new Error('The map is not on screen yet.');
        const image = await exportMapImage({
          format,
          title,
          nodes: getNodes(),
          legend,
          viewportElement,
        });
        downloadDataUrl(image.dataUrl, image.fileName);
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        setError(`The image could not be exported. ${reason}`);
      } finally {
        setBusy(false);
      }
    },
    [store, getNodes, title, legend],
  );

  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={busy}
        onClick={() => setOpen((was) => !was)}
      >
        {busy ? 'Exporting…' : 'Export image'}
      </button>
      {open && (
        <div className="export-menu-list" role="menu" id={menuId} aria-label="Export image as">
          {FORMATS.map(({ format, name, hint }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              aria-label={name}
              onClick={() => void exportAs(format)}
            >
              <span className="export-menu-name">{name}</span>
              <span className="export-menu-hint">{hint}</span>
            </button>
          ))}
        </div>
      )}
      {error && (
        <p className="export-error" role="alert">
          {error}
          <button type="button" className="export-error-close" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
