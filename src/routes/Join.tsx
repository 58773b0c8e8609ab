import { useNavigate, useParams } from '@tanstack/solid-router';
import { createSignal, onMount, Show } from 'solid-js';
import { joinRoom } from '../room/api';
import { normalizeCode } from '../room/protocol';
import { loadMembership, saveMembership, worksheetInRoom } from '../store/liveRooms';
import { defaultSharedIds } from '../synthesis/contribution';
import { TEMPLATE } from '../worksheet/template';
import { discardFirstFrame } from '../ui/takeOverFirstFrame';
import { startNewWorksheet } from './newWorksheet';

/** The join link's token, from the address's fragment (it never travels in a request). */
const linkToken = () => new URLSearchParams(location.hash.split('?')[1] ?? '').get('k') ?? '';

/**
 * /join/$code: the link in the room's QR code, or a typed code. It opens this device's
 * worksheet for that room, or starts one, and nothing is shared until the participant says so.
 */
export default function Join() {
  const params = useParams({ strict: false });
  const navigate = useNavigate();
  const [error, setError] = createSignal('');
  const [typed, setTyped] = createSignal(String((params() as { code?: string }).code ?? ''));
  const [busy, setBusy] = createSignal(false);

  const enter = async (request: { token: string } | { code: string }) => {
    setBusy(true);
    setError('');
    try {
      const code = 'code' in request ? normalizeCode(request.code) : String((params() as { code?: string }).code ?? '');
      const known = worksheetInRoom(code);
      if (known && loadMembership(known)) return void navigate({ to: '/worksheets/$id', params: { id: known }, replace: true });
      const joined = await joinRoom(request);
      const worksheetId = startNewWorksheet();
      saveMembership({ ...joined, worksheetId, sharing: false, exerciseIds: defaultSharedIds(TEMPLATE), includeName: false });
      await navigate({ to: '/worksheets/$id', params: { id: worksheetId }, replace: true });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  onMount(() => {
    discardFirstFrame();
    const token = linkToken();
    if (token) void enter({ token });
  });

  return (
    <main class="missing join" id="main">
      <h1>Join a live room</h1>
      <Show when={error()}>
        <p class="banner error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={busy()}>
        <p role="status">Joining…</p>
      </Show>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void enter({ code: typed() });
        }}
      >
        <label for="room-code">Room code</label>
        <input
          id="room-code"
          value={typed()}
          autocomplete="off"
          autocapitalize="characters"
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy() || !typed().trim()}>
          Join
        </button>
      </form>
      <p class="muted">Your worksheet stays on this device. Nothing is shared until you start sharing.</p>
    </main>
  );
}
