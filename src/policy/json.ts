/**
 * A strict JSON reader (RFC 8259) for user files: it says where a syntax error is as line and
 * column (JSON.parse's messages differ between browsers and often give only an offset), reports
 * duplicate keys (JSON.parse silently keeps the last one), and builds objects without a prototype
 * so a key such as "__proto__" is plain data that the validator then refuses by name.
 * Not from a seed: the rules file's input hygiene (docs/rules-file.md §"Reading the file").
 */
import { problem, type Problem } from '../i18n/problem';
import { childPath, indexPath } from './path';

/** Deeper nesting than this is refused (a policy is at most five levels deep). */
export const MAX_JSON_DEPTH = 64;

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

/** Line and column (both from 1) of an offset in the text. */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Parse JSON text. Objects come back with a null prototype. A syntax error stops the parse and is
 * the only problem; duplicate keys are reported with their JSON path and parsing goes on.
 * With `positions`, also records where each JSON path starts in the text (an object member at its
 * key's opening quote, an array element at its first character, the first occurrence of a
 * duplicated key), up to a syntax error: the raw editor points problems at lines with it.
 */
export function parseJson(text: string, positions?: Map<string, number>): JsonResult {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark from Windows editors
  const duplicates: Problem[] = [];

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

  const readValue = (path: string, depth: number): unknown => {
    if (depth >= MAX_JSON_DEPTH) throw new SyntaxProblem(i, 'policy.jsonTooDeep', { max: MAX_JSON_DEPTH });
    skipSpace();
    if (positions && !positions.has(path)) positions.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') expected("'\"'");
        const keyAt = i;
        const key = readString();
        skipSpace();
        if (text[i] !== ':') expected("':'");
        i++;
        const child = childPath(path, key);
        if (positions && !positions.has(child)) positions.set(child, keyAt);
        const value = readValue(child, depth + 1);
        if (Object.prototype.hasOwnProperty.call(obj, key)) {
          const { line, column } = lineColumn(text, keyAt);
          duplicates.push(problem(child, 'policy.duplicateKey', { key, line, column }));
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
        arr.push(readValue(indexPath(path, arr.length), depth + 1));
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
    const value = readValue('$', 0);
    skipSpace();
    if (i < text.length) throw new SyntaxProblem(i, 'policy.jsonTrailing', { found: describeFound() });
    return { ok: true, value, problems: duplicates };
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    const { line, column } = lineColumn(text, e.at);
    return { ok: false, problems: [problem(`${line}:${column}`, e.key, { line, column, ...e.params })] };
  }
}
