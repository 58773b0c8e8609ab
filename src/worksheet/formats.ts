/**
 * The format names the app's own files carry, so any reader can tell one kind from another
 * (a backup dropped where a contribution was expected is named as a backup).
 */
export const BACKUP_FORMAT = 'cpm-workshop-backup';
export const WORKSHEET_FORMAT = 'cpm-workshop-worksheet';
