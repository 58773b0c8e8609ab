import { createSignal, onCleanup } from 'solid-js';
import { openChannel } from '../../facilitate/channel';
import { projectorView, reduce, type Action, type FacilitationSession } from '../../facilitate/session';
import { useServices } from '../../services';
import { TEMPLATE } from '../../worksheet/template';
import { createRoomAnswers } from '../synthesis/roomState';

export type PresenterSession = ReturnType<typeof createPresenterSession>;

/**
 * One facilitation session as the presenter holds it: every change goes through `dispatch`,
 * which shows it, sends the projector the new view, then stores it (the projector never waits
 * for the disk). A projector that says hello gets the current view.
 */
export function createPresenterSession(initial: FacilitationSession) {
  const services = useServices();
  const [session, setSession] = createSignal(initial);
  const [saveError, setSaveError] = createSignal('');
  const room = createRoomAnswers(initial.id, () => postView());
  const view = () => room.project(projectorView(TEMPLATE, session()));

  const channel = openChannel(
    initial.id,
    (message) => message.kind === 'hello' && message.sessionId === initial.id && postView(),
    () => void services.stepAside(),
  );
  onCleanup(() => channel.close());
  function postView() {
    channel.post({ kind: 'view', view: view() });
  }

  const dispatch = (action: Action) => {
    const next = reduce(TEMPLATE, session(), action, Date.now());
    if (next === session()) return;
    setSession(next);
    postView();
    services.sessions.put(next).then(
      () => setSaveError(''),
      (error: unknown) => setSaveError(services.storage.describeStorageError(error)),
    );
  };

  return { session, view, room, dispatch, postView, saveError };
}
