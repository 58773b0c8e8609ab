import { useParams } from '@tanstack/solid-router';
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { acceptView, openChannel, type Message } from '../facilitate/channel';
import { projectorView, type ProjectorView } from '../facilitate/session';
import { useServices } from '../services';
import { storedRoomView } from '../facilitate/roomView';
import { TEMPLATE } from '../worksheet/template';
import { ProjectorScreen } from '../ui/ProjectorScreen';
import { Missing } from './Missing';

/** /project/$id: the projector window. It only shows; the presenter drives it. */
export default function Project() {
  const services = useServices();
  const params = useParams({ from: '/project/$id' });
  const id = () => params().id;
  const [view, setView] = createSignal<ProjectorView>();
  const [missing, setMissing] = createSignal(false);

  const offer = (incoming: ProjectorView) => {
    if (acceptView(view(), incoming, id())) setView(incoming);
  };
  const onMessage = (message: Message) => {
    if (message.kind !== 'view') return;
    setMissing(false);
    offer(message.view);
  };
  // eslint-disable-next-line solid/reactivity -- a message is an event: the handler reads the view as it arrives
  const channel = openChannel(id(), onMessage, () => void services.stepAside());
  /** Catch up from what the presenter last stored, then ask a live presenter for anything newer. */
  const catchUp = async () => {
    const session = await services.sessions.get(id()).catch(() => undefined);
    const room = await services.roomAnswers.get(id()).catch(() => undefined);
    if (session) offer(room ? storedRoomView(TEMPLATE, projectorView(TEMPLATE, session), room) : projectorView(TEMPLATE, session));
    else if (!view()) setMissing(true);
    channel.post({ kind: 'hello', sessionId: id() });
  };

  const onVisible = () => document.visibilityState === 'visible' && void catchUp();
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'f' || event.key === 'F') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    }
  };
  onMount(() => {
    document.title = 'Projector · CPM Workshop';
    document.documentElement.classList.add('projector');
    document.addEventListener('visibilitychange', onVisible);
    document.addEventListener('keydown', onKey);
    void catchUp();
  });
  onCleanup(() => {
    channel.close();
    document.documentElement.classList.remove('projector');
    document.removeEventListener('visibilitychange', onVisible);
    document.removeEventListener('keydown', onKey);
  });

  return (
    <Show
      when={view()}
      fallback={
        <Show
          when={missing()}
          fallback={
            <main id="main" class="screen-waiting">
              {/* Shown late: a reload reads the stored session in a few milliseconds, and the room should not see this flash. */}
              <p class="opening">Waiting for the presenter…</p>
            </main>
          }
        >
          <Missing title="This session is not on this device">
            Open the projector window from the presenter window on this computer, in this browser.
          </Missing>
        </Show>
      }
    >
      {(current) => (
        <main id="main" class="projector-main">
          <ProjectorScreen view={current()} />
        </main>
      )}
    </Show>
  );
}
