/** DOM ids derived from prompt ids, so labels, focus moves and tests agree on them. */
export const fieldId = (...parts: Array<string | number>) => `f-${parts.join('-').replace(/[^\w-]/g, '-')}`;
