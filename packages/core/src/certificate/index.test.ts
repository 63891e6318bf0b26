import { describe, expect, it } from "vitest";
import { service } from "../db/index";
import { keyOf } from "./index";

describe("certificate key", () => {
  it("is the key ElectroDB's get builds, for any case of a code", () => {
    for (const code of ["GEN-W76X-N5X2-H45X", "bkl-aaaa-bbbb-cccc", "Bkl-7K2M-Q9XP-4RTA"])
      expect(keyOf(code)).toEqual(service.entities.Certificate.get({ code }).params().Key);
  });
});
