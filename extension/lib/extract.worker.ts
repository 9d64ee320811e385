/**
 * The plan extractor in a Web Worker, so reading a long text never freezes the popup. Messages: {id, input} in (extract.ts ExtractInput),
 * {id, ok, result | error} out. Bundled by Vite from `new Worker(new URL(...), {type: 'module'})` in popup/extract-client.ts.
 */
import { extractInput } from './extract.ts';
import type { ExtractReply, ExtractRequest } from './popup/extract-client.ts';

// This file runs in a worker: its global is a DedicatedWorkerGlobalScope (typed structurally; the extension's
// tsconfig has the DOM library, not the worker one).
const scope = globalThis as unknown as {
  onmessage: ((e: { data: ExtractRequest }) => void) | null;
  postMessage(reply: ExtractReply): void;
};

scope.onmessage = (e) => {
  const { id, input } = e.data;
  try {
    scope.postMessage({ id, ok: true, result: extractInput(input) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
