import type { SynthesisEdits } from './synthesize';

/** The facilitator's hand edits to the synthesis, as pure changes to the stored edits. */

export function hideGroup(edits: SynthesisEdits, id: string): SynthesisEdits {
  return edits.hidden.includes(id) ? edits : { ...edits, hidden: [...edits.hidden, id] };
}

export function showGroup(edits: SynthesisEdits, id: string): SynthesisEdits {
  return { ...edits, hidden: edits.hidden.filter((hidden) => hidden !== id) };
}

/** Merges `from` into `into`; what was merged into `from` before follows it. */
export function mergeGroup(edits: SynthesisEdits, from: string, into: string): SynthesisEdits {
  if (from === into) return edits;
  const merges = edits.merges
    .filter((merge) => merge.from !== from)
    .map((merge) => (merge.into === from ? { ...merge, into } : merge))
    .filter((merge) => merge.from !== merge.into);
  return { ...edits, merges: [...merges, { from, into }] };
}

/** Undoes every merge into a group: its answers stand on their own again. */
export function splitGroup(edits: SynthesisEdits, id: string): SynthesisEdits {
  return { ...edits, merges: edits.merges.filter((merge) => merge.into !== id) };
}

export function hasMerges(edits: SynthesisEdits, id: string): boolean {
  return edits.merges.some((merge) => merge.into === id);
}
