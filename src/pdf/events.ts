import type { jsPDF } from 'jspdf';

/**
 * jsPDF's event handlers run inside a try/catch that only logs ("jsPDF PubSub Error") and goes
 * on writing, so a handler that throws leaves a broken PDF behind a successful export. Our
 * handlers are subscribed through here: an error is recorded against its document, and
 * `throwHandlerErrors` (after output) fails the export with it.
 */

interface Events {
  subscribe(topic: string, handler: (...args: unknown[]) => void): string;
  unsubscribe(token: string): boolean;
  getTopics(): Record<string, Record<string, [unknown, boolean]> | undefined>;
}

const errors = new WeakMap<jsPDF, unknown[]>();

export const eventsOf = (doc: jsPDF) => (doc.internal as unknown as { events: Events }).events;

/** Subscribes `handler` to a jsPDF event of `doc`, recording what it throws. */
export function subscribeGuarded<A extends unknown[]>(doc: jsPDF, topic: string, handler: (...args: A) => void): void {
  const guarded = (...args: A) => {
    try {
      handler(...args);
    } catch (error) {
      errors.set(doc, [...(errors.get(doc) ?? []), error]);
      throw error;
    }
  };
  eventsOf(doc).subscribe(topic, guarded as unknown as (...args: unknown[]) => void);
}

/** Throws the first error a guarded handler of `doc` threw while the PDF was written. */
export function throwHandlerErrors(doc: jsPDF): void {
  const [first, ...more] = errors.get(doc) ?? [];
  if (first === undefined) return;
  errors.delete(doc);
  throw new Error(
    `The PDF could not be written${more.length ? ` (${more.length + 1} errors)` : ''}: ${first instanceof Error ? first.message : JSON.stringify(first)}`,
    {
      cause: first,
    },
  );
}
