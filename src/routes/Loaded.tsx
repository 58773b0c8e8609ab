import { Match, Switch, type JSX, type Resource } from 'solid-js';
import { describeStorageError } from '../store/errors';
import { Missing } from './Missing';

/**
 * A page that shows a stored item once loaded, and otherwise says plainly why not: it could
 * not be read, or it is not on this device. Never an empty form that would save over nothing.
 */
export function Loaded<T>(props: { item: Resource<T | undefined>; noun: string; missing: string; children: (item: T) => JSX.Element }) {
  return (
    <Switch>
      <Match when={props.item.state === 'errored'}>
        <Missing title={`This ${props.noun} could not be opened`}>{describeStorageError(props.item.error)}</Missing>
      </Match>
      <Match when={props.item.state === 'ready' && !props.item()}>
        <Missing title={`This ${props.noun} is not on this device`}>{props.missing}</Missing>
      </Match>
      <Match when={props.item()} keyed>
        {(item) => props.children(item)}
      </Match>
    </Switch>
  );
}
