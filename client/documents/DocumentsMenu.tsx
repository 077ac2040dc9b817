import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { DOCUMENT_KIND_INFO, type DocumentKind } from '../../shared/documents/documentKinds.ts';
import { specAsAt } from '../../shared/documents/specAsAt.ts';
import { validateSpec } from '../../shared/rules/validateSpec.ts';
import { buildSpec } from '../../shared/spec/buildSpec.ts';
import { listVersions, type MapVersion } from '../app/api.ts';
import { useSelectedOne } from '../panels/selectionStore.ts';
import { useMapState } from '../store/useMapStore.ts';
import { formatSavedAt } from '../versions/formatSavedAt.ts';
import { documentChoices, whyNoDocuments } from './documentChoices.ts';
import { type DocumentFormat, downloadDocument } from './downloadDocument.ts';
import './documents.css';

interface DocumentsProps {
  mapId: string;
  token: string;
}

const FORMATS: ReadonlyArray<{ format: DocumentFormat; name: string }> = [
  { format: 'docx', name: 'Word' },
  { format: 'md', name: 'Markdown' },
];

type Status = { kind: 'busy' | 'done' | 'error'; text: string };

function DocumentsDialog({ mapId, token, onClose }: DocumentsProps & { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The one selected element, if any: its documents are offered first.
  const selectedId = useSelectedOne();
  // The map is read only while the dialog is open.
  const snapshot = useMapState((state) => state.snapshot);
  const headingId = useId();
  const selectId = useId();
  const sourceId = useId();
  const asAtId = useId();
  const asAtHintId = useId();
  // Which map the documents describe: as it is now or a saved version, as at a date or not.
  const [versionId, setVersionId] = useState<number | undefined>(undefined);
  const [asAt, setAsAt] = useState('');
  const [versions, setVersions] = useState<MapVersion[]>([]);
  useEffect(() => {
    let live = true;
    listVersions(mapId, token)
      .then((found) => live && setVersions(found))
      .catch(() => live && setVersions([]));
    return () => {
      live = false;
    };
  }, [mapId, token]);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  // The agreed map, as the server will write it; worked out only while the dialog is open.
  // As at a date, only the bodies in force that day are offered.
  const choices = useMemo(() => {
    const agreed = buildSpec(snapshot, {
      mapId,
      exportedAt: new Date().toISOString(),
      includes: 'agreed',
      validate: validateSpec,
    }).spec;
    return documentChoices(asAt ? specAsAt(agreed, asAt) : agreed);
  }, [snapshot, mapId, asAt]);
  const [bodyId, setBodyId] = useState(selectedId);
  const chosen = choices.find((choice) => choice.id === bodyId) ?? choices[0];
  const note = whyNoDocuments(snapshot, choices, selectedId);
  const [status, setStatus] = useState<Status | null>(null);

  const download = async (kind: DocumentKind, format: DocumentFormat) => {
    if (!chosen) return;
    setStatus({
      kind: 'busy',
      text: `Writing the ${DOCUMENT_KIND_INFO[kind].title.toLowerCase()}…`,
    });
    try {
      const fileName = await downloadDocument(mapId, token, kind, chosen.id, format, {
        ...(asAt ? { asAt } : {}),
        ...(versionId !== undefined ? { versionId } : {}),
      });
      setStatus({ kind: 'done', text: `Downloaded ${fileName}.` });
    } catch (cause) {
      setStatus({ kind: 'error', text: cause instanceof Error ? cause.message : String(cause) });
    }
  };

  return (
    <dialog ref={dialog} className="documents-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>Governance documents</h2>
      <p className="muted">
        Drafts made from the agreed map. What the map does not say reads “[to be agreed]”, and the
        open findings that affect a document are listed at its end.
      </p>
      <div className="documents-source">
        <div>
          <label htmlFor={sourceId}>From</label>
          <select
            id={sourceId}
            value={versionId ?? ''}
            onChange={(event) => {
              setVersionId(event.target.value ? Number(event.target.value) : undefined);
              setStatus(null);
            }}
          >
            <option value="">The map as it is now</option>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                Version “{version.name}”, {formatSavedAt(version.createdAt)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={asAtId}>As at</label>
          <input
            id={asAtId}
            type="date"
            value={asAt}
            aria-describedby={asAtHintId}
            onChange={(event) => {
              setAsAt(event.target.value);
              setStatus(null);
            }}
          />
        </div>
      </div>
      <p id={asAtHintId} className="muted documents-hint">
        {asAt
          ? 'Only what is in force on that date (its valid from and to) is in the documents.'
          : 'Leave the date empty for everything on the map, whatever its dates.'}
      </p>
      {note && <p className="documents-note">{note}</p>}
      {chosen === undefined ? (
        <p>
          No agreed body has a document yet. Agree a committee, partnership, collaborative, ICB,
          delegation or section 75 pool first.
        </p>
      ) : (
        <>
          <label htmlFor={selectId}>Body</label>
          <select
            id={selectId}
            value={chosen.id}
            onChange={(event) => {
              setBodyId(event.target.value);
              setStatus(null);
            }}
          >
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
          <ul className="documents-list" aria-label={`Documents for ${chosen.name}`}>
            {chosen.kinds.map((kind) => {
              const { title } = DOCUMENT_KIND_INFO[kind];
              return (
                <li key={kind}>
                  <span className="documents-title">{title}</span>
                  {FORMATS.map(({ format, name }) => (
                    <button
                      key={format}
                      type="button"
                      aria-label={`${title} as ${name}`}
                      disabled={status?.kind === 'busy'}
                      onClick={() => void download(kind, format)}
                    >
                      {name}
                    </button>
                  ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {status && (
        <p
          className={status.kind === 'error' ? 'documents-error' : 'muted'}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/**
 * "Documents" in the map's top bar: the governance documents of the selected body (or of
 * one chosen from a list), downloaded as Word or Markdown from the server.
 */
export const DocumentsMenu = memo(function DocumentsMenu(props: DocumentsProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Documents
      </button>
      {open && <DocumentsDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
});
