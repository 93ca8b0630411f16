/**
 * Chinese message table (the default language). Keys are grouped by area; `{name}` placeholders are
 * filled by `t()` in format.ts. Every key here must exist in en.ts too (test/i18n.test.ts checks).
 */
export const zh: Record<string, string> = {
  // ── policy (rules-file validation) ──

  // ── records (agent-month files) ──

  // ── scenario ──

  // ── notes (payslip line explanations) ──

  // ── cli ──

  // ── ui ──
};
