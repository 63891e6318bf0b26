import { ScanCommand } from "@aws-sdk/client-dynamodb";
import * as Db from "@berdaya/core/db";

/**
 * Every item in the table, as sorted JSON lines, leaving out bookkeeping that any request may touch
 * (rate-limit counters, a session's last-seen time). For tests: a Scan, never in a request path.
 */
export async function snapshot(): Promise<string[]> {
  const items: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await Db.client().send(
      new ScanCommand({ TableName: Db.currentConfig().table, ExclusiveStartKey: start as never }),
    );
    for (const item of page.Items ?? []) {
      const entity = item.__edb_e__?.S;
      if (entity === "counter") continue;
      if (entity === "session") {
        delete item.lastSeenAt;
        delete item.expiresAt;
      }
      items.push(JSON.stringify(item, Object.keys(item).sort()));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort();
}
