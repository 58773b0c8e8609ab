import { afterEach, describe, expect, it } from 'vitest';
import { acceptView, channelName, openChannel, parseMessage, type Channel, type Message } from '../../src/facilitate/channel';
import { PROTOCOL } from '../../src/sync/broadcast';
import { newSession, projectorView, reduce, type Action, type FacilitationSession, type ProjectorView } from '../../src/facilitate/session';
import { TEMPLATE } from '../../src/worksheet/template';

const T0 = 1_700_000_000_000;

function session(): FacilitationSession {
  return newSession(TEMPLATE, 'Monday cohort', '2024-05-06', T0);
}

function run(start: FacilitationSession, actions: Action[]): FacilitationSession {
  return actions.reduce((s, action, i) => reduce(TEMPLATE, s, action, T0 + i + 1), start);
}

/** A view with everything optional filled in: revealed answers on 'levels', a running timer. */
function levelsView(): ProjectorView {
  return projectorView(
    TEMPLATE,
    run(session(), [{ type: 'toggleReveal' }, { type: 'timerStart' }, { type: 'addIdea', text: 'Family', id: 'a' }]),
  );
}

/** A crosswalk view with ideas in its columns. */
function crosswalkView(): ProjectorView {
  return projectorView(
    TEMPLATE,
    run(session(), [
      { type: 'goto', index: 3 },
      { type: 'addIdea', text: 'Family voice', id: 'a' },
      { type: 'addIdea', text: 'CFT meetings', column: 'teaming', id: 'b' },
    ]),
  );
}

function viewWithRev(base: ProjectorView, rev: number, sessionId = base.sessionId): ProjectorView {
  return { ...base, rev, sessionId };
}

async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('parseMessage accepts well-formed messages', () => {
  it('accepts a view message built with projectorView (answers, running timer)', () => {
    const view = levelsView();
    expect(view.answers).toEqual(['Family', 'System']);
    expect(view.timer.startedAt).toBe(T0 + 2);
    const message = { kind: 'view', view };
    expect(parseMessage(message)).toEqual({ kind: 'view', view });
  });

  it('accepts a crosswalk view with columns', () => {
    const view = crosswalkView();
    expect(view.columns?.[0]?.ideas).toEqual(['Family voice']);
    const parsed = parseMessage({ kind: 'view', view });
    expect(parsed).toEqual({ kind: 'view', view });
    expect(parsed?.kind === 'view' && parsed.view.columns?.[2]).toEqual({ id: 'teaming', label: 'Teaming', ideas: ['CFT meetings'] });
  });

  it('accepts a view that went through structured cloning (as over BroadcastChannel)', () => {
    const view = projectorView(TEMPLATE, session());
    const cloned = structuredClone({ kind: 'view', view });
    expect(parseMessage(cloned)).toEqual({ kind: 'view', view });
  });

  it('accepts a view whose optional fields are absent (not just undefined)', () => {
    const { answers: _a, columns: _c, ...rest } = projectorView(TEMPLATE, session());
    expect(parseMessage({ kind: 'view', view: rest })).toEqual({ kind: 'view', view: rest });
  });

  it('accepts a hello and keeps only its kind and sessionId', () => {
    expect(parseMessage({ kind: 'hello', sessionId: 'abc' })).toEqual({ kind: 'hello', sessionId: 'abc' });
    expect(parseMessage({ kind: 'hello', sessionId: 'abc', extra: 1 })).toEqual({ kind: 'hello', sessionId: 'abc' });
  });
});

