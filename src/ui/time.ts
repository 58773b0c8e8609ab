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
