import type { FacilitationSession } from '../facilitate/session';
import type { ExerciseSynthesis } from '../synthesis/synthesize';
import { TEMPLATE } from '../worksheet/template';
import { boardContent } from './boardContent';
import type { ContentBlock } from './content';
import type { PdfMetadata } from './render';
import { synthesisContent } from './synthesisContent';

/** A session's document: its blocks under a heading ("Room board", "Room answers"), named for the session. */
export interface SessionDocument {
  blocks: ContentBlock[];
  footer: string;
  meta: PdfMetadata;
  /** What the file name says it is. */
  kind: string;
}

function sessionDocument(
  session: FacilitationSession,
  heading: string,
  subject: string,
  kind: string,
  blocks: ContentBlock[],
): SessionDocument {
  const meta: PdfMetadata = { title: `${heading} — ${session.name}`, subject, author: '', creator: 'CPM Workshop', language: 'en-US' };
  return { blocks, footer: `${heading} · ${session.name}`, meta, kind };
}

/** The room board of a facilitation session. */
export function boardDocument(session: FacilitationSession): SessionDocument {
  return sessionDocument(session, 'Room board', 'Ideas from the room, CPM session', 'room-board', boardContent(TEMPLATE, session));
}

/** The room's answers of a facilitation session: what participants shared, grouped and counted. */
export function synthesisDocument(session: FacilitationSession, synthesis: ExerciseSynthesis[], contributions: number): SessionDocument {
  const blocks = synthesisContent(TEMPLATE, session, synthesis, contributions);
  return sessionDocument(session, 'Room answers', 'Answers participants shared, CPM session', 'room-answers', blocks);
}