describe('parseMessage rejects malformed messages', () => {
  type Mutation = [name: string, make: () => unknown];

  const validView = () => structuredClone(levelsView()) as unknown as Record<string, unknown>;
  const validCrosswalk = () => structuredClone(crosswalkView()) as unknown as Record<string, unknown>;
  const asMessage = (view: unknown) => ({ kind: 'view', view });

  /** A valid view message with one change applied to a copy of its view. */
  const mutate =
    (edit: (view: Record<string, unknown>) => void, base = validView): (() => unknown) =>
    () => {
      const view = base();
      edit(view);
      return asMessage(view);
    };
  const set = (key: string, value: unknown, base = validView) => mutate((view) => (view[key] = value), base);
  const setIn = (key: string, inner: string, value: unknown) => mutate((view) => ((view[key] as Record<string, unknown>)[inner] = value));
  const dropIn = (key: string, inner: string) => mutate((view) => delete (view[key] as Record<string, unknown>)[inner]);

  const REQUIRED = ['sessionId', 'rev', 'sessionName', 'position', 'exerciseId', 'prompt', 'blank', 'timer', 'shape', 'ideas'];

  const mutations: Mutation[] = [
    // Not a message at all.
    ['null', () => null],
    ['undefined', () => undefined],
    ['a string', () => 'view'],
    ['a JSON string of a valid message', () => JSON.stringify(asMessage(validView()))],
    ['a number', () => 42],
    // A join screen that is not one.
    ['a join screen without its line', set('join', { url: 'http://192.168.1.23:4173/#/join/K7P2QX' })],
    ['a join screen as a string', set('join', 'http://192.168.1.23:4173/')],
    ['a boolean', () => true],
    ['an empty array', () => []],
    ['an array holding a valid message', () => [asMessage(validView())]],
    ['an empty object', () => ({})],
    // Envelope.
    ['view without its view', () => ({ kind: 'view' })],
    ['view with a null view', () => asMessage(null)],
    ['view with a string view', () => asMessage('view')],
    ['view with an array view', () => asMessage([validView()])],
    ['unknown kind', () => ({ kind: 'update', view: validView() })],
    ['kind in another case', () => ({ kind: 'VIEW', view: validView() })],
    ['no kind', () => ({ view: validView() })],
    ['hello without sessionId', () => ({ kind: 'hello' })],
    ['hello with a numeric sessionId', () => ({ kind: 'hello', sessionId: 7 })],
    ['hello with a null sessionId', () => ({ kind: 'hello', sessionId: null })],
    ['sessionId without kind', () => ({ sessionId: 'abc' })],
    // Each required field of the view missing.
    ...REQUIRED.map((key): Mutation => [`view without ${key}`, mutate((view) => delete view[key])]),
    // Wrong types, field by field.
    ['sessionId a number', set('sessionId', 1)],
    ['sessionId null', set('sessionId', null)],
    ['rev negative', set('rev', -1)],
    ['rev non-integer', set('rev', 1.5)],
    ['rev a string', set('rev', '3')],
    ['rev NaN', set('rev', Number.NaN)],
    ['rev Infinity', set('rev', Number.POSITIVE_INFINITY)],
    ['sessionName null', set('sessionName', null)],
    ['sessionName an array', set('sessionName', ['Monday'])],
    ['position null', set('position', null)],
    ['position an array', set('position', [0, 9])],
    ['position.index negative', setIn('position', 'index', -1)],
    ['position.index non-integer', setIn('position', 'index', 0.5)],
    ['position.count a string', setIn('position', 'count', '9')],
    ['position without count', dropIn('position', 'count')],
    ['exerciseId a number', set('exerciseId', 7)],
    ['prompt a number', set('prompt', 42)],
    ['prompt an object', set('prompt', { text: 'x' })],
    ['blank a string', set('blank', 'false')],
    ['blank a number', set('blank', 0)],
    ['timer null', set('timer', null)],
    ['timer a number', set('timer', 120000)],
    ['timer without durationMs', dropIn('timer', 'durationMs')],
    ['timer without remainingMs', dropIn('timer', 'remainingMs')],
    ['timer.durationMs a string', setIn('timer', 'durationMs', '120000')],
    ['timer.remainingMs a string', setIn('timer', 'remainingMs', '60000')],
    ['timer.startedAt a string', setIn('timer', 'startedAt', 'now')],
    ['timer.startedAt null', setIn('timer', 'startedAt', null)],
    ['answers a string', set('answers', 'Family')],
    ['answers null', set('answers', null)],
    ['answers containing a number', set('answers', ['Family', 2])],
    ['answers containing null', set('answers', [null])],
    ['answers an object', set('answers', { 0: 'Family' })],
    ['columns an object', set('columns', {}, validCrosswalk)],
    ['columns null', set('columns', null, validCrosswalk)],
    ['columns with a null entry', mutate((view) => (view.columns as unknown[]).push(null), validCrosswalk)],
    ['columns with a string entry', mutate((view) => ((view.columns as unknown[])[0] = 'engagement'), validCrosswalk)],
    ['columns entry with a numeric id', mutate((view) => ((view.columns as Array<Record<string, unknown>>)[1]!.id = 1), validCrosswalk)],
    ['columns entry without label', mutate((view) => delete (view.columns as Array<Record<string, unknown>>)[2]!.label, validCrosswalk)],
    ['columns entry without ideas', mutate((view) => delete (view.columns as Array<Record<string, unknown>>)[4]!.ideas, validCrosswalk)],
    [
      'columns entry with a numeric idea',
      mutate((view) => ((view.columns as Array<Record<string, unknown>>)[0]!.ideas = ['ok', 3]), validCrosswalk),
    ],
    [
      'columns entry with ideas a string',
      mutate((view) => ((view.columns as Array<Record<string, unknown>>)[0]!.ideas = 'Family voice'), validCrosswalk),
    ],
    ['ideas a string', set('ideas', 'Family')],
    ['ideas containing a number', set('ideas', ['Family', 3])],
    ['ideas containing an object', set('ideas', [{ text: 'Family' }])],
    ['ideas null', set('ideas', null)],
    ['shape null', set('shape', null)],
    ['shape of an unknown kind', set('shape', { kind: 'poll' })],
    ['recall shape without blanks', set('shape', { kind: 'recall' })],
    ['recall shape with a numeric before', set('shape', { kind: 'recall', blanks: [{ before: 1 }] })],
    ['recall shape with a null blank', set('shape', { kind: 'recall', blanks: [null] })],
    ['list shape with negative rows', set('shape', { kind: 'list', rows: -1 })],
    ['list shape with rows a string', set('shape', { kind: 'list', rows: '3' })],
    ['questions shape with a numeric question', set('shape', { kind: 'questions', questions: [1] })],
  ];

  it('has a broad set of malformed cases', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(30);
    expect(new Set(mutations.map(([name]) => name)).size).toBe(mutations.length);
  });

  it('each mutation starts from a message that is valid', () => {
    expect(parseMessage(asMessage(validView()))).toBeDefined();
    expect(parseMessage(asMessage(validCrosswalk()))).toBeDefined();
  });

  it.each(mutations)('rejects %s', (_name, make) => {
    expect(parseMessage(make())).toBeUndefined();
  });
});

