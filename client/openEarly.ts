// The first module the page runs (main.tsx imports it first): the map's socket opens before the
// rest of the app is evaluated and drawn (client/collab/earlySocket.ts).
import { openEarlySocket } from './collab/earlySocket.ts';

openEarlySocket();
