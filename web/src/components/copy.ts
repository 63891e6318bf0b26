/**
 * Copies `text`: "copied" when the clipboard took it; otherwise "select", with `fallback` (a field
 * showing the same text) focused and selected so a long press copies it. The clipboard API is
 * missing on plain http and in older WebViews, and refuses without a recent tap.
 */
export async function copyText(text: string, fallback?: () => HTMLInputElement | undefined) {
  try {
    if (!navigator.clipboard) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    return "copied" as const;
  } catch {
    const input = fallback?.();
    input?.focus();
    input?.select();
    return "select" as const;
  }
}
