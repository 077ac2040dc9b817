/**
 * What /healthz reports. `degraded`: the process serves its own sockets but cannot reach the
 * other processes (Redis down); `down`: it cannot store updates (the database is unreachable),
 * so a load balancer should send people elsewhere.
 */
export interface Health {
  status: 'ok' | 'degraded' | 'down';
  database: 'up' | 'down';
  /** Absent when the server runs alone, without Redis. */
  redis?: 'up' | 'down';
}

/** Combines what each part says into one status. */
export function healthOf(database: boolean, redis: boolean | undefined): Health {
  const status = !database ? 'down' : redis === false ? 'degraded' : 'ok';
  return {
    status,
    database: database ? 'up' : 'down',
    ...(redis === undefined ? {} : { redis: redis ? 'up' : 'down' }),
  };
}
