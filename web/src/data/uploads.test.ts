import { describe, expect, it } from "vitest";
import { fileUrl } from "./uploads";

describe("fileUrl: the one builder of an upload's address", () => {
  it("is the files route's path, as the saved courses and the service worker keep it", () => {
    expect(fileUrl("up_123-abc")).toBe("/api/files/up_123-abc");
  });

  it("asks for an attachment with download", () => {
    expect(fileUrl("up_123", { download: true })).toBe("/api/files/up_123?download=1");
  });
});
