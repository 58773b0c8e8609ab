import { Match, Switch, type JSX } from 'solid-js';
import { describeStorageError } from '../store/errors';
import { Missing } from './Missing';

/** What a route's loader found: the item (undefined when it is not on this device), or the error. */
export type Outcome<T> = { item: T | undefined } | { error: unknown };

/**
 * A page that shows a stored item once loaded, and otherwise says plainly why not: it could
 * not be read, or it is not on this device. Never an empty form that would save over nothing.
 */
export function Loaded<T>(props: { outcome: Outcome<T>; noun: string; missing: string; children: (item: T) => JSX.Element }) {
  const failed = () => ('error' in props.outcome ? props.outcome : undefined);
  const item = () => ('item' in props.outcome ? props.outcome.item : undefined);
  return (
    <Switch fallback={<Missing title={`This ${props.noun} is not on this device`}>{props.missing}</Missing>}>
      <Match when={failed()}>
        {(failure) => <Missing title={`This ${props.noun} could not be opened`}>{describeStorageError(failure().error)}</Missing>}
      </Match>
      <Match when={item()} keyed>
        {(found) => props.children(found)}
      </Match>
    </Switch>
  );
}
