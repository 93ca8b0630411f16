/**
 * Reading input files for the command line: existence, kind and size are checked before reading
 * (a records file over 50 MB is refused up front), problems are InputErrors about the whole file.
 */
import { readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { InputError, problem } from '../i18n/problem';
import { MAX_FILE_BYTES } from '../formats/decode';

/** What a path that is not a regular file is, for the message that names it. */
export function kindOf(st: Stats): 'directory' | 'fifo' | 'device' | 'socket' | 'other' {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * Write an output file; a path that is a directory, device or FIFO, or that cannot be written, is
 * an InputError naming what it is (never a bare "EISDIR").
 */
export function writeOutputFile(file: string, text: string): void {
  let st: Stats | undefined;
  try {
    st = statSync(file);
  } catch {
    st = undefined; // a new file
  }
  if (st && !st.isFile()) throw new InputError([problem('', `limits.outNotAFile.${kindOf(st)}`)]);
  try {
    writeFileSync(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([problem('', code === 'ENOENT' ? 'limits.outNoFolder' : code === 'EACCES' || code === 'EPERM' ? 'limits.outNoPermission' : 'limits.outFailed', { detail: String(code ?? e) })]);
  }
}

export function readInputFile(file: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError([problem('', `limits.notAFile.${kindOf(st)}`)]);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([problem('', code === 'ENOENT' ? 'cli.fileNotFound' : 'cli.readFailed', { detail: String(code ?? e) })]);
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputError([problem('', 'records.fileTooLarge', { mb: (size / 1024 / 1024).toFixed(1), limit: MAX_FILE_BYTES / 1024 / 1024 })]);
  }
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new InputError([problem('', 'cli.readFailed', { detail: String((e as NodeJS.ErrnoException).code ?? e) })]);
  }
}

/** A rules file's text: UTF-8 (RFC 8259), an optional BOM dropped. */
export function readUtf8File(file: string): string {
  const bytes = readInputFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError([problem('', 'cli.notUtf8')]);
  }
}
