/**
 * Points a rules-file problem at a line of the raw JSON editor (issue 6 §3: "a raw rules-file editor
 * whose validation errors point at the line"). Validation problems carry a JSON path
 * ("$.commission.brackets[1].from", see src/policy/path.ts); syntax problems carry "line:column".
 * `locatePath` scans the text once, remembering where each path's key (or array element) starts,
 * and answers the line of the path, or of its nearest existing ancestor (a missing field points at
 * the object that should hold it). Tolerant: text after a syntax error is simply not indexed.
 * Not from a seed: editor ergonomics.
 */
import { childPath, indexPath } from '../policy/path';
import { LineIndex } from '../policy/json';

export interface TextPosition {
  line: number;
  column: number;
  /** True when the exact path was found; false when an ancestor (or a syntax position) stands in. */
  exact: boolean;
}

/** Offsets of every path in the text: an object member at its key's opening quote, an element at its first character. */
export function indexPaths(text: string): Map<string, number> {
  const at = new Map<string, number>();
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\r\n\ufeff'.includes(text[i]!)) i++;
  };
  const str = (): string => {
    // at the opening quote; JSON.parse decodes escapes exactly as the reader does
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      throw new Error('bad string');
    }
  };
  const value = (path: string, depth: number): void => {
    if (depth > 64) throw new Error('too deep');
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') throw new Error('key expected');
        const keyAt = i;
        const child = childPath(path, str());
        if (!at.has(child)) at.set(child, keyAt);
        space();
        if (text[i] !== ':') throw new Error('colon expected');
        i++;
        value(child, depth + 1);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        throw new Error('comma expected');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        space();
        const child = indexPath(path, n);
        at.set(child, i);
        value(child, depth + 1);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        throw new Error('comma expected');
      }
    }
    if (c === '"') {
      str();
      return;
    }
    const m = /^(?:true|false|null|-?[0-9][0-9.eE+-]*)/.exec(text.slice(i, i + 64));
    if (!m) throw new Error('value expected');
    i += m[0].length;
  };
  at.set('$', 0);
  try {
    space();
    at.set('$', i);
    value('$', 0);
  } catch {
    // keep what was indexed before the broken part
  }
  return at;
}

const LAST_SEGMENT = /(\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/** The path without its last segment ("$.a.b[2]" → "$.a.b"), or null for "$" or a non-path. */
export function parentPath(path: string): string | null {
  const m = LAST_SEGMENT.exec(path);
  if (!m || path === '$') return null;
  return path.slice(0, path.length - m[0].length);
}

/** The line index of the last text asked about: the problems of one text are located one by one. */
let lastLines: { text: string; lines: LineIndex } | undefined;
function linesOf(text: string): LineIndex {
  if (lastLines?.text !== text) lastLines = { text, lines: new LineIndex(text) };
  return lastLines.lines;
}

/**
 * Where a problem's path is in the text. `path` is a JSON path, or "line:column" for a syntax
 * problem. Returns null when nothing can be pointed at (a path outside the document).
 */
export function locatePath(text: string, path: string, index: Map<string, number> = indexPaths(text)): TextPosition | null {
  const lc = /^(\d+):(\d+)$/.exec(path);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), exact: true };
  let p: string | null = path;
  let exact = true;
  while (p !== null) {
    const offset = index.get(p);
    if (offset !== undefined) return { ...linesOf(text).at(offset), exact };
    p = parentPath(p);
    exact = false;
  }
  return null;
}
