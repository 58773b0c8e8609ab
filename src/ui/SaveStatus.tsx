import { Match, Switch } from 'solid-js';
import type { SaveStatus as Status } from '../services';
import { clockTime } from './clock';

/** "Saving…", "Saved at 14:32", or what went wrong, announced politely to screen readers. */
export function SaveStatus(props: { status: Status }) {
  return (
    <p class={`save-status ${props.status.state}`} role="status">
      <Switch>
        <Match when={props.status.state === 'saving'}>Saving…</Match>
        <Match when={props.status.state === 'saved' && props.status}>{(saved) => `Saved at ${clockTime(saved().at)}`}</Match>
        <Match when={props.status.state === 'error' && props.status}>{(failed) => failed().message}</Match>
        <Match when={props.status.state === 'idle'}>Saved on this device</Match>
      </Switch>
    </p>
  );
}
