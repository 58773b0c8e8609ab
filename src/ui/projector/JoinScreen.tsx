import { createResource, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { JoinScreen as Join } from '../../facilitate/session';
import { qrImage } from '../qrImage';

/**
 * How to join the live room, large enough to scan and read from the back of the room. In the
 * presenter's preview (`decorative`) the code is a picture of the screen: the live-room panel
 * beside it names the same code.
 */
export function JoinScreen(props: { join: Join; headingLevel: number; decorative: boolean }) {
  const [qr] = createResource(() => props.join.url, qrImage);
  return (
    <div class="join-screen">
      <Dynamic component={`h${props.headingLevel}`} class="join-title">
        Join the live room
      </Dynamic>
      <Show when={qr()} fallback={<div class="join-screen-qr" />}>
        {(src) => <img class="join-screen-qr" src={src()} alt={props.decorative ? '' : `QR code: ${props.join.line}`} />}
      </Show>
      <p class="join-screen-line">{props.join.line}</p>
    </div>
  );
}
