/** Saving text as a file from the browser (a Blob and a temporary link), and safe file names. */

/** A name safe on Windows, macOS and Linux: reserved characters replaced, length cut. */
export function safeFileName(name: string, fallback: string): string {
  const s = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80);
  return s === '' || /^\.+$/.test(s) ? fallback : s;
}

/** Save `text` as a file named `fileName` (a Blob and an <a download> click). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Read a picked or dropped file as bytes. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
