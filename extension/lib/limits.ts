/**
 * How much text the extension reads at most, from a page or the paste box: about 100 pages of a plan, far above
 * any real one (the plan corpus' longest is under 30,000 characters), read by the extractor in about a second and
 * small enough to keep in storage.session (10 MB). Longer text is cut there and the teacher is told.
 */
export const MAX_INPUT_CHARS = 200_000;

/** The longest the injected page reader walks a page before it stops and says the page was cut. */
export const PAGE_WALK_BUDGET_MS = 400;

/**
 * Headings (and removed clutter lines) the popup lists, over all plans: each level selector costs about 2 ms to lay out
 * (measured in Chromium: 2,000 took 4.4 s; a 200,000-character paste's 12,500 headings held the popup for seconds,
 * 200 of them for 0.8 s); a real plan has a few dozen, the fixture collection page of ten plans about 170. The rest are
 * counted and written as read.
 */
export const MAX_SHOWN_HEADINGS = 200;
