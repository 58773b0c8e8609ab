import type { JSX } from 'solid-js';

/**
 * The bar above a worksheet: the way back, the save status, "Finish", and on a phone the
 * section menu. The page and its first frame (FirstFrame.tsx) both draw it, so they line up.
 */
export function WorksheetTopbar(props: { back: JSX.Element; status: JSX.Element; onFinish?: () => void; menu?: JSX.Element }) {
  return (
    <header class="topbar">
      {props.back}
      <div class="topbar-end">
        {props.status}
        <button type="button" class="primary" onClick={() => props.onFinish?.()}>
          Finish
        </button>
      </div>
      {props.menu}
    </header>
  );
}
