import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Runs on a thread of its own: CommonJS given as text, so the thread loads neither TypeScript nor the project, only the
 * driver. The bytes are handed over, not copied, where the driver's buffer is theirs alone.
 */
const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
// Pages read from the file's mapping, not copied through SQLite's page cache one by one: a fifth less time for a stored set.
db.pragma('mmap_size = ${2 ** 30}');
try {
  const statement = db.prepare('SELECT key, data FROM analyses WHERE key = ?');
  // Each entry handed over as soon as it is read, so the caller unpacks one while the next is read.
  for (const key of workerData.keys) {
    const row = statement.get(key);
    if (!row) continue;
    const data = new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
    parentPort.postMessage({ key: row.key, data }, data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? [data.buffer] : []);
  }
  parentPort.postMessage({ done: true });
} finally {
  db.close();
}
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * The entries under `keys` of the analyses table in the SQLite file at `path`, read in turn on another thread by a
 * connection of its own, each handed to `each` as it arrives. A restart's stored set is tens of MB (stored-set.ts):
 * reading it was a sixth of a restart, on the thread that lists and stats the set's files meanwhile. Rejects on any
 * failure, after the entries handed over so far; the caller reads the others itself then.
 */
export function readOnThread(path: string, keys: readonly string[], each: (key: string, bytes: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // No --import of the parent's (tsx): the reader is plain JavaScript, and starts in a few milliseconds without it.
    const worker = new Worker(READER, { eval: true, execArgv: [], workerData: { driver, path, keys } });
    worker.on('message', (message: { key: string; data: Uint8Array } | { done: true }) => {
      if ('done' in message) resolve();
      else each(message.key, message.data);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the reading thread ended (${code}) without an answer`)));
  });
}
