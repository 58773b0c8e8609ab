/**
 * The worksheet as data. Every view (form, progress, PDF, projector) is a function of a
 * Template plus Answers, so prompt wording lives only in template.ts.
 *
 * Text fields may use two marks from the paper handout: **bold** and *italic*.
 */

/** A one-line or multi-line answer typed by the participant. */
export interface TextPrompt {
  kind: 'shortText' | 'longText';
  id: string;
  /** Visible label; when absent, the exercise question labels the field. */
  label?: string;
  /** HTML input type for short text, e.g. a date on the cover. */
  inputType?: 'text' | 'date';
  autocomplete?: string;
}

/** "The ____ Level": blanks recalled from the session, checked against an answer key. */
export interface BlanksPrompt {
  kind: 'blanks';
  id: string;
  blanks: Array<{ label: string; before?: string; after?: string }>;
  /** Each entry is one correct answer and the spellings accepted for it; order does not matter. */
  answerKey: string[][];
}

/** Numbered items the participant can add, remove and reorder. */
export interface ListPrompt {
  kind: 'list';
  id: string;
  /** Singular noun for one item, used in labels: "Factor 3", "Remove factor 3". */
  itemLabel: string;
  /** Rows shown on a fresh worksheet, like the lines on paper. */
  rows: number;
}

/** One initiative's principles lined up under each practice element. */
export interface CrosswalkPrompt {
  kind: 'crosswalk';
  id: string;
  /** The list prompt whose items are offered as initiatives. */
  sourceListId: string;
  suggestions: string[];
  columns: Array<{ id: string; label: string }>;
  /** How many crosswalks a participant may fill in. */
  max: number;
}

export type Prompt = TextPrompt | BlanksPrompt | ListPrompt | CrosswalkPrompt;
export type PromptKind = Prompt['kind'];

/** Read-only text printed on the handout between exercises. */
export interface TextBlock {
  kind: 'text';
  id: string;
  paragraphs: string[];
  bullets?: string[];
  /** A callout stands out on the page, like the boxed passages on paper. */
  style?: 'plain' | 'callout';
}

/** Extra answers the participant may add beyond the printed ones (e.g. another audience). */
export interface MoreAnswers {
  id: string;
  addLabel: string;
  /** Label of the input that names the new entry. */
  nameLabel: string;
  /** Shown as the entry's label around its name: "With {name}?" */
  labelTemplate: string;
}

/** What a facilitator projects and says for one exercise. */
export interface FacilitatorNotes {
  /** The prompt as projected, shortened for the screen; the question itself when absent. */
  screen?: string;
  /** Suggested time, which seeds the presenter's timer. */
  minutes: number;
  talkingPoints?: string[];
}

/** A question on the worksheet with the fields that answer it. */
export interface Exercise {
  kind: 'exercise';
  id: string;
  question: string;
  /** Text printed right under the question. */
  lead?: string;
  hint?: string;
  prompts: Prompt[];
  more?: MoreAnswers;
  /** Present when the exercise is run with the whole room. */
  facilitator?: FacilitatorNotes;
  /** A personal reflection: never offered for sharing with the facilitator unless the participant ticks it. */
  personal?: boolean;
}

export type Block = TextBlock | Exercise;

export interface Section {
  id: string;
  /** Short name for the navigation. */
  navTitle: string;
  title: string;
  blocks: Block[];
}

export interface Template {
  id: string;
  /** Bumped whenever a prompt is added, removed or re-keyed. */
  version: number;
  title: string;
  sections: Section[];
}

/* ---------- Answers ---------- */

export interface ListItem {
  id: string;
  text: string;
}

export interface Crosswalk {
  id: string;
  initiative: string;
  cells: Record<string, string>;
}

export interface MoreEntry {
  id: string;
  name: string;
  text: string;
}

/** Everything a participant has typed, keyed by prompt id. */
export interface Answers {
  text: Record<string, string>;
  blanks: Record<string, string[]>;
  lists: Record<string, ListItem[]>;
  crosswalks: Record<string, Crosswalk[]>;
  more: Record<string, MoreEntry[]>;
}
