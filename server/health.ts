/**
 * What /healthz reports. `degraded`: the process serves its own sockets but cannot reach the
 * other processes (Redis down); `down`: it cannot store updates (the database is unreachable,
 * read-only or full), so a load balancer should send people elsewhere; `reason` says why.
 */
export interface Health {
  status: 'ok' | 'degraded' | 'down';
  database: 'up' | 'down';
  /** Absent when the server runs alone, without Redis. */
  redis?: 'up' | 'down';
  /** Why the database is down, for whoever runs the server. */
  reason?: string;
}

/** Combines what each part says into one status: `databaseProblem` is why it cannot write. */
export function healthOf(databaseProblem: string | undefined, redis: boolean | undefined): Health {
  const database = databaseProblem === undefined;
  const status = !database ? 'down' : redis === false ? 'degraded' : 'ok';
  return {
    status,
    database: database ? 'up' : 'down',
    ...(redis === undefined ? {} : { redis: redis ? 'up' : 'down' }),
    ...(databaseProblem === undefined ? {} : { reason: databaseProblem }),
  };
}