describe('acceptView', () => {
  const base = projectorView(TEMPLATE, session());
  const id = base.sessionId;

  it('accepts the first view of its session', () => {
    expect(acceptView(undefined, viewWithRev(base, 1), id)).toBe(true);
    expect(acceptView(undefined, viewWithRev(base, 0), id)).toBe(true);
  });

  it('accepts a newer rev', () => {
    expect(acceptView(viewWithRev(base, 3), viewWithRev(base, 4), id)).toBe(true);
    expect(acceptView(viewWithRev(base, 3), viewWithRev(base, 40), id)).toBe(true);
  });

  it('ignores an older or equal rev', () => {
    expect(acceptView(viewWithRev(base, 5), viewWithRev(base, 3), id)).toBe(false);
    expect(acceptView(viewWithRev(base, 5), viewWithRev(base, 5), id)).toBe(false);
    expect(acceptView(viewWithRev(base, 5), viewWithRev(base, 0), id)).toBe(false);
  });

  it('ignores views of another session, even the first or a newer one', () => {
    expect(acceptView(undefined, viewWithRev(base, 1, 'other'), id)).toBe(false);
    expect(acceptView(viewWithRev(base, 1), viewWithRev(base, 99, 'other'), id)).toBe(false);
  });

  it('keeps rev 5 when rev 3 arrives after it (out-of-order delivery)', () => {
    let shown: ProjectorView | undefined;
    const offer = (incoming: ProjectorView) => {
      if (acceptView(shown, incoming, id)) shown = incoming;
    };
    const rev5 = { ...viewWithRev(base, 5), exerciseId: 'crosswalk' };
    const rev3 = { ...viewWithRev(base, 3), exerciseId: 'elements' };
    offer(rev5);
    offer(rev3);
    expect(shown?.rev).toBe(5);
    expect(shown?.exerciseId).toBe('crosswalk');
    offer(viewWithRev(base, 6));
    expect(shown?.rev).toBe(6);
  });

  it('follows a real sequence of presenter changes delivered out of order', () => {
    const s = session();
    const views: ProjectorView[] = [];
    let current = s;
    for (const action of [{ type: 'next' }, { type: 'next' }, { type: 'toggleBlank' }, { type: 'prev' }] as Action[]) {
      current = reduce(TEMPLATE, current, action, T0);
      views.push(projectorView(TEMPLATE, current));
    }
    let shown: ProjectorView | undefined;
    for (const index of [3, 0, 2, 1]) {
      const incoming = views[index]!;
      if (acceptView(shown, incoming, s.id)) shown = incoming;
    }
    expect(shown?.rev).toBe(5);
    expect(shown).toEqual(projectorView(TEMPLATE, current));
  });
});

