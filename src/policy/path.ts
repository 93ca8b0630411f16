/**
 * JSON paths for problem messages: "$.fines.lateShort.each", "$.commission.brackets[1].from",
 * and `$["odd key"]` for a key that is not an identifier. Not from a seed: input hygiene.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function childPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}
