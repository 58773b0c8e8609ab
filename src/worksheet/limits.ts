/**
 * How much the app lets a user write, in one place. The editor, the presenter, Duplicate,
 * the messages between tabs and the backup validator all use these numbers, so whatever the
 * app can save, its own backup restores.
 */
export const LIMITS = {
  /** A long answer, or an added answer's text. */
  longText: 4_000,
  /** A crosswalk cell. */
  cell: 4_000,
  /** A list row: one line. */
  listItem: 300,
  /** Cover fields, the crosswalk's initiative, an added answer's name. */
  shortText: 200,
  /** A recall blank. */
  blank: 100,
  /** Rows in one list. */
  listRows: 30,
  /** Answers added to one exercise ("+ Add another audience"). */
  moreEntries: 5,
  /** A facilitation session's name. */
  sessionName: 200,
  /** One idea on the room board. */
  idea: 300,
  /** Ideas on one exercise's board. */
  ideasPerBoard: 100,
  /** Worksheets on one device. */
  worksheets: 1_000,
  /** Facilitation sessions on one device. */
  sessions: 50,
} as const;

/**
 * The largest a stored worksheet and session can be as JSON, once control characters are
 * stripped (every character is then at most 3 bytes of UTF-8). Checked by a test that builds
 * them at every limit.
 */
export const MAX_WORKSHEET_BYTES = 400_000;
export const MAX_SESSION_BYTES = 1_000_000;

/** The largest backup the app can write: every worksheet and session at its limits. */
export const MAX_BACKUP_BYTES = LIMITS.worksheets * MAX_WORKSHEET_BYTES + LIMITS.sessions * MAX_SESSION_BYTES + 1_000_000;

/**
 * Control characters other than tab and newline, direction overrides (which would show “evil”
 * as “live”), and halves of a broken surrogate pair.
 */
const UNPRINTABLE =
  '[\\u0000-\\u0008\\u000b-\\u001f\\u007f\\u202a-\\u202e]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const HAS_UNPRINTABLE = new RegExp(UNPRINTABLE);
const ALL_UNPRINTABLE = new RegExp(UNPRINTABLE, 'g');

/**
 * Text as the app stores it: no invisible control characters (they cannot be printed, can
 * reverse what is shown, and would bloat a backup), and no longer than its limit.
 */
export function cleanText(value: string, max: number): string {
  const clean = HAS_UNPRINTABLE.test(value) ? value.replace(ALL_UNPRINTABLE, '') : value;
  if (clean.length <= max) return clean;
  // Never cut a character made of two code units in half.
  const end = /[\ud800-\udbff]/.test(clean[max - 1] ?? '') ? max - 1 : max;
  return clean.slice(0, end);
}

/** "4,000", for messages about a limit. */
export const formatLimit = (max: number) => max.toLocaleString('en-US');
