/**
 * Reading input files for the command line: existence, kind and size are checked before reading
 * (a records file over 50 MB is refused up front), problems are InputErrors about the whole file.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError, problem } from '../i18n/problem';
import { MAX_FILE_BYTES } from '../formats/decode';

export function readInputFile(file: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError([problem('', 'cli.notAFile')]);
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
