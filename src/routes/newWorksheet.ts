import { opensNewWorksheet } from '../paths';
import { startWorksheet } from '../store/worksheets';

/**
 * Starts the worksheet a /new link asks for and returns its id. Its form opens at once from
 * the template; the first write is under way, and a failure shows in the save status.
 */
export function startNewWorksheet(): string {
  const { record, stored } = startWorksheet();
  stored.catch(() => {});
  return record.id;
}

/**
 * A /new link opened from outside (the link a facilitator shares) becomes its worksheet's
 * address before the router starts, so the router opens the worksheet at once instead of
 * redirecting to it: one navigation fewer before the first field.
 */
export function openNewWorksheetAddress(): void {
  if (!opensNewWorksheet(location.hash)) return;
  history.replaceState(history.state, '', `#/worksheets/${startNewWorksheet()}`);
}
