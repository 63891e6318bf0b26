import { describe, expect, it } from "vitest";
import type { Content } from "../course/content";
import { grade, parseAmount } from "./quiz";

type Quiz = Extract<Content, { kind: "quiz" }>;

const quiz = (numeric: boolean | undefined, accepted: string[]): Quiz => ({
  kind: "quiz",
  passMark: 100,
  attemptLimit: 3,
  shuffle: false,
  questions: [{ id: "q1", kind: "short", prompt: "Harga jual?", accepted, points: 1, numeric }],
});
const right = (q: Quiz, answer: string) => grade(q, ["q1"], { q1: answer }).passed;

describe("amounts as members type them", () => {
  it.each([
    ["30000", 30000],
    ["30.000", 30000],
    ["Rp30.000", 30000],
    ["Rp 30.000", 30000],
    ["rp. 30.000,-", 30000],
    ["30 000", 30000],
    ["30,000", 30000],
    ["IDR 1,500,000", 1500000],
    ["1.500.000,50", 1500000.5],
    ["30rb", 30000],
    ["30 ribu", 30000],
    ["Rp 30 rb", 30000],
    ["30k", 30000],
    ["2,5 juta", 2500000],
    ["2.5jt", 2500000],
    ["1,1 juta", 1100000],
    ["0,25", 0.25],
  ])("reads %s as %d", (text, value) => {
    expect(parseAmount(text)).toBeCloseTo(value, 6);
  });

  it.each(["", "tiga puluh ribu", "30.00.0", "1.2.3", "30 kg", "Rp", "30.000.50,1,2"])(
    "refuses %j",
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );
});

describe("short answers", () => {
  it("grades a numeric answer by its amount: spaces, Rp, separators and rb/ribu do not matter", () => {
    const q = quiz(true, ["Rp30.000"]);
    for (const answer of ["Rp 30.000", "Rp30.000", "30.000", "30000", "30 ribu", "30rb", " rp 30,000 "])
      expect(right(q, answer), answer).toBe(true);
    for (const answer of ["Rp 3.000", "300.000", "30", "tiga puluh"])
      expect(right(q, answer), answer).toBe(false);
  });

  it("still accepts a numeric question's answers typed as words the trainer listed", () => {
    expect(right(quiz(true, ["30000", "tiga puluh ribu"]), "Tiga  puluh ribu")).toBe(true);
  });

  it("keeps text answers to text matching, folding case, accents, punctuation and spacing", () => {
    const q = quiz(undefined, ["peta pikiran"]);
    expect(right(q, "Peta  Pikiran!")).toBe(true);
    expect(right(q, "peta")).toBe(false);
    // Without the flag an amount is text: the trainer has to say the answer is a number.
    expect(right(quiz(undefined, ["Rp30.000"]), "30 ribu")).toBe(false);
  });
});
