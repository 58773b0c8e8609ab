import type { StampedOp } from '../worksheet/replica';

/** How long after a keystroke a field counts as being typed in. */
export const TYPING_PAUSE_MS = 700;

/**
 * Another tab's text for a field this tab is typing in waits until typing here pauses, so two
 * people's keystrokes are never spliced together under a cursor. Only the latest held change
 * per field is kept; `release` decides what to do with it once typing has paused.
 */
export function createTypingHold(release: (change: StampedOp) => void) {
  const typedAt = new Map<string, number>();
  const held = new Map<string, { change: StampedOp; timer: ReturnType<typeof setTimeout> }>();

  const typing = (field: string | undefined) => field !== undefined && Date.now() - (typedAt.get(field) ?? 0) < TYPING_PAUSE_MS;

  function hold(field: string, change: StampedOp) {
    clearTimeout(held.get(field)?.timer);
    const pause = TYPING_PAUSE_MS - (Date.now() - (typedAt.get(field) ?? 0));
    const timer = setTimeout(() => releaseHeld(field), Math.max(0, pause));
    held.set(field, { change, timer });
  }

  function releaseHeld(field: string) {
    const entry = held.get(field);
    if (!entry) return;
    if (typing(field)) return hold(field, entry.change);
    held.delete(field);
    release(entry.change);
  }

  return {
    typing,
    hold,
    /** A keystroke in this tab. */
    typed: (field: string) => typedAt.set(field, Date.now()),
    dispose: () => held.forEach((entry) => clearTimeout(entry.timer)),
  };
}
