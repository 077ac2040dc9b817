import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../../log.ts';
import type { Relay, RelayMessage } from './Relay.ts';

/**
 * The relay over Redis pub/sub: one channel per map (`<prefix>room:<mapId>`) and one for
 * revoked tokens (`<prefix>revoked`).
 *
 * Pub/sub rather than streams: every update is in the database before it is published, so
 * Redis need not keep anything. Pub/sub delivers at once to whoever listens and holds no
 * memory; a process that was cut off (Redis restarted, its connection dropped) reloads its
 * rooms from the database when it is back and asks the others to do the same, which streams'
 * replay would only duplicate.
 */

const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;
const KIND_RELOAD = 2;
const SENDER_BYTES = 8;

function encode(sender: Buffer, message: RelayMessage): Buffer {
  switch (message.kind) {
    case 'update':
      return Buffer.concat([Buffer.from([KIND_UPDATE]), sender, message.update]);
    case 'awareness':
      return Buffer.concat([Buffer.from([KIND_AWARENESS]), sender, message.update]);
    case 'reload':
      return Buffer.concat([Buffer.from([KIND_RELOAD]), sender]);
    default: {
      const unknown: never = message;
      throw new Error(`unknown relay message ${JSON.stringify(unknown)}`);
    }
  }
}

function decode(data: Buffer): { sender: Buffer; message: RelayMessage } | undefined {
  if (data.length < 1 + SENDER_BYTES) return undefined;
  const sender = data.subarray(1, 1 + SENDER_BYTES);
  const payload = new Uint8Array(data.subarray(1 + SENDER_BYTES));
  switch (data[0]) {
    case KIND_UPDATE:
      return { sender, message: { kind: 'update', update: payload } };
    case KIND_AWARENESS:
      return { sender, message: { kind: 'awareness', update: payload } };
    case KIND_RELOAD:
      return { sender, message: { kind: 'reload' } };
    default:
      return undefined;
  }
}

export interface RedisRelayOptions {
  url: string;
  /** Put before every channel name, so several deployments (or test runs) share one Redis. */
  prefix: string;
  log: Logger;
}

/** Connects to Redis; resolves once both connections are up (or rejects after ~5 s). */
export async function openRedisRelay(options: RedisRelayOptions): Promise<Relay> {
  const { prefix, log } = options;
  const sender = randomBytes(SENDER_BYTES);
  const retryStrategy = (times: number) => Math.min(100 * times, 1_000);
  // Publishing fails at once while Redis is down (the reload afterwards makes up for it);
  // the subscriber queues its subscriptions and makes them again when it reconnects.
  const publisher = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy,
    lazyConnect: true,
  });
  const subscriber = new Redis(options.url, {
    autoResubscribe: true,
    maxRetriesPerRequest: null,
    retryStrategy,
    lazyConnect: true,
  });
  for (const [name, connection] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    connection.on('error', (error: Error) => log.debug('redis error', { connection: name, error }));
  }
  const revokedChannel = `${prefix}revoked`;
  const roomChannel = (mapId: string) => `${prefix}room:${mapId}`;
  const listeners = new Map<string, Set<(message: RelayMessage) => void>>();
  const revokedHandlers: ((mapId: string, tokenHash: string) => void)[] = [];
  const reconnectedHandlers: (() => void)[] = [];

  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(revokedChannel);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    throw new Error(
      `Could not reach Redis at REDIS_URL: ${error instanceof Error ? error.message : error}`,
    );
  }

  subscriber.on('messageBuffer', (channelBuffer: Buffer, data: Buffer) => {
    const channel = channelBuffer.toString();
    if (channel === revokedChannel) {
      try {
        const { mapId, tokenHash, from } = JSON.parse(data.toString()) as Record<string, string>;
        if (from === sender.toString('hex') || !mapId || !tokenHash) return;
        for (const handler of revokedHandlers) handler(mapId, tokenHash);
      } catch (error) {
        log.warn('unreadable relay message', { channel, error });
      }
      return;
    }
    const mapId = channel.slice(`${prefix}room:`.length);
    const decoded = decode(data);
    if (!decoded) {
      log.warn('unreadable relay message', { channel });
      return;
    }
    if (decoded.sender.equals(sender)) return;
    for (const listener of listeners.get(mapId) ?? []) listener(decoded.message);
  });

  // A gap on either connection loses messages (the others' or this process's own), so once
  // both are back this process catches up and asks the others to.
  let cutOff = false;
  const onClose = () => {
    if (!cutOff) log.warn('lost Redis: serving this process’s own sockets only');
    cutOff = true;
  };
  const onReady = () => {
    if (!cutOff || publisher.status !== 'ready' || subscriber.status !== 'ready') return;
    cutOff = false;
    log.info('Redis is back: reloading open rooms');
    // Subscribed again before reloading, so nothing falls between the reload and the feed.
    const channels = [revokedChannel, ...[...listeners.keys()].map(roomChannel)];
    subscriber.subscribe(...channels).then(
      () => {
        for (const handler of reconnectedHandlers) handler();
      },
      (error: unknown) => log.warn('could not subscribe again', { error }),
    );
  };
  for (const connection of [publisher, subscriber]) {
    connection.on('close', onClose);
    connection.on('ready', onReady);
  }

  const publish = (channel: string, data: Buffer) => {
    if (publisher.status !== 'ready') return;
    publisher.publish(channel, data).catch((error: unknown) => {
      // Lost on the way: the others catch up from the database when the connection is back.
      log.debug('could not publish', { channel, error });
      onClose();
      onReady();
    });
  };

  return {
    join(mapId, listener) {
      let set = listeners.get(mapId);
      const first = !set;
      if (!set) {
        set = new Set();
        listeners.set(mapId, set);
      }
      set.add(listener);
      const ready =
        first && subscriber.status === 'ready'
          ? subscriber.subscribe(roomChannel(mapId)).then(
              () => {},
              (error: unknown) => log.warn('could not subscribe', { mapId, error }),
            )
          : Promise.resolve();
      // While Redis is down the subscription waits in ioredis's queue; the room goes on.
      if (first && subscriber.status !== 'ready') {
        subscriber.subscribe(roomChannel(mapId)).catch(() => {});
      }
      return {
        ready,
        leave() {
          const current = listeners.get(mapId);
          if (!current?.delete(listener) || current.size > 0) return;
          listeners.delete(mapId);
          subscriber.unsubscribe(roomChannel(mapId)).catch(() => {});
        },
      };
    },
    publish(mapId, message) {
      publish(roomChannel(mapId), encode(sender, message));
    },
    publishRevoked(mapId, tokenHash) {
      publish(
        revokedChannel,
        Buffer.from(JSON.stringify({ mapId, tokenHash, from: sender.toString('hex') })),
      );
    },
    onRevoked(handler) {
      revokedHandlers.push(handler);
    },
    onReconnected(handler) {
      reconnectedHandlers.push(handler);
    },
    isUp() {
      return publisher.status === 'ready' && subscriber.status === 'ready' && !cutOff;
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
