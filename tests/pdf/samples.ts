import { emptyAnswers, shortId } from '../../src/worksheet/answers';
import { PRACTICE_ELEMENTS, TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';

/** A word of 200 letters without a space: it must break by letter, never overflow. */
export const LONG_WORD = 'Supercalifragilistic'.repeat(10);

/** What a participant in California might type, in several scripts, plus text that must stay text. */
export const SAMPLES = {
  name: 'María José Peña',
  role: 'Deputy Director — Children’s Services',
  agency: 'Condado de Fresno',
  session: 'Director’s Institute Fresno',
  date: '2026-11-23',
  /** How the cover prints the date above. */
  dateOnPaper: 'November 23, 2026',
  levels: ['Family', 'System'],
  elements: ['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability'],
  improvements: [
    'Safety Organized Practice rollout',
    'Child and Family Teams in Fresno',
    'Family First planning',
    'ICWA compliance review',
  ],
  crosswalks: [
    { initiative: 'Child and Family Teams in Fresno', cell: (label: string) => `CFT ${label} 儿童福利` },
    { initiative: 'Continuum of Care Reform', cell: (label: string) => `CCR ${label} 아동 복지` },
  ],
  benefitsFamilies: 'Safer, more stable homes; Добро пожаловать',
  benefitsStaff: 'Shared language. Բարի գալուստ. 아동 복지',
  orgFactors: [
    'Salamat po sa inyong tulong',
    'Nguyễn Thị Minh Khai coaches supervisors',
    '<script>alert(1)</script>',
    '%PDF-1.4',
    LONG_WORD,
    'Data dashboards for 儿童福利 outcomes',
  ],
  rolesFamily: 'Model engagement in every case review.',
  rolesSystem: 'Use data to track progress and celebrate successes.',
  sayingDoing: 'Say it, then do it, every single day.',
  messagesTeam: 'We team with families, always.',
  messagesSocialWorkers: 'Your judgment matters to this county.',
  moreName: 'community partners',
  moreText: 'Join our child and family teams next spring.',
} as const;

/** The label the PDF prints above the extra audience. */
export const MORE_LABEL = `With ${SAMPLES.moreName}?`;

/** Every field of the worksheet filled: cover, blanks, lists, two crosswalks, long texts and one more audience. */
export function filledAnswers(): Answers {
  const a = emptyAnswers(TEMPLATE);
  a.text['cover.name'] = SAMPLES.name;
  a.text['cover.role'] = SAMPLES.role;
  a.text['cover.agency'] = SAMPLES.agency;
  a.text['cover.session'] = SAMPLES.session;
  a.text['cover.date'] = SAMPLES.date;
  a.blanks.levels = [...SAMPLES.levels];
  a.blanks.elements = [...SAMPLES.elements];
  a.lists.improvements = SAMPLES.improvements.map((text) => ({ id: shortId(), text }));
  a.crosswalks.crosswalk = SAMPLES.crosswalks.map((c) => ({
    id: shortId(),
    initiative: c.initiative,
    cells: Object.fromEntries(PRACTICE_ELEMENTS.map((e) => [e.id, c.cell(e.label)])),
  }));
  a.text['benefits.families'] = SAMPLES.benefitsFamilies;
  a.text['benefits.staff'] = SAMPLES.benefitsStaff;
  a.lists['org-factors'] = SAMPLES.orgFactors.map((text) => ({ id: shortId(), text }));
  a.text['roles.family'] = SAMPLES.rolesFamily;
  a.text['roles.system'] = SAMPLES.rolesSystem;
  a.text['saying-doing'] = SAMPLES.sayingDoing;
  a.text['messages.team'] = SAMPLES.messagesTeam;
  a.text['messages.social-workers'] = SAMPLES.messagesSocialWorkers;
  a.more['messages.more'] = [{ id: shortId(), name: SAMPLES.moreName, text: SAMPLES.moreText }];
  return a;
}

/** Every answer string the filled worksheet prints (the blanks' words also occur in the template's own text). */
export function answerStrings(): string[] {
  return [
    SAMPLES.name,
    SAMPLES.role,
    SAMPLES.agency,
    SAMPLES.session,
    ...SAMPLES.improvements,
    ...SAMPLES.crosswalks.flatMap((c) => [c.initiative, ...PRACTICE_ELEMENTS.map((e) => c.cell(e.label))]),
    SAMPLES.benefitsFamilies,
    SAMPLES.benefitsStaff,
    ...SAMPLES.orgFactors,
    SAMPLES.rolesFamily,
    SAMPLES.rolesSystem,
    SAMPLES.sayingDoing,
    SAMPLES.messagesTeam,
    SAMPLES.messagesSocialWorkers,
    SAMPLES.moreText,
    MORE_LABEL,
  ];
}

/** Text without any whitespace: pdf.js and line wrapping split runs in different places. */
export const squash = (text: string) => text.replace(/\s+/g, '');
