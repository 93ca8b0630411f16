/**
 * Raw DEFLATE (RFC 1951) through the platform's CompressionStream / DecompressionStream
 * ('deflate-raw': browsers, Node ≥ 20.12), for share links. Inflating is bounded: it stops and
 * returns null once the output passes `maxBytes` (a small garbled link can otherwise expand a
 * thousandfold), and corrupt or truncated input returns null rather than throwing.
 */

/** Read a byte stream to the end, or stop once it exceeds `maxBytes` (null). */
async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes)); // a copy on its own ArrayBuffer (BufferSource)
      controller.close();
    },
  });
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  if (!out) throw new Error('deflate-raw failed');
  return out;
}

/** Inflate raw DEFLATE data; null when it is corrupt, truncated or inflates beyond `maxBytes`. */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
  } catch {
    return null;
  }
  return collect(stream, maxBytes);
}
