import { createDyad } from '../../index.js';
import { openStore } from '../../store/index.js';
import { EXIT, type Command } from '../command.js';
import { portOption, startServer, untilStopped } from '../serve.js';

/** `dyad serve`: the HTTP API and the dashboard. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the dashboard',
  usage: `dyad serve [--db PATH|URL] [--port 8080] [--host 127.0.0.1] [--token TOKEN]

Serves the JSON API (described at /openapi.json) and the dashboard at /. Writes (POST /articles) need
--token (or DYAD_TOKEN) when the server listens beyond loopback. Stops on Ctrl-C.`,
  options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' } },
  async run({ values }, io) {
    const host = (values.host as string | undefined) ?? '127.0.0.1';
    const port = portOption(values.port, 8080);
    const store = await openStore(values.db as string | undefined);
    try {
      const { app, url } = await startServer(store, createDyad(), {
        host,
        port,
        token: (values.token as string | undefined) ?? process.env.DYAD_TOKEN,
      });
      io.out(`dyad: serving the API and dashboard at ${url} (Ctrl-C to stop)`);
      await untilStopped();
      await app.close();
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};
