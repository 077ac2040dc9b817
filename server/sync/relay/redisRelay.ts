import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../../log.ts';
import { HEARTBEAT_MS, ProcessLiveness } from './ProcessLiveness.ts';
import type { Relay, RelayMessage } from './Relay.ts';

/**
 * The relay over Redis pub/sub: one channel per map (`<prefix>room:<mapId>`), one for revoked
 * tokens (`<prefix>revoked`), one where every process says it is alive each second
 * (`<prefix>alive`: another process's presence is dropped soon after it falls silent), and one
 * per process for answers meant for it alone (`<prefix>process:<id>`: how many sockets each
 * process closed for a revoked token).
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
/** How long a rotation waits for the other processes to say how many sockets they closed. */
const REVOCATION_ANSWER_MS = 2_000;

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
  // Soon after Redis is back: every process reloads its rooms as soon as both connections are.
  const retryStrategy = (times: number) => Math.min(50 * times, 500);
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
  const self = sender.toString('hex');
  const revokedChannel = `${prefix}revoked`;
  const aliveChannel = `${prefix}alive`;
  const ownChannel = `${prefix}process:${self}`;
  const roomChannel = (mapId: string) => `${prefix}room:${mapId}`;
  const listeners = new Map<string, Set<(message: RelayMessage, from: string) => void>>();
  const revokedHandlers: ((mapId: string, tokenHash: string) => number)[] = [];
  const reconnectedHandlers: (() => void)[] = [];
  const goneHandlers: ((processId: string) => void)[] = [];
  const liveness = new ProcessLiveness();
  /** Rotations made here, waiting for the other processes' counts. */
  const tallies = new Map<string, { answers: number; expected: number; closed: number }>();
  const tallyDone = new Map<string, () => void>();

  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(revokedChannel, aliveChannel, ownChannel);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    throw new Error(
      `Could not reach Redis at REDIS_URL: ${error instanceof Error ? error.message : error}`,
    );
  }

  const onRevokedMessage = (data: Buffer) => {
    const { mapId, tokenHash, from, id } = JSON.parse(data.toString()) as Record<string, string>;
    if (from === self || !mapId || !tokenHash || !from) return;
    liveness.heard(from, Date.now());
    let closed = 0;
    for (const handler of revokedHandlers) closed += handler(mapId, tokenHash);
    if (id) publish(`${prefix}process:${from}`, Buffer.from(JSON.stringify({ id, closed })));
  };

  const onAnswer = (data: Buffer) => {
    const { id, closed } = JSON.parse(data.toString()) as { id?: string; closed?: number };
    const tally = id === undefined ? undefined : tallies.get(id);
    if (!tally || id === undefined) return;
    tally.answers++;
    tally.closed += typeof closed === 'number' ? closed : 0;
    if (tally.answers >= tally.expected) tallyDone.get(id)?.();
  };

  subscriber.on('messageBuffer', (channelBuffer: Buffer, data: Buffer) => {
    const channel = channelBuffer.toString();
    if (channel === aliveChannel) {
      const from = data.toString();
      if (from !== self) liveness.heard(from, Date.now());
      return;
    }
    if (channel === revokedChannel || channel === ownChannel) {
      try {
        if (channel === revokedChannel) onRevokedMessage(data);
        else onAnswer(data);
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
    const from = decoded.sender.toString('hex');
    liveness.heard(from, Date.now());
    for (const listener of listeners.get(mapId) ?? []) listener(decoded.message, from);
  });

  // A gap on either connection loses messages (the others' or this process's own), so once
  // both are back this process catches up and asks the others to. One catch-up at a time: a
  // connection that flaps (or publishes that fail while Redis goes away) must not start a
  // reload of every room per event; a gap during a catch-up gets one more once it is done.
  let cutOff = false;
  let catchingUp = false;
  const onClose = () => {
    if (!cutOff) log.warn('lost Redis: serving this process’s own sockets only');
    cutOff = true;
  };
  const onReady = () => {
    if (catchingUp || !cutOff || publisher.status !== 'ready' || subscriber.status !== 'ready') {
      return;
    }
    catchingUp = true;
    cutOff = false;
    liveness.restart(Date.now());
    log.info('Redis is back: reloading open rooms');
    // Subscribed again before reloading, so nothing falls between the reload and the feed.
    const channels = [
      revokedChannel,
      aliveChannel,
      ownChannel,
      ...[...listeners.keys()].map(roomChannel),
    ];
    subscriber
      .subscribe(...channels)
      .then(
        () => {
          // The others were silent because this process was cut off, not because they died.
          liveness.restart(Date.now());
          for (const handler of reconnectedHandlers) handler();
        },
        (error: unknown) => {
          log.warn('could not subscribe again', { error });
          cutOff = true;
        },
      )
      .finally(() => {
        catchingUp = false;
        // Cut off again meanwhile: catch up once more, soon (or when the connections are back).
        if (cutOff) setTimeout(onReady, 100).unref();
      });
  };
  for (const connection of [publisher, subscriber]) {
    connection.on('close', onClose);
    connection.on('ready', onReady);
  }

  const publish = (channel: string, data: Buffer): Promise<number> => {
    if (publisher.status !== 'ready') return Promise.resolve(0);
    return publisher.publish(channel, data).catch((error: unknown) => {
      // Lost on the way: the others catch up from the database when the connection is back.
      log.debug('could not publish', { channel, error });
      onClose();
      onReady();
      return 0;
    });
  };

  // Alive, each second; and whoever has been silent too long, while this process hears the
  // relay, has gone.
  const heartbeat = setInterval(() => {
    void publish(aliveChannel, Buffer.from(self));
    if (cutOff || publisher.status !== 'ready' || subscriber.status !== 'ready') return;
    for (const processId of liveness.sweep(Date.now())) {
      log.info('another process has gone silent: dropping its presence', { processId });
      for (const handler of goneHandlers) handler(processId);
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const publishRevoked = async (mapId: string, tokenHash: string): Promise<number> => {
    const id = randomBytes(8).toString('hex');
    // Counted before publishing: an answer may come back before the publish's own reply.
    const tally = { answers: 0, expected: Number.POSITIVE_INFINITY, closed: 0 };
    tallies.set(id, tally);
    let timer: NodeJS.Timeout | undefined;
    const answered = new Promise<void>((resolve) => {
      tallyDone.set(id, resolve);
      timer = setTimeout(resolve, REVOCATION_ANSWER_MS);
    });
    try {
      const message = Buffer.from(JSON.stringify({ mapId, tokenHash, from: self, id }));
      // Redis says how many subscribers heard it; one of them is this process.
      const heard = await publish(revokedChannel, message);
      tally.expected = Math.max(0, heard - 1);
      if (tally.answers >= tally.expected) return tally.closed;
      await answered;
      return tally.closed;
    } finally {
      clearTimeout(timer);
      tallies.delete(id);
      tallyDone.delete(id);
    }
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
      void publish(roomChannel(mapId), encode(sender, message));
    },
    publishRevoked,
    onRevoked(handler) {
      revokedHandlers.push(handler);
    },
    onReconnected(handler) {
      reconnectedHandlers.push(handler);
    },
    onProcessGone(handler) {
      goneHandlers.push(handler);
    },
    isUp() {
      return publisher.status === 'ready' && subscriber.status === 'ready' && !cutOff;
    },
    async close() {
      clearInterval(heartbeat);
      for (const done of tallyDone.values()) done();
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
