/**
 * google.script.run and google.script.host for a page shown by the add-on in the playground.
 * Injected before the page's own scripts (frame.ts bundles this module). The page runs in a sandboxed iframe
 * (opaque origin, like Apps Script's googleusercontent frames), so calls go to the playground page by postMessage,
 * which POSTs them to the server.
 * Config comes from window.__HUZHU_PLAYGROUND__ = { entryPoints: [...], kind, maxInFlight }.
 */
import type { FrameConfig, FrameMessage, ResultMessage } from './protocol.ts';

type SuccessHandler = (value: unknown, userObject: unknown) => void;
type FailureHandler = (error: Error, userObject: unknown) => void;

interface Call {
  id: number;
  fn: string;
  args: unknown[];
  onSuccess: SuccessHandler | null;
  onFailure: FailureHandler | null;
  userObject: unknown;
}

interface ShimWindow {
  __HUZHU_PLAYGROUND__?: FrameConfig;
  google?: { script?: unknown };
}
const w: Window & ShimWindow = window;

const cfg: FrameConfig = w.__HUZHU_PLAYGROUND__ ?? { entryPoints: [], kind: '', maxInFlight: 10 };
let nextId = 1;
const pending = new Map<number, Call>();
const queue: Call[] = [];
let inFlight = 0;

/** Why `v` cannot be sent by google.script.run (null when it can): primitives, plain objects and arrays only. */
function notPlainData(v: unknown, path: string): string | null {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return null;
  if (Object.prototype.toString.call(v) === '[object Date]') return `${path} is a Date`;
  if (typeof v === 'function') return `${path} is a function`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const e = notPlainData(v[i], `${path}[${i}]`);
      if (e) return e;
    }
    return null;
  }
  if (typeof v === 'object') {
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== null && proto !== Object.prototype) return `${path} is not a plain object`;
    for (const [k, x] of Object.entries(v)) {
      const e = notPlainData(x, `${path}.${k}`);
      if (e) return e;
    }
    return null;
  }
  return `${path} has an unsupported type`;
}

/** A <form> element is a legal argument: it is sent as {name: value} of its fields. */
function formToObject(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of Array.from(form.elements)) {
    if (
      !(
        field instanceof HTMLInputElement ||
        field instanceof HTMLSelectElement ||
        field instanceof HTMLTextAreaElement ||
        field instanceof HTMLButtonElement
      )
    )
      continue;
    if (!field.name || field.disabled) continue;
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio') && !field.checked)
      continue;
    out[field.name] = field.value;
  }
  return out;
}

const post = (m: FrameMessage): void => {
  window.parent.postMessage(m, '*');
};

function pump(): void {
  while (inFlight < cfg.maxInFlight) {
    const call = queue.shift();
    if (!call) return;
    inFlight++;
    pending.set(call.id, call);
    post({ type: 'huzhu-run', id: call.id, fn: call.fn, args: call.args });
  }
}

function settle(call: Call, ok: boolean, payload: unknown): void {
  setTimeout(() => {
    if (ok) {
      call.onSuccess?.(payload, call.userObject);
      return;
    }
    const failure = typeof payload === 'object' && payload !== null ? payload : {};
    const err = new Error('message' in failure && failure.message ? String(failure.message) : String(payload));
    err.name = 'name' in failure && failure.name ? String(failure.name) : 'ScriptError';
    if (call.onFailure) call.onFailure(err, call.userObject);
    else console.error(`google.script.run ${call.fn} failed: ${err.message}`);
  }, 0);
}

const isResult = (m: unknown): m is ResultMessage =>
  typeof m === 'object' && m !== null && 'type' in m && m.type === 'huzhu-result';

window.addEventListener('message', (ev) => {
  if (ev.source !== window.parent) return;
  const m: unknown = ev.data;
  if (!isResult(m)) return;
  const call = pending.get(m.id);
  if (!call) return;
  pending.delete(m.id);
  inFlight--;
  settle(call, m.ok, m.ok ? m.value : m.error);
  pump();
});

/** google.script.run: the handler setters, and one function per entry point of the add-on. */
function runner(
  onSuccess: SuccessHandler | null,
  onFailure: FailureHandler | null,
  userObject: unknown,
): Record<string, unknown> {
  const r: Record<string, unknown> = {
    withSuccessHandler: (f: SuccessHandler) => runner(f, onFailure, userObject),
    withFailureHandler: (f: FailureHandler) => runner(onSuccess, f, userObject),
    withUserObject: (o: unknown) => runner(onSuccess, onFailure, o),
  };
  for (const name of cfg.entryPoints) {
    r[name] = (...given: unknown[]): void => {
      const args = given.map((a) => (a instanceof HTMLFormElement ? formToObject(a) : a));
      const call: Call = { id: nextId++, fn: name, args, onSuccess, onFailure, userObject };
      const bad = notPlainData(args, 'arguments');
      if (bad) {
        settle(call, false, { name: 'Error', message: `Invalid argument to google.script.run.${name}: ${bad}` });
        return;
      }
      queue.push(call);
      pump();
    };
  }
  return r;
}

w.google = w.google ?? {};
w.google.script = {
  run: runner(null, null, undefined),
  host: {
    origin: 'https://docs.google.com',
    close: () => post({ type: 'huzhu-close' }),
    setHeight: (h: unknown) => post({ type: 'huzhu-resize', height: Number(h) }),
    setWidth: (wd: unknown) => post({ type: 'huzhu-resize', width: Number(wd) }),
    editor: { focus: () => post({ type: 'huzhu-focus' }) },
  },
};
