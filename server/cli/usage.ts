/** What `accord` accepts; printed on --help and on a bad command line. */
export const USAGE = `Usage: accord serve [--port 1234] [--data ./data] [--host 0.0.0.0]

Commands:
  serve    Serve the web app, the REST API and the sync socket on one port.

Options for serve:
  --port N      port to listen on (env PORT, default 1234; 0 picks a free port)
  --data DIR    where the database lives (env DATA_DIR, default ./data)
  --host ADDR   interface to listen on (env HOST, default 0.0.0.0)
  -h, --help    show this help
`;
