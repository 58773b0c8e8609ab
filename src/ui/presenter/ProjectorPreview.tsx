import { Show } from 'solid-js';
import type { ProjectorView } from '../../facilitate/session';
import { ProjectorScreen } from '../ProjectorScreen';

/** What the room sees right now, and how to get the projector window onto the projector. */
export function ProjectorPreview(props: { view: ProjectorView; address: string; popupBlocked: boolean }) {
  return (
    <section class="side-panel preview" aria-labelledby="preview-title">
      <h2 id="preview-title">On the projector</h2>
      <div class="preview-frame">
        <ProjectorScreen view={props.view} headingLevel={2} />
      </div>
      <p class="projector-address">
        <Show when={props.popupBlocked} fallback={<span>Projector address: </span>}>
          <strong>The browser blocked the projector window.</strong> Open this address in a new window and drag it to the projector:{' '}
        </Show>
        <code>{props.address}</code>
      </p>
      {/* The clipboard needs a secure context: on plain http the address is there to select. */}
      <Show when={typeof navigator.clipboard?.writeText === 'function'}>
        <button type="button" onClick={() => void navigator.clipboard.writeText(props.address)}>
          Copy projector address
        </button>
      </Show>
    </section>
  );
}
