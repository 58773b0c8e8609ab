import { beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { shareMap } from '../../src/room/projection';
import { BALLOT_KEY, participantDocName, REFUSAL, stateDocName, type OpenedRoom } from '../../src/room/protocol';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import { allExercises } from '../../src/worksheet/walk';
import { signToken } from '../../server/tokens';
import type { RoomServer } from '../../server/roomServer';
import { attach, joinRoom, openRoom, post, serverForThisFile, socketTo, synced, until, WebSocket } from './harness';

const exercise = allExercises(TEMPLATE).find((e) => e.facilitator && !e.personal && e.prompts.some((p) => p.kind === 'longText'))!;
const prompt = exercise.prompts.find((p) => p.kind === 'longText')!;

function share(doc: Y.Doc, text: string) {
  const answers = emptyAnswers(TEMPLATE);
  answers.text[prompt.id] = text;
  const map = doc.getMap('share');
  doc.transact(() => {
    for (const [key, value] of Object.entries(shareMap(TEMPLATE, answers, { exerciseIds: [exercise.id], includeName: false })))
      map.set(key, value);
  });
}
const sharedText = (doc: Y.Doc) => {
  const json = doc.getMap('share').get(exercise.id);
  return typeof json === 'string' ? (JSON.parse(json) as { text: Record<string, string> }).text[prompt.id] : undefined;
};

const opened = serverForThisFile();
let server: RoomServer;
let room: OpenedRoom;
beforeAll(() => ({ server, room } = opened()));

describe('the room server, with real providers', () => {
  it('serves the app with its CSP as a header, and says it is a room server', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(await page.text()).toContain('Room test page');
    expect((await fetch(`${server.url}/../../etc/passwd`)).status).toBe(404);
    expect(await (await fetch(`${server.url}/api/room`)).json()).toMatchObject({ room: true, canOpen: true });
  });

  it("carries a participant's share to the facilitator, who cannot write it", async () => {
    const me = await joinRoom(server, room.joinToken);
    const mine = await synced(socketTo(server), participantDocName(room.code, me.pid), me.token);
    const facilitator = await synced(socketTo(server), participantDocName(room.code, me.pid), room.facilitatorToken);
    share(mine.doc, 'Trust takes time');
    await until(() => sharedText(facilitator.doc) === 'Trust takes time', 'the share at the facilitator');
    facilitator.doc.getMap('share').set(exercise.id, JSON.stringify({ text: { [prompt.id]: 'forged' } }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await synced(socketTo(server), participantDocName(room.code, me.pid), me.token);
    expect(sharedText(again.doc)).toBe('Trust takes time');
  });

  it('refuses another participant, another room, a name outside the scheme, junk and expired tokens', async () => {
    const a = await joinRoom(server, room.joinToken);
    const b = await joinRoom(server, room.joinToken);
    const other = await openRoom(server, 'Another');
    const expired = signToken(Buffer.alloc(32), { r: 'p', room: room.code, pid: a.pid, exp: Date.now() - 1 });
    const attempts = await Promise.all([
      attach(socketTo(server), participantDocName(room.code, a.pid), b.token),
      attach(socketTo(server), participantDocName(other.code, a.pid), a.token),
      attach(socketTo(server), `room/${room.code}/../../etc`, a.token),
      attach(socketTo(server), participantDocName(room.code, a.pid), 'junk'),
      attach(socketTo(server), participantDocName(room.code, a.pid), expired),
      attach(socketTo(server), participantDocName(room.code, a.pid), room.joinToken),
    ]);
    expect(attempts.map((attempt) => (attempt.synced ? 'synced' : attempt.reason))).toEqual(Array(6).fill(REFUSAL.denied));
    expect((await post(server, '/api/join', { token: 'junk' })).status).toBe(403);
  });

  it("does not apply a participant's write to the room state", async () => {
    const me = await joinRoom(server, room.joinToken);
    const facilitator = await synced(socketTo(server), stateDocName(room.code), room.facilitatorToken);
    facilitator.doc.getMap('state').set('title', 'Session A');
    const mine = await synced(socketTo(server), stateDocName(room.code), me.token);
    await until(() => mine.doc.getMap('state').get('title') === 'Session A', 'the state at the participant');
    mine.doc.getMap('state').set('title', 'Hijacked');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fresh = await synced(socketTo(server), stateDocName(room.code), room.viewerToken);
    expect(fresh.doc.getMap('state').get('title')).toBe('Session A');
  });

  it('refuses a malformed share and an oversize one, and the room goes on', async () => {
    const bad = await joinRoom(server, room.joinToken);
    const good = await joinRoom(server, room.joinToken);
    const badDoc = await synced(socketTo(server), participantDocName(room.code, bad.pid), bad.token);
    badDoc.doc.getMap('share').set('v', 1);
    badDoc.doc.getMap('share').set('not-an-exercise', '{}');
    const huge = await synced(socketTo(server), participantDocName(room.code, good.pid), good.token);
    huge.doc.getText('x').insert(0, 'x'.repeat(300_000));
    // Raw garbage on a socket of its own.
    const raw = new WebSocket(`${server.url.replace('http', 'ws')}/room`);
    await new Promise<void>((resolve) => raw.on('open', resolve));
    raw.send(Buffer.from([255, 1, 2, 3, 4, 5]));
    raw.send('not binary');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const check = await synced(socketTo(server), participantDocName(room.code, bad.pid), room.facilitatorToken);
    expect(check.doc.getMap('share').get('not-an-exercise')).toBeUndefined();
    const next = await joinRoom(server, room.joinToken);
    const nextDoc = await synced(socketTo(server), participantDocName(room.code, next.pid), next.token);
    share(nextDoc.doc, 'Still here');
    const seen = await synced(socketTo(server), participantDocName(room.code, next.pid), room.facilitatorToken);
    await until(() => sharedText(seen.doc) === 'Still here', 'a share after the bad ones');
    raw.close();
  });

  it('carries a ballot and the vote call; refuses a ballot over its votes and a malformed call', async () => {
    const me = await joinRoom(server, room.joinToken);
    const mine = await synced(socketTo(server), participantDocName(room.code, me.pid), me.token);
    const facilitator = await synced(socketTo(server), participantDocName(room.code, me.pid), room.facilitatorToken);
    const ballot = (picks: Record<string, number>) => JSON.stringify({ exercise: 'org-factors', picks });
    mine.doc.getMap('share').set('v', 1);
    mine.doc.getMap('share').set(BALLOT_KEY, ballot({ coach: 2 }));
    await until(() => facilitator.doc.getMap('share').get(BALLOT_KEY) === ballot({ coach: 2 }), 'the ballot at the facilitator');
    mine.doc.getMap('share').set(BALLOT_KEY, ballot({ coach: 50 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await synced(socketTo(server), participantDocName(room.code, me.pid), room.facilitatorToken);
    expect(again.doc.getMap('share').get(BALLOT_KEY)).toBe(ballot({ coach: 2 }));

    const call = JSON.stringify({ exercise: 'org-factors', each: 3, ideas: [{ id: 'coach', text: 'Coaching time' }] });
    const state = await synced(socketTo(server), stateDocName(room.code), room.facilitatorToken);
    state.doc.transact(() => {
      state.doc.getMap('state').set('title', 'Session A');
      state.doc.getMap('state').set('vote', call);
    });
    const seen = await synced(socketTo(server), stateDocName(room.code), me.token);
    await until(() => seen.doc.getMap('state').get('vote') === call, 'the vote call at the participant');
    state.doc.getMap('state').set('vote', JSON.stringify({ exercise: 'org-factors', each: 99, ideas: [] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fresh = await synced(socketTo(server), stateDocName(room.code), room.viewerToken);
    expect(fresh.doc.getMap('state').get('vote')).toBe(call);
  });

  it('a participant and a presenter who send nothing for 40 s stay connected: the heartbeat keeps the socket alive', async () => {
    const me = await joinRoom(server, room.joinToken);
    const mySocket = socketTo(server);
    const presenterSocket = socketTo(server);
    // As the app opens them: awareness on one document per socket, none on the rest.
    await attach(mySocket, participantDocName(room.code, me.pid), me.token, true);
    await attach(mySocket, stateDocName(room.code), me.token);
    await attach(presenterSocket, stateDocName(room.code), room.facilitatorToken, true);
    await attach(presenterSocket, participantDocName(room.code, me.pid), room.facilitatorToken);
    const drops: string[] = [];
    mySocket.on('status', ({ status }: { status: string }) => status !== 'connected' && drops.push(`participant ${status}`));
    presenterSocket.on('status', ({ status }: { status: string }) => status !== 'connected' && drops.push(`presenter ${status}`));
    await new Promise((resolve) => setTimeout(resolve, 40_000));
    expect(drops).toEqual([]);
    expect([mySocket.status, presenterSocket.status]).toEqual(['connected', 'connected']);
  }, 60_000);

  it('closes a connection that floods the server, and no one else', async () => {
    const flood = await joinRoom(server, room.joinToken);
    const calm = await joinRoom(server, room.joinToken);
    const floodDoc = await synced(socketTo(server), participantDocName(room.code, flood.pid), flood.token);
    const calmDoc = await synced(socketTo(server), participantDocName(room.code, calm.pid), calm.token);
    let closed = '';
    floodDoc.provider.on('close', ({ event }: { event: { reason: string } }) => (closed = event.reason));
    for (let i = 0; i < 600; i++) share(floodDoc.doc, `spam ${i}`);
    await until(() => closed === 'too-fast', 'the flood to be closed');
    share(calmDoc.doc, 'Calm answer');
    const seen = await synced(socketTo(server), participantDocName(room.code, calm.pid), room.facilitatorToken);
    await until(() => sharedText(seen.doc) === 'Calm answer', 'the calm share');
  });
});
