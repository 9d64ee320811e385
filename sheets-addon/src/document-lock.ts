/**
 * Every write to the spreadsheet happens holding its lock, with whatever it depends on re-read inside: real
 * executions run in parallel (two teachers' sidebars, two dialogs), so "choose a free sheet name, then insert it"
 * or "find the chart, then insert one" must not interleave. A busy lock is a reply the page can act on (the
 * sidebar retries; a dialog says to try again), never an exception.
 */
import type { Lang, Localized } from '../../shared/i18n/localized.ts';
import { writeLock } from './apps-script.ts';
import { type Failure, fail } from './responses.ts';

/** How long a write waits for another teacher's write before answering "busy". */
export const LOCK_WAIT_MS = 3000;

/** What a teacher is told when someone else is writing. */
export const BUSY: Record<'award' | 'write', Localized> = {
  award: {
    zh: '另一位老师正在记分，这次记分已排队，稍后自动重试。',
    en: 'Another teacher is writing points; this award is queued and will be retried.',
  },
  write: {
    zh: '另一位老师正在修改这张表格，请过几秒再试一次。',
    en: 'Another teacher is changing this spreadsheet; try again in a few seconds.',
  },
};

/** Run `write` holding the document's write lock; a busy lock returns a busy failure instead of throwing. */
export const withDocumentLock = <T>(
  lang: Lang,
  write: () => T,
  busy: Localized = BUSY.write,
  waitMs = LOCK_WAIT_MS,
): T | Failure => {
  const lock = writeLock();
  if (!lock.tryLock(waitMs)) return fail(busy, lang, { busy: true });
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
};
