import { afterEach, expect, it } from 'vitest';
import { WebSocketStatus } from '@hocuspocus/provider';
import { participantDocName } from '../../src/room/protocol';
import { memoryDataDir } from '../../server/dataDir';
import type { RoomServer } from '../../server/roomServer';
import { attach, closeSockets, joinRoom, openRoom, socketTo, startTestServer, until } from './harness';

afterEach(closeSockets);

let server: RoomServer | undefined;
afterEach(() => server?.close());

it('after a 10 s outage a participant is back within about 5 s of the server’s return, not at the end of a growing back-off', async () => {
  const data = memoryDataDir();
  server = await startTestServer(data);
  const port = server.port;
  const room = await openRoom(server);
  const me = await joinRoom(server, room.joinToken);
  const socket = socketTo(server);
  await attach(socket, participantDocName(room.code, me.pid), me.token, true);
  let dropped = false;
  socket.on('status', ({ status }: { status: WebSocketStatus }) => (dropped ||= status === WebSocketStatus.Disconnected));

  await server.close();
  await until(() => dropped, 'the participant to see the server go', 5_000);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  server = await startTestServer(data, port);
  const back = Date.now();
  await until(() => socket.status === WebSocketStatus.Connected, 'the participant to reconnect', 15_000);
  const waited = Date.now() - back;
  // Retries are capped at 5 s; a little more for the reconnect itself on a slow machine.
  expect(waited).toBeLessThan(6_500);
}, 40_000);
