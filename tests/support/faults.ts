import * as Db from "@berdaya/core/db";

/**
 * Storage faults as DynamoDB gives them: the client throttles, or loses its connection, on the Nth
 * call made after this is set up. Returns the function that stops it.
 */
export function failOnCall(n: number, kind: "throttle" | "network" = "throttle") {
  let calls = 0;
  const name = `fault-${n}-${Math.random()}`;
  Db.client().middlewareStack.add(
    (next) => async (args) => {
      calls++;
      if (calls === n) {
        throw kind === "throttle"
          ? Object.assign(new Error("Rate of requests exceeds the allowed throughput."), {
              name: "ThrottlingException",
              $metadata: { httpStatusCode: 400 },
            })
          : Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
      }
      return next(args);
    },
    { step: "initialize", name },
  );
  return () => Db.client().middlewareStack.remove(name);
}

/** How many DynamoDB calls `work` makes. */
export async function countCalls(work: () => Promise<unknown>): Promise<number> {
  let calls = 0;
  const name = `count-${Math.random()}`;
  Db.client().middlewareStack.add(
    (next) => async (args) => {
      calls++;
      return next(args);
    },
    { step: "initialize", name },
  );
  try {
    await work();
  } finally {
    Db.client().middlewareStack.remove(name);
  }
  return calls;
}

/** Every DynamoDB call whose input matches `matches` fails (throttled) until the returned function is called. */
export function failWhen(matches: (input: string) => boolean) {
  const name = `fault-when-${Math.random()}`;
  Db.client().middlewareStack.add(
    (next) => async (args) => {
      if (matches(JSON.stringify(args.input)))
        throw Object.assign(new Error("Rate of requests exceeds the allowed throughput."), {
          name: "ThrottlingException",
          $metadata: { httpStatusCode: 400 },
        });
      return next(args);
    },
    { step: "initialize", name },
  );
  return () => Db.client().middlewareStack.remove(name);
}
