/**
 * A strict JSON reader (RFC 8259) for user files: it says where a syntax error is as line and
 * column (JSON.parse's messages differ between browsers and often give only an offset), reports
 * duplicate keys (JSON.parse silently keeps the last one), and builds objects without a prototype
 * so a key such as "__proto__" is plain data that the validator then refuses by name.
 * Not from a seed: the rules file's input hygiene (docs/rules-file.md §"Reading the file").
 */
import { MAX_PROBLEMS, moreProblems, problem, type Problem } from '../i18n/problem';
import { childPath, indexPath } from './path';

/** Deeper nesting than this is refused (a policy is at most five levels deep). */
export const MAX_JSON_DEPTH = 64;

/**
 * An object with more fields than this is refused where the extra field starts. Every object of
 * every Paylab file (rules, scenario, records, workspace, share link) has a fixed set of at most a
 * few dozen fields, and a million-field object costs seconds and hundreds of MB just to build.
 */
export const MAX_JSON_MEMBERS = 1000;

export type JsonResult =
  | { ok: true; value: unknown; problems: Problem[] }
  | { ok: false; problems: Problem[] };

class SyntaxProblem {
  constructor(
    readonly at: number,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {}
}

/**
 * Where each line of a text starts, built once in one pass, so any number of offsets can be turned
 * into line and column by binary search (a position per problem by scanning from the start would
 * be quadratic in the number of problems).
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Line and column (both from 1) of an offset. */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Line and column (both from 1) of one offset in the text (one linear scan up to the offset). */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(at, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Parse JSON text in time proportional to its length. Objects come back with a null prototype. A
 * syntax error stops the parse and is the only problem; duplicate keys are reported with their
 * JSON path and parsing goes on. Only the first MAX_PROBLEMS duplicates are described (with line
 * and column, found through one LineIndex); the rest are counted in one closing problem.
 */
export function parseJson(text: string): JsonResult {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark from Windows editors
  const duplicates: Problem[] = [];
  let moreDuplicates = 0;
  let lines: LineIndex | undefined;
  const position = (at: number) => (lines ??= new LineIndex(text)).at(at);

  const describeFound = (): string => {
    if (i >= text.length) return 'end of text';
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    return cp < 0x20 ? JSON.stringify(ch) : `'${ch}'`;
  };
  const expected = (what: string): never => {
    if (i >= text.length) throw new SyntaxProblem(i, 'policy.jsonEnd', { expected: what });
    throw new SyntaxProblem(i, 'policy.jsonExpected', { expected: what, found: describeFound() });
  };
  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };

  const readString = (): string => {
    // at the opening quote
    i++;
    let out = '';
    let runStart = i;
    for (;;) {
      if (i >= text.length) throw new SyntaxProblem(i, 'policy.jsonEnd', { expected: "'\"'" });
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(runStart, i);
        i++;
        return out;
      }
      if (c < 0x20) throw new SyntaxProblem(i, 'policy.jsonControlChar');
      if (c === 0x5c) {
        out += text.slice(runStart, i);
        const e = text[i + 1];
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxProblem(i, 'policy.jsonBadEscape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          i += 2;
        } else {
          throw new SyntaxProblem(i, 'policy.jsonBadEscape');
        }
        runStart = i;
        continue;
      }
      i++;
    }
  };

  // The path to the value being read, as segments; turned into a JSON path only for a problem.
  const segments: (string | number)[] = [];
  const pathTo = (last: string): string => childPath(segments.reduce<string>((p, s) => (typeof s === 'number' ? indexPath(p, s) : childPath(p, s)), '$'), last);

  const readValue = (depth: number): unknown => {
    if (depth >= MAX_JSON_DEPTH) throw new SyntaxProblem(i, 'policy.jsonTooDeep', { max: MAX_JSON_DEPTH });
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (let members = 1; ; members++) {
        skipSpace();
        if (text[i] !== '"') expected("'\"'");
        const keyAt = i;
        if (members > MAX_JSON_MEMBERS) throw new SyntaxProblem(i, 'limits.jsonTooManyMembers', { max: MAX_JSON_MEMBERS });
        const key = readString();
        skipSpace();
        if (text[i] !== ':') expected("':'");
        i++;
        segments.push(key);
        const value = readValue(depth + 1);
        segments.pop();
        if (Object.prototype.hasOwnProperty.call(obj, key)) {
          if (duplicates.length < MAX_PROBLEMS) {
            const { line, column } = position(keyAt);
            duplicates.push(problem(pathTo(key), 'policy.duplicateKey', { key, line, column }));
          } else moreDuplicates++;
        } else {
          obj[key] = value;
        }
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        expected("',' | '}'");
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        segments.push(arr.length);
        arr.push(readValue(depth + 1));
        segments.pop();
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        expected("',' | ']'");
      }
    }
    if (c === '"') return readString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) throw new SyntaxProblem(i, 'policy.jsonBadNumber');
      i += m[0].length;
      return Number(m[0]);
    }
    return expected("'{' | '[' | '\"' | number | true | false | null");
  };

  try {
    const value = readValue(0);
    skipSpace();
    if (i < text.length) throw new SyntaxProblem(i, 'policy.jsonTrailing', { found: describeFound() });
    if (moreDuplicates > 0) duplicates.push(moreProblems(moreDuplicates));
    return { ok: true, value, problems: duplicates };
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    const { line, column } = position(e.at);
    return { ok: false, problems: [problem(`${line}:${column}`, e.key, { line, column, ...e.params })] };
  }
}
