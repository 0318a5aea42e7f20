/**
 * Asks the browser not to evict the till's storage when the disk fills (the outbox lives there).
 * Chromium grants it to an installed app or a site the user engages with; the answer is shown in
 * the status panel so a manager can see a till at risk.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
