import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-screen";
import { toE164 } from "./phone";

describe("passwordProblem", () => {
  it.each([
    "sayang123",
    "qwerty12",
    "password12",
    "Password1!",
    "bismillah123",
    "12345678",
    "aaaabbbb",
    "indonesia45",
    "@rahasia2024",
    "merdeka17",
    "kopi2026",
  ])("finds %s too common", async (password) => {
    expect(await passwordProblem(password)).toBe("password_too_common");
  });

  it.each([
    "kopi-kepahiang-2026",
    "durian-lempuk-99",
    "berdaya-demo",
    "tempoyak-durian-7",
    "Gulai Kemba Lezat",
  ])("lets %s through", async (password) => {
    expect(
      await passwordProblem(password, { name: "Siti Rahmawati", phone: "+6281377000001" }),
    ).toBeUndefined();
  });

  it("refuses the member's own name, phone number or mailbox", async () => {
    const owner = { name: "Siti Rahmawati", phone: "+6281377000001", email: "sitirahma@contoh.id" };
    for (const password of [
      "rahmawatisiti",
      "Siti.Rahmawati!",
      "081377000001",
      "hp-81377000001",
      "sitirahma-1",
    ])
      expect(await passwordProblem(password, owner), password).toBe("password_personal");
  });
});

describe("toE164", () => {
  it.each([
    ["+62 0812 3456 7890", "+6281234567890"],
    ["+620812-3456-7890", "+6281234567890"],
    ["62 0812 3456 7890", "+6281234567890"],
    ["0812 3456 7890", "+6281234567890"],
  ])("reads %s as %s", (typed, e164) => {
    expect(toE164(typed)).toBe(e164);
  });

  it.each(["00812345678", "+62 00812345678", "12345", "+62"])("refuses %s", (typed) => {
    expect(toE164(typed)).toBeUndefined();
  });
});
