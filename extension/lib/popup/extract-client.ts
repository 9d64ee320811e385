/**
 * Reading text as plans off the popup's thread: the text is capped at MAX_INPUT_CHARS and the extractor runs in a
 * Web Worker (../extract.worker.ts), given up after a timeout, so the popup answers clicks while it works.
 */
import type { ExtractResult } from '../../../shared/plan/types.ts';

import type { ExtractInput } from '../extract.ts';
import { MAX_INPUT_CHARS } from '../limits.ts';

export { MAX_INPUT_CHARS };

export interface ExtractRequest {
  id: number;
  input: ExtractInput;
}
export type ExtractReply = { id: number; ok: true; result: ExtractResult } | { id: number; ok: false; error: string };

/** The text to read and whether it had to be cut. */
export const capText = (text: string, max: number = MAX_INPUT_CHARS): { text: string; cut: boolean } =>
  text.length > max ? { text: text.slice(0, max), cut: true } : { text, cut: false };

let nextId = 1;

/** Extract in a fresh worker; rejects on an extractor error or after `timeoutMs`, and the worker is ended either way. */
export const extractInWorker = (input: ExtractInput, timeoutMs = 30_000): Promise<ExtractResult> =>
  new Promise<ExtractResult>((resolve, reject) => {
    const worker = new Worker(new URL('../extract.worker.ts', import.meta.url), { type: 'module' });
    const id = nextId++;
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`extraction took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.onmessage = (e: MessageEvent<ExtractReply>) => {
      if (e.data.id !== id) return;
      finish();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || 'worker failed'));
    };
    const request: ExtractRequest = { id, input };
    worker.postMessage(request);
  });
