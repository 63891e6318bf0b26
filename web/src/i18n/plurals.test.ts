import { describe, expect, it } from "vitest";
import { formatDuration, setLocale, tn, translate } from "./index";
import { t as learnT, tn as learnTn } from "./learn";
import { tn as playerTn } from "./player";

describe("plural and shared words", () => {
  it("counts lessons in Bahasa Indonesia (one form) and English (two forms)", async () => {
    await setLocale("id");
    expect(tn("course.lessons", 1)).toBe("1 pelajaran");
    expect(tn("course.lessons", 3)).toBe("3 pelajaran");
    await setLocale("en");
    expect(tn("course.lessons", 1)).toBe("1 lesson");
    expect(tn("course.lessons", 0)).toBe("0 lessons");
    expect(tn("course.lessons", 2)).toBe("2 lessons");
  });

  it("reads a page's own plurals and falls back to the shared words through the same t", async () => {
    await setLocale("en");
    expect(learnTn("learn.learnerCount", 1)).toBe("1 learner");
    expect(learnTn("learn.requiredDone", 1, { done: 0 })).toBe("0 of 1 required lesson");
    // A shared key through a page's t, and a learning key through the player's (which builds on it).
    expect(learnT("duration.minutes", { minutes: 5 })).toBe("5 min");
    expect(playerTn("learn.learnerCount", 2)).toBe("2 learners");
    await setLocale("id");
    expect(learnTn("learn.learnerCount", 2)).toBe("2 peserta");
  });

  it("writes durations as people say them, and messages for others in a fixed language", async () => {
    await setLocale("id");
    expect(formatDuration(80)).toBe("1 jam 20 menit");
    expect(formatDuration(60)).toBe("1 jam");
    await setLocale("en");
    expect(formatDuration(45)).toBe("45 min");
    expect(translate("id", "duration.hours", { hours: 2 })).toBe("2 jam");
    expect(document.documentElement.lang).toBe("en");
  });
});
