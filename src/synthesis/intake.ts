import type { Template } from '../worksheet/types';
import type { Contribution } from './contribution';
import { ContributionError, readContribution } from './validate';

/** A file as the facilitator dropped it: its name and its text. */
export interface DroppedFile {
  name: string;
  text: string;
  size: number;
}

export interface Skipped {
  fileName: string;
  /** One line, finishing "… was skipped because …". */
  reason: string;
}

export interface Intake {
  added: Contribution[];
  skipped: Skipped[];
}

/**
 * Validates many files at once: each good one is added, each bad, duplicate or foreign one is
 * skipped with its reason, and one bad file never stops the rest.
 */
export function takeIn(template: Template, existing: readonly Contribution[], files: readonly DroppedFile[]): Intake {
  const seen = new Set(existing.map((c) => c.contributionId));
  const added: Contribution[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    try {
      const contribution = readContribution(template, file.text, file.size);
      if (seen.has(contribution.contributionId)) {
        skipped.push({ fileName: file.name, reason: 'it was already added (the same contribution, perhaps sent twice).' });
        continue;
      }
      seen.add(contribution.contributionId);
      added.push(contribution);
    } catch (error) {
      const reason = error instanceof ContributionError ? error.message : 'it could not be read.';
      skipped.push({ fileName: file.name, reason });
    }
  }
  return { added, skipped };
}

/** "CPM-contribution-x.json was skipped because it is not readable JSON …" */
export function skippedLine(skipped: Skipped): string {
  return `${skipped.fileName} was skipped because ${skipped.reason}`;
}
