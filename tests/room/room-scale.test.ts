import { beforeAll, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { participantDocName, ROOM_LIMITS, type OpenedRoom } from '../../src/room/protocol';
import type { RoomServer } from '../../server/roomServer';
import { joinRoom, post, serverForThisFile, socketTo, synced, until } from './harness';

const opened = serverForThisFile();
let server: RoomServer;
let room: OpenedRoom;
beforeAll(() => ({ server, room } = opened()));

it(`${ROOM_LIMITS.participants} participants share and the presenter reads every one over its one socket; one more is refused`, async () => {
  const count = ROOM_LIMITS.participants;
  const people = [];
  for (let i = 0; i < count; i++) people.push(await joinRoom(server, room.joinToken));
  const docs = await Promise.all(people.map((person) => synced(socketTo(server), participantDocName(room.code, person.pid), person.token)));
  docs.forEach(({ doc }) => doc.getMap('share').set('v', 1));

  // The presenter's one socket: past Hocuspocus's default of 100 pending documents it would be reset.
  const presenter = socketTo(server);
  let resets = 0;
  presenter.on('close', () => resets++);
  const seen: Y.Doc[] = (
    await Promise.all(people.map((person) => synced(presenter, participantDocName(room.code, person.pid), room.facilitatorToken)))
  ).map((outcome) => outcome.doc);
  await until(() => seen.every((doc) => doc.getMap('share').get('v') === 1), 'every share at the presenter', 20_000);
  expect(resets).toBe(0);
  expect((await post(server, '/api/join', { token: room.joinToken })).status).toBe(403);
}, 90_000);
