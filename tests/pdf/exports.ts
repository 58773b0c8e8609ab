import { newSession, reduce, roomExercises, type Action, type FacilitationSession } from '../../src/facilitate/session';
import type { ContentBlock } from '../../src/pdf/content';
import type { Paper } from '../../src/pdf/layout';
import type { PdfMetadata } from '../../src/pdf/render';
import { boardDocument, synthesisDocument } from '../../src/pdf/sessionPdf';
import { buildPdf, fontsFor, worksheetDocument } from '../../src/pdf/worksheetPdf';
import { buildContribution, defaultSharedIds } from '../../src/synthesis/contribution';
import { synthesize } from '../../src/synthesis/synthesize';
import { blankAnswers, emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';
import { nodeFonts } from './fonts';
import { filledAnswers } from './samples';

/** Every kind of PDF the app exports, built as the app builds it (blocks, footer, metadata), in node. */

export interface ExportDocument {
  name: string;
  blocks: ContentBlock[];
  footer: string;
  meta: PdfMetadata;
}

/** Words enough for a crosswalk cell taller than half a page: its row splits across pages. */
const LONG_CELL = Array.from({ length: 90 }, (_, i) => `Family voice ${i + 1} guides every plan we make together.`).join(' ');

function splitRowAnswers(): Answers {
  const answers = filledAnswers();
  answers.crosswalks.crosswalk![0]!.cells.inquiry = LONG_CELL;
  return answers;
}

const T0 = 1_700_000_000_000;

/** A room board with ideas on a list and on the crosswalk, one idea hidden, and a revealed answer key. */
function boardSession(): FacilitationSession {
  const ids = roomExercises(TEMPLATE).map((exercise) => exercise.id);
  const goto = (id: string): Action => ({ type: 'goto', index: ids.indexOf(id) });
  const actions: Action[] = [
    goto('levels'),
    { type: 'toggleReveal' },
    goto('improvements'),
    { type: 'addIdea', text: 'Safety Organized Practice', id: 'i1' },
    { type: 'addIdea', text: 'Child and Family Teams — 儿童福利', id: 'i2' },
    { type: 'addIdea', text: 'Hidden idea', id: 'i3' },
    { type: 'toggleIdea', id: 'i3' },
    goto('crosswalk'),
    { type: 'addIdea', text: 'Family voice', id: 'c1' },
    { type: 'addIdea', text: 'CFT meetings', column: 'teaming', id: 'c2' },
    { type: 'addIdea', text: 'Court reports', column: 'accountability', id: 'c3' },
  ];
  return actions.reduce((s, action) => reduce(TEMPLATE, s, action, T0), newSession(TEMPLATE, 'Monday cohort', '2024-05-06', T0));
}

/** Room answers from five participants: lists, blanks and a long text, in English and Korean. */
function synthesisParts() {
  const contributions = Array.from({ length: 5 }, (_, i) => {
    const answers = emptyAnswers(TEMPLATE);
    answers.lists.improvements = Array.from({ length: i + 1 }, (_, k) => ({ id: `i${k}`, text: `Improvement ${'ABCDE'[k]}` }));
    answers.blanks.levels = ['Family', i % 2 ? 'System' : ''];
    answers.text['benefits.families'] = i % 2 ? '아동 복지 향상' : 'Safer, more stable homes';
    return buildContribution(TEMPLATE, answers, { exerciseIds: defaultSharedIds(TEMPLATE), includeName: false }, `c-${i}`);
  });
  const session = newSession(TEMPLATE, 'Tuesday cohort', '2024-05-07', T0);
  return { session, synthesis: synthesize(TEMPLATE, contributions), count: contributions.length };
}

function worksheet(name: string, answers: Answers): ExportDocument {
  return { name, ...worksheetDocument(TEMPLATE, answers) };
}

/** The exports under test: the four the app makes, and a worksheet whose crosswalk row splits across pages. */
export function exportDocuments(): ExportDocument[] {
  const room = synthesisParts();
  return [
    worksheet('blank handout', blankAnswers(TEMPLATE)),
    worksheet('filled worksheet', filledAnswers()),
    worksheet('worksheet with a split crosswalk row', splitRowAnswers()),
    { name: 'room board', ...boardDocument(boardSession()) },
    { name: 'room answers', ...synthesisDocument(room.session, room.synthesis, room.count) },
  ];
}

/** The document's PDF, as the app would export it, with the fonts its text needs. */
export function exportBytes(doc: ExportDocument, paper: Paper): ArrayBuffer {
  return buildPdf(doc.blocks, doc.footer, nodeFonts(fontsFor(doc.blocks, doc.footer)), paper, doc.meta);
}
