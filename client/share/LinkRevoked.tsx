import './share.css';

/**
 * What the holder of a link that no longer opens the map sees, in place of the map: nothing
 * of the map stays on screen to be edited.
 */
export function LinkRevoked({ replaced = false }: { replaced?: boolean }) {
  return (
    <main className="page link-revoked">
      <div className="card">
        <h1>This link no longer works — ask the facilitator for a new one</h1>
        <p role="alert">
          {replaced
            ? 'The facilitator has replaced this link with a new one, so it was disconnected.'
            : 'It may have been replaced by a new link, or it may be incomplete or mistyped.'}
        </p>
        <p className="muted">
          A facilitator replaces a link when it should stop working, for example when it has been
          passed to people it was not meant for.
        </p>
        <p>
          <a href="/">Go to the Accord home page</a>
        </p>
      </div>
    </main>
  );
}
