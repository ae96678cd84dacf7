/** Whether the grid's keyboard shortcuts are shown, remembered in this browser. */

const HELP_KEY = 'rcp.audit-grid.keyboard-help';

/** Shown unless the person hid it here before (or storage cannot be read). */
export function readHelpPreference(): boolean {
  try {
    return globalThis.localStorage?.getItem(HELP_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

export function writeHelpPreference(open: boolean): void {
  try {
    globalThis.localStorage?.setItem(HELP_KEY, open ? 'shown' : 'hidden');
  } catch {
    // Storage may be off (private browsing): the panel just starts shown next time.
  }
}
