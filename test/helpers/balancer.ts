import { connect, createServer, type Socket } from 'node:net';

/**
 * A plain TCP load balancer in front of several servers, as nginx or HAProxy would be: each
 * new connection goes to the next server that accepts it (round robin, no stickiness), so a
 * client whose server died reconnects to another.
 */
export interface Balancer {
  port: number;
  wsUrl: string;
  /** The servers' ports; change it to add or drop servers. */
  backends: number[];
  close(): Promise<void>;
}

export async function startBalancer(backends: number[]): Promise<Balancer> {
  const open = new Set<Socket>();
  let next = 0;
  const balancer: Balancer = {
    port: 0,
    wsUrl: '',
    backends: [...backends],
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const tryBackend = (client: Socket, attempt: number) => {
    if (attempt >= balancer.backends.length || client.destroyed) {
      client.destroy();
      return;
    }
    const port = balancer.backends[next++ % balancer.backends.length] as number;
    const upstream = connect(port, '127.0.0.1');
    upstream.once('error', () => {
      if (upstream.readyState === 'opening' || !upstream.remoteAddress) {
        tryBackend(client, attempt + 1);
      } else client.destroy();
    });
    upstream.once('connect', () => {
      open.add(upstream);
      upstream.on('close', () => {
        open.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => client.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  };
  const server = createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.on('close', () => {
      open.delete(client);
    });
    client.on('error', () => {});
    tryBackend(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  balancer.port = address.port;
  balancer.wsUrl = `ws://127.0.0.1:${address.port}/sync`;
  return balancer;
}
