/**
 * English message table. Keys are grouped by area; `{name}` placeholders are
 * filled by `t()` in format.ts. Every key here must exist in zh.ts too (test/i18n.test.ts checks).
 */
export const en: Record<string, string> = {
  // ── policy (rules-file validation) ──

  // ── records (agent-month files) ──

  // ── scenario ──

  // ── notes (payslip line explanations) ──

  // ── cli ──

  // ── ui ──
};
