/**
 * Which tab "Import this page" reads. In the toolbar popup it is the active tab of the current window. When the popup
 * page is open in a tab of its own (a user can do that; the end-to-end test does), it is the most recently used
 * other tab.
 */
export interface TabInfo {
  id?: number;
  active?: boolean;
  lastAccessed?: number;
  url?: string;
}

export const chooseTargetTab = (tabs: readonly TabInfo[], selfTabId: number | undefined): number | null => {
  const others = tabs.filter(
    (t) =>
      t.id !== undefined &&
      t.id !== selfTabId &&
      !(t.url ?? '').startsWith('chrome-extension:') &&
      !(t.url ?? '').startsWith('moz-extension:'),
  );
  if (selfTabId === undefined) {
    const active = others.find((t) => t.active);
    if (active?.id !== undefined) return active.id;
  }
  let best: TabInfo | null = null;
  for (const t of others) if (!best || (t.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = t;
  return best?.id ?? null;
};
