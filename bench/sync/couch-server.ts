/**
 * The peer's server, run as its own process by bench/sync/servers.ts: express-pouchdb (the
 * CouchDB HTTP protocol) over PouchDB on LevelDB in a fresh folder, with CORS for the bench
 * page's origin. No authentication: the classic stack's minimum for PouchDB replication.
 *
 *   COUCH_DATA_DIR=/tmp/x PORT=5984 node --import tsx bench/sync/couch-server.ts
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';

const dataDir = process.env['COUCH_DATA_DIR'];
const port = Number(process.env['PORT'] ?? '0');
if (!dataDir) throw new Error('COUCH_DATA_DIR must name the folder for the databases');

const LevelPouch = PouchDB.defaults({ prefix: `${dataDir}/` });
const couch = expressPouchDB(LevelPouch, {
  mode: 'minimumForPouchDB',
  configPath: join(dataDir, 'config.json'),
  logPath: join(dataDir, 'log.txt'),
});

const server = createServer((request, response) => {
  const origin = request.headers.origin;
  if (origin) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('access-control-allow-credentials', 'true');
    response.setHeader('vary', 'Origin');
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      'access-control-allow-methods': 'GET, PUT, POST, HEAD, DELETE',
      'access-control-allow-headers': 'accept, authorization, content-type, origin, referer',
      'access-control-max-age': '600',
    });
    response.end();
    return;
  }
  couch(request, response);
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.info(`listening on http://127.0.0.1:${address.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => process.exit(0)));