/** These windows all run the same version. */
const NO_NEWER = () => {
  throw new Error('no window here runs a newer version');
};

/** A message as another window of this version sends it. */
const enveloped = (body: unknown) => ({ app: 'cpm-workshop', protocol: PROTOCOL, template: TEMPLATE.version, tab: 'other-tab', body });

describe('openChannel over BroadcastChannel', () => {
  const open: Channel[] = [];
  const track = (channel: Channel) => {
    open.push(channel);
    return channel;
  };
  afterEach(() => {
    for (const channel of open.splice(0)) channel.close();
  });

  it('names the channel by session', () => {
    expect(channelName('abc')).toBe('cpm-workshop:session:abc');
    expect(channelName('abc')).not.toBe(channelName('abd'));
  });

  it('a projector that joins late says hello and receives the latest view', async () => {
    let presenting = session();
    const helloes: Message[] = [];
    const presenter = track(
      openChannel(
        presenting.id,
        (message) => {
          if (message.kind === 'hello' && message.sessionId === presenting.id) {
            helloes.push(message);
            presenter.post({ kind: 'view', view: projectorView(TEMPLATE, presenting) });
          }
        },
        NO_NEWER,
      ),
    );
    // The facilitator works before any projector exists; each change is broadcast to nobody.
    const actions: Action[] = [
      { type: 'next' },
      { type: 'toggleReveal' },
      { type: 'timerStart' },
      { type: 'next' },
      { type: 'addIdea', text: 'Safety Organized Practice', id: 'sop' },
      { type: 'rename', name: 'Tuesday cohort' },
    ];
    actions.forEach((action, i) => {
      presenting = reduce(TEMPLATE, presenting, action, T0 + (i + 1) * 1000);
      presenter.post({ kind: 'view', view: projectorView(TEMPLATE, presenting) });
    });
    expect(presenting.rev).toBe(7);

    let shown: ProjectorView | undefined;
    const received: ProjectorView[] = [];
    const projector = track(
      openChannel(
        presenting.id,
        (message) => {
          if (message.kind !== 'view') return;
          received.push(message.view);
          if (acceptView(shown, message.view, presenting.id)) shown = message.view;
        },
        NO_NEWER,
      ),
    );
    projector.post({ kind: 'hello', sessionId: presenting.id });

    await waitFor(() => shown !== undefined);
    expect(helloes).toEqual([{ kind: 'hello', sessionId: presenting.id }]);
    expect(shown?.rev).toBe(7);
    expect(shown).toEqual(projectorView(TEMPLATE, presenting));
    expect(shown?.exerciseId).toBe('improvements');
    expect(shown?.ideas).toEqual(['Safety Organized Practice']);
    expect(shown?.sessionName).toBe('Tuesday cohort');
    // The timer started on 'elements' stayed with it: this exercise shows its own, not started.
    expect(shown?.timer.startedAt).toBeUndefined();
    // Nothing broadcast before it joined reached it.
    expect(received.map((view) => view.rev)).toEqual([7]);
  });

  it('a projector that is already open follows every change and ends at the latest rev', async () => {
    let presenting = session();
    const presenter = track(openChannel(presenting.id, () => {}, NO_NEWER));
    let shown: ProjectorView | undefined;
    track(
      openChannel(
        presenting.id,
        (message) => {
          if (message.kind === 'view' && acceptView(shown, message.view, presenting.id)) shown = message.view;
        },
        NO_NEWER,
      ),
    );
    for (let i = 0; i < 5; i++) {
      presenting = reduce(TEMPLATE, presenting, { type: 'toggleBlank' }, T0 + i);
      presenter.post({ kind: 'view', view: projectorView(TEMPLATE, presenting) });
    }
    await waitFor(() => shown?.rev === 6);
    expect(shown?.blank).toBe(true);
  });

  it('drops malformed data posted on the channel and keeps listening', async () => {
    const s = session();
    const got: Message[] = [];
    track(openChannel(s.id, (message) => got.push(message), NO_NEWER));
    const raw = new BroadcastChannel(channelName(s.id));
    try {
      raw.postMessage('junk');
      raw.postMessage({ kind: 'hello', sessionId: s.id });
      raw.postMessage(enveloped({ kind: 'view', view: { rev: 'x' } }));
      raw.postMessage(enveloped({ kind: 'hello' }));
      raw.postMessage(enveloped({ kind: 'hello', sessionId: s.id }));
      await waitFor(() => got.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(got).toEqual([{ kind: 'hello', sessionId: s.id }]);
    } finally {
      raw.close();
    }
  });

  it('does not hear another session', async () => {
    const a = session();
    const b = session();
    const heardByA: Message[] = [];
    const heardByB: Message[] = [];
    track(openChannel(a.id, (m) => heardByA.push(m), NO_NEWER));
    track(openChannel(b.id, (m) => heardByB.push(m), NO_NEWER));
    const sender = track(openChannel(b.id, () => {}, NO_NEWER));
    sender.post({ kind: 'hello', sessionId: b.id });
    await waitFor(() => heardByB.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heardByA).toEqual([]);
    expect(heardByB).toEqual([{ kind: 'hello', sessionId: b.id }]);
  });
});

describe('versions between windows', () => {
  it('a window that hears a newer version is told, and an older one is answered so it steps aside', async () => {
    const s = session();
    let told = 0;
    const channel = openChannel(
      s.id,
      () => {},
      () => told++,
    );
    const raw = new BroadcastChannel(channelName(s.id));
    const answers: unknown[] = [];
    raw.onmessage = (event) => answers.push(event.data);
    try {
      raw.postMessage({ ...enveloped({ kind: 'hello', sessionId: s.id }), protocol: PROTOCOL + 1 });
      await waitFor(() => told > 0);
      raw.postMessage({ ...enveloped({ kind: 'hello', sessionId: s.id }), template: TEMPLATE.version - 1 });
      await waitFor(() => answers.length > 0);
      expect(answers[0]).toMatchObject({ app: 'cpm-workshop', protocol: PROTOCOL, template: TEMPLATE.version, body: null });
    } finally {
      raw.close();
      channel.close();
    }
  });
});
