import { randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, isPid, isRoomCode, ROOM_LIMITS } from '../src/room/protocol';
import type { DataDir } from './dataDir';

/** One room as the server knows it: whether it takes new participants, who has joined, when it ends. */
export interface Room {
  code: string;
  title: string;
  joinOpen: boolean;
  ended: boolean;
  expiresAt: number;
  /** Everyone who has joined, with how many connections each has open now. */
  participants: Map<string, number>;
}

type StoredRoom = Omit<Room, 'participants'> & { participants: string[] };

const newCode = () => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

function readStored(value: unknown): Room[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: Partial<StoredRoom>) =>
    entry && typeof entry.code === 'string' && isRoomCode(entry.code) && typeof entry.expiresAt === 'number'
      ? [
          {
            code: entry.code,
            title: typeof entry.title === 'string' ? entry.title.slice(0, 200) : '',
            joinOpen: entry.joinOpen !== false,
            ended: entry.ended === true,
            expiresAt: entry.expiresAt,
            participants: new Map((Array.isArray(entry.participants) ? entry.participants : []).filter(isPid).map((pid) => [pid, 0])),
          },
        ]
      : [],
  );
}

/**
 * The rooms this server runs. It is written to the data folder on every change that must
 * survive a restart (a room opened, joining closed, a participant joined, a room ended), and
 * forgets a room's participants and documents when it ends.
 */
export function createRooms(data: DataDir, now: () => number = Date.now) {
  const rooms = new Map(readStored(data.readRooms()).map((room) => [room.code, room]));
  const save = () => {
    for (const [code, room] of rooms) if (room.expiresAt < now() - 86_400_000) rooms.delete(code);
    const stored: StoredRoom[] = [...rooms.values()].map((room) => ({ ...room, participants: [...room.participants.keys()] }));
    data.writeRooms(stored);
  };
  return {
    get: (code: string) => rooms.get(code),
    open(title: string): Room {
      let code = newCode();
      while (rooms.has(code)) code = newCode();
      const room: Room = {
        code,
        title: title.slice(0, 200),
        joinOpen: true,
        ended: false,
        expiresAt: now() + ROOM_LIMITS.hours * 3_600_000,
        participants: new Map(),
      };
      rooms.set(code, room);
      save();
      return room;
    },
    /** A room a valid token names but this server has forgotten (its data folder was cleared): known again, open. */
    recall(code: string, expiresAt: number): Room {
      const known = rooms.get(code);
      if (known) return known;
      const room: Room = { code, title: '', joinOpen: true, ended: false, expiresAt, participants: new Map() };
      rooms.set(code, room);
      save();
      return room;
    },
    addParticipant(room: Room, pid: string) {
      if (room.participants.has(pid)) return;
      room.participants.set(pid, 0);
      save();
    },
    setJoinOpen(room: Room, open: boolean) {
      room.joinOpen = open;
      save();
    },
    end(room: Room) {
      room.ended = true;
      room.joinOpen = false;
      room.participants.clear();
      data.deleteDocs(`room/${room.code}/`);
      save();
    },
    all: () => [...rooms.values()],
  };
}

export type Rooms = ReturnType<typeof createRooms>;
