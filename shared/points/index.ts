export type { GroupRef, Member, PointEvent } from './types.ts';
export {
  eventToRow,
  LOG_COL,
  LOG_HEADERS,
  LOG_TIME_FORMAT,
  LOG_WIDTH,
  MACHINE_COLUMNS_NOTE,
  rowsToEvents,
  TEACHER_COLUMNS,
} from './log.ts';
export type { LogProblem, ReadLogOptions } from './log.ts';
export { eventIdOf, isRequestId, makeAwardEvents, makeReversal, makeUndo } from './award.ts';
export type { AwardRequest, AwardResult, WriteContext } from './award.ts';
export { computeTallies, competitionRanks, fairScore } from './tallies.ts';
export type { GroupTally, PeriodTotals, StudentTally, Tallies } from './tallies.ts';
export { talliesToRows } from './tallies-sheet.ts';
export type { TalliesBlocks } from './tallies-sheet.ts';
export { periodStarts } from './periods.ts';
export { badgesFor } from './badges.ts';
export type { BadgeRule } from './badges.ts';
