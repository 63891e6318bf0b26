import "./aws-secrets";
import * as Reconcile from "@berdaya/core/reconcile";

/** The scheduled reconciler on AWS: the same run as `npm run reconcile` and local mode's timer. */
export const handler = async () => {
  const result = await Reconcile.run();
  console.log(JSON.stringify({ level: "info", event: "reconciled", ...result }));
  return result;
};
