import { encodeQueryParams } from 'lib0/url';
import { mapLinkOfPage } from '../app/route.ts';

/** The server's sync endpoint, on this page's host. */
export function syncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/**
 * What a map's first socket tells the server: the link's token, and that the browser's doc
 * holds nothing yet (a server still loading the map then sends what it has stored at once).
 */
export function firstSocketParams(token: string): { token: string; holds?: 'nothing' } {
  return { token, holds: 'nothing' };
}

/** A socket opened as the page's script starts, and what it has been sent since. */
interface EarlySocket {
  url: string;
  socket: WebSocket;
  messages: unknown[];
  keep: (event: MessageEvent) => void;
  timer: ReturnType<typeof setTimeout>;
}

let early: EarlySocket | null = null;

/** An early socket the map's connection has not claimed by then is closed. */
const UNCLAIMED_MS = 10_000;

/**
 * Opens the socket of the map this page's address names, with its token, as the page's
 * script starts: before React, the workspace and the browser's copy of the map, so that the
 * server reads the map and sends it (the socket says it holds nothing, as the map's
 * connection's first socket does) while the page gets ready. The map's connection claims it
 * (`ClaimingWebSocket`). Nothing is said on it until then: no presence, no request.
 */
export function openEarlySocket(): void {
  if (typeof WebSocket === 'undefined' || early) return;
  const link = mapLinkOfPage();
  if (!link) return;
  // As y-websocket makes a provider's address: the server, the room, then its params.
  const url = `${syncUrl()}/${link.mapId}?${encodeQueryParams(firstSocketParams(link.token))}`;
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  const messages: unknown[] = [];
  const keep = (event: MessageEvent) => messages.push(event.data);
  socket.addEventListener('message', keep);
  const timer = setTimeout(() => {
    if (early?.socket !== socket) return;
    early = null;
    socket.close();
  }, UNCLAIMED_MS);
  early = { url, socket, messages, keep, timer };
}

/**
 * The socket opened early for this address, once, with what it missed told to the handlers
 * its claimant sets as it takes it (y-websocket sets them right after making the socket):
 * that it is open, then each message in order, before any later event. Null when there is
 * none, it is for another address, or it has closed (its claimant then opens its own).
 */
function claimEarlySocket(url: string): WebSocket | null {
  const claimed = early;
  early = null;
  if (!claimed) return null;
  const { socket, messages } = claimed;
  clearTimeout(claimed.timer);
  socket.removeEventListener('message', claimed.keep);
  if (claimed.url !== url || socket.readyState > WebSocket.OPEN) {
    socket.close();
    return null;
  }
  queueMicrotask(() => {
    if (socket.readyState !== WebSocket.OPEN) return;
    socket.onopen?.(new Event('open'));
    for (const data of messages) socket.onmessage?.(new MessageEvent('message', { data }));
  });
  return socket;
}

/**
 * The WebSocket a map's provider makes (y-websocket's `WebSocketPolyfill`): the socket
 * opened early for its address if there is one, else a new one.
 */
export const ClaimingWebSocket = function ClaimingWebSocket(
  url: string,
  protocols?: string | string[],
): WebSocket {
  return claimEarlySocket(url) ?? new WebSocket(url, protocols);
} as unknown as typeof WebSocket;
