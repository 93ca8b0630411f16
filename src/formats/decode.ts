/**
 * Bytes of an uploaded records file → text. Refuses what cannot be a text table up front (an empty
 * or oversized file, binary data, an Excel workbook, UTF-16), then decodes: a UTF-8 BOM → UTF-8;
 * otherwise strict UTF-8, and on failure GBK, the encoding Chinese Excel uses for "CSV (逗号分隔)".
 * See docs/records.md §Encoding.
 */
import { InputError, problem } from '../i18n/problem';

/** Files above this size are refused before decoding (50 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type TextEncoding = 'utf-8' | 'gbk';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file started with a UTF-8 byte-order mark. */
  bom: boolean;
}

/** Throws InputError when the bytes cannot be a records file; path "" names the whole file. */
export function checkFileBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InputError([problem('', 'records.fileTooLarge', { mb: (bytes.length / 1024 / 1024).toFixed(1), limit: MAX_FILE_BYTES / 1024 / 1024 })]);
  }
  if (bytes.length === 0) throw new InputError([problem('', 'records.emptyFile')]);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new InputError([problem('', 'records.workbook')]);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError([problem('', 'records.utf16')]);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError([problem('', 'records.binary', { offset: nul })]);
}

/** Decode checked bytes: BOM → UTF-8, else strict UTF-8, else GBK. The BOM is not part of the text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  checkFileBytes(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk', bom: false };
  }
}
