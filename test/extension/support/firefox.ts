/**
 * Debian's Firefox ESR driven over WebDriver BiDi, Firefox's built-in remote protocol
 * (https://firefox-source-docs.mozilla.org/remote/index.html). Playwright's own Firefox needs a patched build (it
 * starts Firefox with -juggler-pipe, which firefox-esr does not know: the process exits at once), so this speaks
 * BiDi directly: webExtension.install loads the add-on as a temporary one, and --remote-allow-system-access lets
 * browsingContext.navigate open its moz-extension:// pages (refused otherwise: "not allowed in this context").
 * The profile pins the add-on's internal UUID (extensions.webextensions.uuids) so its pages have a known URL, and
 * turns off Firefox's own background traffic; pages under test are served from 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX = '/usr/bin/firefox-esr';

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

export interface Firefox {
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  events: BidiEvent[];
  /** Evaluate `expression` (awaiting a promise) in a browsing context; the value as BiDi serialises it. */
  evaluate(context: string, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

const PREFS: Record<string, string | boolean | number> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'app.update.enabled': false,
  'app.update.auto': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.newtabpage.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'xpinstall.signatures.required': false,
};

/** BiDi remote values → plain JSON (strings, numbers, booleans, null, arrays, objects). */
const plain = (v: unknown): unknown => {
  const r = v as { type?: string; value?: unknown };
  switch (r?.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return r.value;
    case 'null':
    case 'undefined':
      return null;
    case 'array':
      return ((r.value as unknown[]) ?? []).map(plain);
    case 'object':
      return Object.fromEntries(((r.value as [unknown, unknown][]) ?? []).map(([k, x]) => [String(k), plain(x)]));
    default:
      return r?.value ?? null;
  }
};

export const launchFirefox = async (opts: { uuids: Record<string, string> }): Promise<Firefox> => {
  if (!existsSync(FIREFOX))
    throw new Error(`No Firefox ESR at ${FIREFOX}: install it with \`apt-get install -y firefox-esr\` (.ci/run does).`);
  const profile = mkdtempSync(join(tmpdir(), 'huzhu-ff-'));
  const prefs = { ...PREFS, 'extensions.webextensions.uuids': JSON.stringify(opts.uuids) };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const proc: ChildProcess = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi: ${seen.slice(-2000)}`)), 60_000);
    const on = (d: Buffer): void => {
      seen += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stderr?.on('data', on);
    proc.stdout?.on('data', on);
    proc.on('exit', (code) => reject(new Error(`Firefox exited (${code}): ${seen.slice(-2000)}`)));
  });
  const ws = new WebSocket(`${url}/session`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const events: BidiEvent[] = [];
  ws.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString()) as {
      id?: number;
      type: string;
      result?: Record<string, unknown>;
      error?: string;
      message?: string;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (m.type === 'event' && m.method) events.push({ method: m.method, params: m.params ?? {} });
    if (m.id === undefined) return;
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.type === 'success') p?.resolve(m.result ?? {});
    else p?.reject(new Error(`${m.error}: ${m.message}`));
  });
  const send = <T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: (v) => resolve(v as T), reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  return {
    send,
    events,
    evaluate: async (context, expression) => {
      const r = await send<{ type: string; result?: unknown; exceptionDetails?: { text?: string } }>(
        'script.evaluate',
        {
          expression,
          target: { context },
          awaitPromise: true,
        },
      );
      if (r.type === 'exception') throw new Error(`in Firefox: ${r.exceptionDetails?.text ?? 'exception'}`);
      return plain(r.result);
    },
    close: async () => {
      ws.close();
      proc.kill();
      await new Promise((r) => setTimeout(r, 300));
      rmSync(profile, { recursive: true, force: true });
    },
  };
};
