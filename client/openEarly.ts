// The first module the page runs (main.tsx imports it first): the question about the map and
// the map's socket go to the server before the rest of the app is evaluated and drawn
// (client/app/earlyMapInfo.ts, client/collab/earlySocket.ts). The question goes first, so the
// server answers it before it builds the map's doc for the socket.
import { askMapInfoEarly } from './app/earlyMapInfo.ts';
import { openEarlySocket } from './collab/earlySocket.ts';

askMapInfoEarly();
openEarlySocket();
