// The key backups are encrypted with: read from the environment only (never a file in the repo),
// refused with a plain message when missing or too short to be a real secret.
export const BACKUP_KEY_NAME = 'BACKUP_ENCRYPTION_KEY';
const MIN_LENGTH = 16;

/** The backup key, or a message saying what is wrong with it. */
export function backupKey(env = process.env) {
  const key = env[BACKUP_KEY_NAME];
  if (!key) {
    return {
      problem:
        `${BACKUP_KEY_NAME} is not set. Backups are encrypted: set it to a long random secret kept outside this ` +
        `machine (e.g. \`export ${BACKUP_KEY_NAME}=$(openssl rand -base64 32)\`), and keep it: without it a backup cannot be restored.`,
    };
  }
  if (key.length < MIN_LENGTH)
    return { problem: `${BACKUP_KEY_NAME} is too short: use at least ${MIN_LENGTH} characters.` };
  return { key };
}
