import { LIMITS } from '../../worksheet/limits';

/** The session's name, shown on every projector slide; renamed when the field is left. */
export function SessionName(props: { name: string; onRename: (name: string) => void }) {
  return (
    <form class="session-name" onSubmit={(event) => event.preventDefault()}>
      <label for="session-name">Session name</label>
      <input
        id="session-name"
        value={props.name}
        autocomplete="off"
        maxLength={LIMITS.sessionName}
        onChange={(event) => props.onRename(event.currentTarget.value)}
      />
    </form>
  );
}
