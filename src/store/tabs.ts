import { isAnswerOp, type AnswerOp } from '../worksheet/ops';

/**
 * Keeps one worksheet consistent across tabs of this browser: each tab sends the ops it makes
 * and applies the ops of the others, then both save the same answers.
 */
export interface WorksheetTabs {
  send(op: AnswerOp): void;
  close(): void;
}

const tabId = crypto.randomUUID();

export function joinWorksheetTabs(worksheetId: string, onRemote: (op: AnswerOp) => void): WorksheetTabs {
  if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
  const channel = new BroadcastChannel(`cpm-workshop:worksheet:${worksheetId}`);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { worksheetId?: unknown; tab?: unknown; op?: unknown } | null;
    if (data && data.worksheetId === worksheetId && data.tab !== tabId && isAnswerOp(data.op)) onRemote(data.op);
  };
  return {
    send: (op) => channel.postMessage({ worksheetId, tab: tabId, op }),
    close: () => channel.close(),
  };
}
