import { useState } from 'react';
import type { MapSession } from '../collab/useMapSession.ts';
import { ShareDialog } from './ShareDialog.tsx';

/** The owner's Share button in the top bar, and the dialog it opens. */
export function ShareButton({ session, token }: { session: MapSession; token: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share
      </button>
      {open && <ShareDialog session={session} token={token} onClose={() => setOpen(false)} />}
    </>
  );
}
