/**
 * Run the BUILT add-on (the same Code.js that clasp pushes) over the Apps Script stand-in, calling its top-level
 * functions the way Apps Script does: menu callbacks directly, page calls through google.script.run's wire rules.
 */
import { bundleAddon, type AddonBundle } from '../../sheets-addon/build.ts';
import { createStandIn, loadBundle, runServerFunction, type BundleContext, type StandIn, type StandInOptions } from '../../sheets-addon/harness/index.ts';

let built: Promise<AddonBundle> | null = null;
/** Built once per test file, in memory (no race on dist/ between parallel files). */
export const bundle = (): Promise<AddonBundle> => (built ??= bundleAddon());

export interface Session {
  si: StandIn;
  ctx: BundleContext;
  /** google.script.run.<name>(...args), result as the page receives it. */
  call: <T = any>(name: string, ...args: unknown[]) => T; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** A menu item or trigger: a plain call of the top-level function, then the execution ends. */
  menu: (name: string, ...args: unknown[]) => unknown;
}

export const open = async (opts: StandInOptions = {}): Promise<Session> => {
  const b = await bundle();
  const si = createStandIn({ files: b.pages, ...opts });
  return attach(si, b);
};

/** Another simulated user on the same spreadsheet. */
export const otherUser = async (s: Session, user: string, opts: Omit<StandInOptions, 'workbook' | 'user'> = {}): Promise<Session> =>
  attach(s.si.forUser(user, opts), await bundle());

const attach = (si: StandIn, b: AddonBundle): Session => {
  const ctx = loadBundle(b.code, si);
  return {
    si, ctx,
    call: (name, ...args) => runServerFunction(ctx, si, name, args) as never,
    menu: (name, ...args) => {
      try {
        return ctx[name](...args);
      } finally {
        si.endExecution();
      }
    },
  };
};

/** A class of 24 in a 名单 sheet as a teacher would type it (ids are numbers, as Sheets stores them). */
export const ROSTER_ZH: unknown[][] = [
  ['学号', '姓名', '性别', '语文', '数学', '英语', '不同组'],
  ...Array.from({ length: 24 }, (_, i) => {
    const a = (i * 37) % 24;
    return [2024001 + i, `学生${i + 1}`, i % 2 ? '女' : '男', 60 + a * 2, 55 + ((a * 7) % 40), 70 + ((a * 5) % 30), i === 0 ? '学生2' : ''];
  }),
];

export const formGroupsRequest = { by: 'size', value: 4, mix: '2:1:1', seed: 7 };
