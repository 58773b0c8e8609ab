import { createContext, createSignal, For, Show, useContext, type JSX } from 'solid-js';

export interface ConfirmRequest {
  title: string;
  body: string;
  /** Items listed under the body, e.g. the fields a warning is about. */
  details?: string[];
  action: string;
  /** Style of the confirming button: red for destructive actions. */
  tone?: 'danger' | 'primary';
}

export type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm>();

/** The app's confirm dialog. Outside its provider it throws: a silent "yes" would delete without asking. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm() needs a <ConfirmProvider> around it.');
  return confirm;
}

/**
 * One modal <dialog> for the app's "are you sure?" moments. The native dialog traps focus,
 * closes on Escape and returns focus to the button that opened it.
 */
export function ConfirmProvider(props: { children: JSX.Element }) {
  let dialog!: HTMLDialogElement;
  const [request, setRequest] = createSignal<ConfirmRequest>();
  let settle: (ok: boolean) => void = () => {};

  const confirm: Confirm = (next) => {
    setRequest(next);
    dialog.showModal();
    return new Promise((resolve) => (settle = resolve));
  };
  const close = (ok: boolean) => {
    dialog.close(ok ? 'ok' : 'cancel');
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {props.children}
      <dialog
        ref={dialog}
        class="confirm"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        onClose={() => settle(dialog.returnValue === 'ok')}
      >
        <Show when={request()}>
          {(current) => (
            <form
              method="dialog"
              onSubmit={(event) => {
                event.preventDefault();
                close(true);
              }}
            >
              <h2 id="confirm-title">{current().title}</h2>
              <div id="confirm-body">
                <p>{current().body}</p>
                <Show when={current().details?.length}>
                  <ul class="confirm-details">
                    <For each={current().details}>{(detail) => <li>{detail}</li>}</For>
                  </ul>
                </Show>
              </div>
              <div class="actions">
                <button type="button" autofocus onClick={() => close(false)}>
                  Cancel
                </button>
                <button type="submit" class={current().tone ?? 'danger'}>
                  {current().action}
                </button>
              </div>
            </form>
          )}
        </Show>
      </dialog>
    </ConfirmContext.Provider>
  );
}
