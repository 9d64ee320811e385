/**
 * Run a bundled add-on (dist/Code.js) the way Apps Script does: one classic script whose top-level function
 * declarations are the entry points, with the service globals of a stand-in. Also the google.script.run wire
 * rules (which functions are callable, which values can cross), shared by tests and the playground.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { Realm } from './env.ts';
import type { StandIn } from './standin.ts';
import { isDate } from './values.ts';

/** The script's global object: its top-level functions and the stand-in services (what a name holds is checked
 * where it is used: see `entryPoints` and `runServerFunction`). */
export type BundleContext = Record<string, unknown>;

/** Compiled once per bundle text: many stand-ins (simulated users, test cases) run the same code. */
const compiled = new Map<string, vm.Script>();
const scriptFor = (code: string, filename: string): vm.Script => {
  let script = compiled.get(code);
  if (!script) {
    script = new vm.Script(code, { filename });
    compiled.set(code, script);
  }
  return script;
};

export const loadBundle = (code: string, standIn: StandIn, filename = 'Code.js'): BundleContext => {
  const ctx = vm.createContext({ ...standIn.globals, console });
  const realm = vm.runInContext(
    '({ Date: Date, Error: Error, array: function (a) { return Array.from(a); }, object: function (o) { return Object.assign({}, o); } })',
    ctx,
  ) as Realm;
  standIn.bindRealm(realm);
  scriptFor(code, filename).runInContext(ctx);
  return ctx as BundleContext;
};

/** The script's top-level function `name`, to call as Apps Script would (a missing one is an error that names it). */
export const scriptFunction = (ctx: BundleContext, name: string): ((...args: unknown[]) => unknown) => {
  const f = ctx[name];
  if (typeof f !== 'function') throw new Error(`Script function not found: ${name}`);
  return f as (...args: unknown[]) => unknown;
};

export const loadBundleFile = (path: string, standIn: StandIn): BundleContext =>
  loadBundle(readFileSync(path, 'utf8'), standIn, path);

/** Top-level functions google.script.run can call (Apps Script hides names ending in "_"). */
export const entryPoints = (ctx: BundleContext): string[] =>
  Object.keys(ctx).filter((k) => typeof ctx[k] === 'function' && !k.endsWith('_'));

/**
 * Check that `value` can cross google.script.run (numbers, strings, booleans, null, plain objects and arrays) and
 * return a plain copy. Apps Script turns a result holding a Date or function into null without a word; the
 * stand-in throws instead, naming where the bad value is, so the bug shows up here.
 */
export const toWire = (value: unknown, path = 'value'): unknown => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isDate(value)) throw new Error(`google.script.run cannot carry a Date (${path}); send an ISO string`);
  if (typeof value === 'function') throw new Error(`google.script.run cannot carry a function (${path})`);
  if (Array.isArray(value)) return value.map((v, i) => toWire(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      throw new Error(
        `google.script.run can only carry plain objects (${path} is a ${value.constructor?.name ?? 'class instance'})`,
      );
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v, `${path}.${k}`);
    return out;
  }
  return null;
};

export class ServerFunctionError extends Error {
  override name = 'ScriptError';
}

/**
 * Call a top-level function as google.script.run would: one execution (locks released at the end), arguments
 * and result checked and copied across the wire. A throw in the script becomes a ServerFunctionError whose
 * message is what the failure handler would see.
 */
export const runServerFunction = (ctx: BundleContext, standIn: StandIn, name: string, args: unknown[]): unknown => {
  // Refused by Apps Script itself (several accounts signed in): the script never runs.
  if (standIn.platformRefusal !== null) throw new ServerFunctionError(standIn.platformRefusal);
  if (!entryPoints(ctx).includes(name)) {
    throw new ServerFunctionError(`Script function not found: ${name}`);
  }
  const wireArgs = args.map((a, i) => toWire(a, `argument ${i + 1}`));
  try {
    const result = scriptFunction(ctx, name)(...wireArgs);
    return toWire(result, 'result');
  } catch (e) {
    const err = e as { name?: unknown; message?: unknown };
    const message = typeof err?.message === 'string' ? err.message : String(e);
    throw new ServerFunctionError(err?.name === 'Exception' ? `Exception: ${message}` : message);
  } finally {
    standIn.endExecution();
  }
};
