/**
 * A monotonic clock for the timing figures in reports. Node and browsers have it; Apps Script V8 may not, so it
 * is declared possibly undefined and callers check `typeof performance` first. Declared here, narrowly, instead of
 * pulling in Node's or the DOM's types (see shared/tsconfig.json).
 */
declare const performance: { now(): number } | undefined;
