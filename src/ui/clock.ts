import { createSignal, onCleanup } from 'solid-js';

/** The current time, updated every `everyMs` while the component lives. */
export function useNow(everyMs = 250): () => number {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), everyMs);
  onCleanup(() => clearInterval(timer));
  return now;
}

/** "4:05" for a countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** "14:32" in the user's locale and clock. */
export function clockTime(date: Date): string {
  return date.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}

/** "Today at 14:32", "Yesterday at 09:05" or "Mar 4, 2026", for the library. */
export function whenChanged(time: number, now = new Date()): string {
  const date = new Date(time);
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (time >= startOfToday) return `Today at ${clockTime(date)}`;
  if (time >= startOfToday - 86_400_000) return `Yesterday at ${clockTime(date)}`;
  return date.toLocaleDateString([], { year: 'numeric', month: 'short', day: 'numeric' });
}
