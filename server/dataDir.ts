import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the room server keeps on disk, in one folder: its secret (so tokens survive a restart),
 * the rooms it knows, and each live document, so a restarted server resumes before everyone
 * has reconnected. Plain files written whole and renamed into place: no native modules, so
 * the same install runs on every Node the server supports.
 */
export interface DataDir {
  secret: Buffer;
  readRooms: () => unknown;
  writeRooms: (rooms: unknown) => void;
  readDoc: (name: string) => Uint8Array | undefined;
  writeDoc: (name: string, state: Uint8Array) => void;
  deleteDocs: (prefix: string) => void;
}

/** A document's file name: its name with the slashes made safe (names are checked before they get here). */
const fileOf = (name: string) => `${name.replace(/\//g, '~')}.bin`;

function writeWhole(path: string, data: string | Uint8Array) {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, data, { mode: 0o600 });
  renameSync(temporary, path);
}

function loadSecret(folder: string): Buffer {
  const path = join(folder, 'secret');
  if (existsSync(path)) {
    const secret = readFileSync(path);
    if (secret.length >= 32) return secret;
  }
  const secret = randomBytes(32);
  writeWhole(path, secret);
  return secret;
}

export function openDataDir(folder: string): DataDir {
  const docs = join(folder, 'docs');
  mkdirSync(docs, { recursive: true, mode: 0o700 });
  const roomsFile = join(folder, 'rooms.json');
  return {
    secret: loadSecret(folder),
    readRooms: () => {
      try {
        return JSON.parse(readFileSync(roomsFile, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    writeRooms: (rooms) => writeWhole(roomsFile, JSON.stringify(rooms)),
    readDoc: (name) => {
      const path = join(docs, fileOf(name));
      return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
    },
    writeDoc: (name, state) => writeWhole(join(docs, fileOf(name)), state),
    deleteDocs: (prefix) => {
      const start = fileOf(prefix).replace(/\.bin$/, '');
      for (const file of readdirSync(docs)) if (file.startsWith(start)) rmSync(join(docs, file), { force: true });
    },
  };
}

/** The same, held in memory only: for a server that should forget everything when it stops. */
export function memoryDataDir(): DataDir {
  const docs = new Map<string, Uint8Array>();
  let rooms: unknown;
  return {
    secret: randomBytes(32),
    readRooms: () => rooms,
    writeRooms: (next) => (rooms = structuredClone(next)),
    readDoc: (name) => docs.get(name),
    writeDoc: (name, state) => docs.set(name, state),
    deleteDocs: (prefix) => {
      for (const name of docs.keys()) if (name.startsWith(prefix)) docs.delete(name);
    },
  };
}
