import { type DragEvent, useState } from 'react';
import { parseSpecText } from '../../shared/spec/parseSpec.ts';
import { ApiError, importSpec, type MapLinks, type SpecProblem } from './api.ts';

/** Where an import stands. */
type ImportState =
  | { state: 'idle' }
  | { state: 'busy'; fileName: string }
  | { state: 'refused'; fileName: string; problems: SpecProblem[] }
  | { state: 'failed'; message: string };

/**
 * Starts a map from a governance spec file, chosen or dropped. The file is checked here
 * first, so every problem is listed at once with its JSON path, and nothing is created
 * until it is a valid spec (the server checks again).
 */
export function ImportSpec({
  onImported,
}: {
  onImported: (map: { title: string; links: MapLinks }) => void;
}) {
  const [status, setStatus] = useState<ImportState>({ state: 'idle' });
  const [over, setOver] = useState(false);

  async function load(file: File) {
    setStatus({ state: 'busy', fileName: file.name });
    const parsed = parseSpecText(await file.text());
    if (!parsed.ok) {
      setStatus({ state: 'refused', fileName: file.name, problems: parsed.problems });
      return;
    }
    try {
      const map = await importSpec(parsed.spec);
      setStatus({ state: 'idle' });
      onImported(map);
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details)) {
        setStatus({
          state: 'refused',
          fileName: file.name,
          problems: error.details as SpecProblem[],
        });
      } else {
        setStatus({
          state: 'failed',
          message: error instanceof Error ? error.message : 'The import failed.',
        });
      }
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void load(file);
  }

  return (
    <section
      className={`card import-card${over ? ' is-over' : ''}`}
      aria-labelledby="import-heading"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="import-drop"
    >
      <h2 id="import-heading">Start from a governance spec</h2>
      <p className="muted">
        Drop a <code>.governance.json</code> file here, or choose one. Accord builds the map it
        describes — the same bodies, footprints and relationships — and lays it out.
      </p>
      <label className="button file-button">
        Choose a spec file…
        <input
          type="file"
          accept=".json,application/json"
          aria-label="Governance spec file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void load(file);
            event.target.value = '';
          }}
        />
      </label>
      {status.state === 'busy' && <p className="muted">Reading {status.fileName}…</p>}
      {status.state === 'failed' && (
        <p className="error" role="alert">
          {status.message}
        </p>
      )}
      {status.state === 'refused' && (
        <div role="alert" className="import-problems">
          <p className="error">
            {status.fileName} is not a valid governance spec ({status.problems.length} problem
            {status.problems.length === 1 ? '' : 's'}). Nothing was created.
          </p>
          <ul>
            {status.problems.map((problem) => (
              <li key={problem.path + problem.message}>
                <code>{problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
