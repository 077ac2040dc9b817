/** WebSocket close codes the sync server uses (RFC 6455 and the y-websocket convention). */
export const CLOSE_GOING_AWAY = 1001;
/** A text frame or a message type the protocol does not have. */
export const CLOSE_UNSUPPORTED_DATA = 1003;
/** A binary frame that does not decode. */
export const CLOSE_INVALID_PAYLOAD = 1007;
/** A frame, or a presence in it, larger than the server takes. */
export const CLOSE_MESSAGE_TOO_BIG = 1009;
/** The server could not keep the doc (e.g. the store failed); clients retry. */
export const CLOSE_INTERNAL_ERROR = 1011;
/** The token was revoked: 44xx tells y-websocket clients not to reconnect. */
export const CLOSE_TOKEN_REVOKED = 4403;
