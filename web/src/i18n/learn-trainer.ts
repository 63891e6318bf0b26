import { LocalProblem } from "../components/form";
import { interpolate, locale, type MessageParams } from "./index";
import { type Key as LearnKey, t as learnT } from "./learn";
import { en } from "./learn-trainer-en";
import { id, type TrainerLearnKey } from "./learn-trainer-id";

// The trainer's review and learner pages have a few words of their own, on top of the learning
// dictionary (progress, statuses) and the shared one.

export type { TrainerLearnKey } from "./learn-trainer-id";
export type Key = LearnKey | TrainerLearnKey;

function isTrainerKey(key: string): key is TrainerLearnKey {
  return key in id;
}

export function t(key: Key, params?: MessageParams): string {
  if (isTrainerKey(key)) return interpolate((locale() === "en" ? en : id)[key], params);
  return learnT(key, params);
}

type PluralKey = {
  [K in Key]: K extends `${infer Base}.other` ? Base : never;
}[Key];

export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  return t(`${key}.${count === 1 ? "one" : "other"}` as Key, { count, ...params });
}

export function problem(key: Key, params?: MessageParams): LocalProblem {
  return new LocalProblem(() => t(key, params));
}
