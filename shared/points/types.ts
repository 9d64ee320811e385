/**
 * Points are an append-only log: every award, deduction, undo and reversal is one PointEvent (one row of the
 * 积分记录/Points log sheet). Tallies are always recomputed from the log; nothing is edited in place.
 */
export interface PointEvent {
  /** Unique id of this row, derived from the id of the request that wrote it (see award.ts). */
  eventId: string;
  /** ISO 8601 instant, e.g. 2026-11-23T05:00:00.000Z (the log shows it as a local date-time too). */
  timestamp: string;
  studentId: string;
  studentName: string;
  /** Group name at the time of the award (for reading the log; tallies use the current grouping). */
  group: string;
  category: string;
  /** Signed: positive award, negative deduction or compensation. */
  points: number;
  note: string;
  /**
   * Who recorded it, as an anonymous key (Apps Script's temporary active-user key): enough for "undo my own last
   * entry" without asking for anyone's email. '' when unknown (rows typed by hand).
   */
  userKey: string;
  /** eventId this row compensates (undo/reversal), else null. */
  reverses: string | null;
  /**
   * Events created by one click share an actionId, the click's request id (e.g. a whole-group award), so undo can
   * take the whole click back and a retried request is recognised. Optional: rows typed by hand have none and
   * count as their own action (actionId = eventId).
   */
  actionId?: string;
}

/** A student as the points code needs it (from the current grouping). */
export interface Member {
  id: string;
  name: string;
}

export interface GroupRef {
  name: string;
  members: Member[];
}
