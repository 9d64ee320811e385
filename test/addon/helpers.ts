/**
 * Run the BUILT add-on (the same Code.js that clasp pushes) over the Apps Script stand-in, calling its top-level
 * functions the way Apps Script does: menu callbacks directly, page calls through google.script.run's wire rules.
 */
import { eventToRow } from '../../shared/points/log.ts';
import type { AddonBundle } from '../../sheets-addon/build.ts';
import type { Failure } from '../../sheets-addon/src/responses.ts';
import {
  type BundleContext,
  createStandIn,
  loadBundle,
  runServerFunction,
  type StandIn,
  scriptFunction,
  type SheetModel,
  type StandInOptions,
} from '../../sheets-addon/harness/index.ts';
import { builtAddon } from '../support/addon-bundle.ts';

/** The built add-on: built once per test run (test/support/addon-bundle-setup.ts), in memory. */
export const bundle = (): AddonBundle => builtAddon();

/** The formulas a sheet holds (none, where untrusted text was written as plain text). */
export const formulasIn = (sheet: SheetModel): string[] =>
  sheet
    .formulas()
    .flat()
    .filter((f) => f !== '');

type EntryPoints = typeof import('../../sheets-addon/src/main.ts');
/** A top-level function of the bundle (src/main.ts's exports). */
export type EntryPoint = keyof EntryPoints;
/**
 * What google.script.run.<name> gives the page: the entry point's success value or its Failure, as one object
 * type a test can read either from (`ok` tells which; the other side's fields are then undefined).
 */
type Either<R> = R extends unknown ? Omit<R, 'ok'> : never;
export type Reply<K extends EntryPoint> = Either<Exclude<ReturnType<EntryPoints[K]>, Failure>> &
  Partial<Omit<Failure, 'ok'>> & { ok: boolean };

export interface Session {
  si: StandIn;
  ctx: BundleContext;
  /** google.script.run.<name>(...args), result as the page receives it. */
  call: <K extends EntryPoint>(name: K, ...args: unknown[]) => Reply<K>;
  /** A menu item or trigger: a plain call of the top-level function, then the execution ends. */
  menu: (name: string, ...args: unknown[]) => unknown;
}

export const open = async (opts: StandInOptions = {}): Promise<Session> => {
  const b = bundle();
  const si = createStandIn({ files: b.pages, ...opts });
  return attach(si, b);
};

/** Another simulated user on the same spreadsheet. */
export const otherUser = async (
  s: Session,
  user: string,
  opts: Omit<StandInOptions, 'workbook' | 'user'> = {},
): Promise<Session> => attach(s.si.forUser(user, opts), bundle());

let requestCount = 0;
/** A request id as the sidebar makes one per click (letters, digits and dashes). */
export const newRequestId = (): string => `test-request-${String(++requestCount).padStart(6, '0')}`;

/**
 * The sidebar sends every write with a request id made at the click and the attempt number; tests that do not
 * care about retries get a fresh id and attempt 1, as a first click would. Tests of retries pass their own.
 */
const asSidebarSends = (name: string, args: unknown[]): unknown[] => {
  const first = { requestId: newRequestId(), attempt: 1 };
  if (name === 'awardPoints') return [{ ...first, ...(args[0] as object) }, ...args.slice(1)];
  if (name === 'undoLast') return [args[0] ?? first];
  if (name === 'reverseEntry') return [args[0], args[1] ?? first];
  return args;
};

const attach = (si: StandIn, b: AddonBundle): Session => {
  const ctx = loadBundle(b.code, si);
  return {
    si,
    ctx,
    call: (name, ...args) => runServerFunction(ctx, si, name, asSidebarSends(name, args)) as never,
    menu: (name, ...args) => {
      try {
        return scriptFunction(ctx, name)(...args);
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
    return [
      2024001 + i,
      `学生${i + 1}`,
      i % 2 ? '女' : '男',
      60 + a * 2,
      55 + ((a * 7) % 40),
      70 + ((a * 5) % 30),
      i === 0 ? '学生2' : '',
    ];
  }),
];

export const formGroupsRequest = { by: 'size', value: 4, mix: '2:1:1', seed: 7 };

/** The points log's name in this workbook (created in the user's language). */
export const logName = (s: Session): string => (s.si.workbook.findSheet('积分记录') ? '积分记录' : 'Points log');

/**
 * Replace the points log with `n` entries as if written over a term: entry i is `e${i}`, one hour apart from
 * 2026-09-01, for member i % class size, 学习 +(i % 3 + 1). Needs a grouped class; makes the log if missing.
 */
export const seedLog = (s: Session, n: number): { id: string; name: string }[] => {
  const members: { id: string; name: string }[] = s
    .call('scoringState')
    .groups.flatMap((g: { members: { id: string; name: string }[] }) => g.members);
  if (!s.si.workbook.findSheet('积分记录') && !s.si.workbook.findSheet('Points log')) {
    s.call('awardPoints', { studentIds: [members[0]!.id], category: '学习', points: 1 });
  }
  const header = s.si.workbook.sheet(logName(s)).values()[0]!;
  const rows = Array.from({ length: n }, (_, i) => {
    const m = members[i % members.length]!;
    const timestamp = new Date(Date.UTC(2026, 8, 1) + i * 3_600_000).toISOString();
    return eventToRow({
      eventId: `e${i}`,
      timestamp,
      studentId: m.id,
      studentName: m.name,
      group: '',
      category: '学习',
      points: (i % 3) + 1,
      note: '',
      userKey: 'k-seed',
      reverses: null,
      actionId: `e${i}`,
    });
  });
  s.si.workbook.setSheet(logName(s), [header, ...rows]);
  return members;
};
