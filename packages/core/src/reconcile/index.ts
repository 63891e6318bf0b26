import * as Account from "../account/index";
import * as Certificate from "../certificate/index";
import * as Course from "../course/index";
import * as FollowUp from "../follow-up/index";
import * as Learning from "../learning/index";
import * as Report from "../report/index";
import * as User from "../user/index";

/** An announcement older than this whose source has nothing pending was for a change that never happened. */
const staleAfterMs = 5 * 60_000;

async function finish(entry: FollowUp.Entry): Promise<boolean> {
  switch (entry.kind) {
    case "enrollment":
    case "completion": {
      const [userId = "", courseId = ""] = entry.subject.split("#");
      return Learning.settleByKey(userId, courseId);
    }
    case "certificate":
      return Certificate.settleByCode(entry.subject);
    case "deletion":
      await Account.finishDeletion(entry.subject, entry.payload as Account.Departure);
      return true;
    case "counts": {
      // Counted only when the change was written: its owner item still carries the change's id.
      const { owner, moves } = entry.payload as Report.PendingChange;
      const domain = owner.entity === "user" ? User : Course;
      if (!(await domain.hasChange(owner.id, entry.subject))) return false;
      await domain.settleChange(owner.id, entry.subject, moves);
      return true;
    }
  }
}

/**
 * Finishes every follow-up a fault left pending, drops announcements of changes that never happened,
 * and forgets the counted-event ids of settled follow-ups. `npm run reconcile` locally; a scheduled
 * function on AWS; both run this.
 */
export async function run(now = Date.now()) {
  const result = { settled: 0, dropped: 0, failed: 0, swept: 0 };
  for (const entry of await FollowUp.pending()) {
    try {
      if (await finish(entry)) result.settled++;
      else if (now - Date.parse(entry.createdAt) > staleAfterMs) {
        await FollowUp.settled(entry.kind, entry.subject);
        result.dropped++;
      }
    } catch (error) {
      result.failed++;
      console.warn(
        JSON.stringify({
          level: "warn",
          event: "follow_up_failed",
          ...entry,
          error: (error as Error).message,
        }),
      );
    }
  }
  const open = new Set((await FollowUp.pending()).map((entry) => `${entry.kind}|${entry.subject}`));
  const isSettled = (eventId: string) => {
    const owner = FollowUp.ownerOf(eventId);
    return Boolean(owner) && !open.has(`${owner?.kind}|${owner?.subject}`);
  };
  result.swept = (await Report.sweep(isSettled)) + (await Course.sweep(isSettled));
  return result;
}
