// Checks the framing of the stdio stream before the JSON-RPC reader sees it.
// The reader waits forever for a header that never ends or for a body of any
// announced length, and stops answering after a header it cannot read; the
// server would stay alive, deaf. A frame that breaks the rules is reported
// instead, and the server exits so that the client restarts it.
import { Transform, type TransformCallback } from 'node:stream';

/** Real headers are two short lines; anything this long is not a header. */
export const MAX_HEADER_BYTES = 8 * 1024;
/** Above every message a client sends: VS Code syncs no document above 50 MB. */
export const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

export class FrameViolation extends Error {}

export class FrameGuard extends Transform {
  /** Bytes of the current body still to come. */
  private bodyLeft = 0;
  /** The start of a header whose end has not arrived yet. */
  private pending = Buffer.alloc(0);
  private broken = false;

  constructor(private readonly onViolation: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.broken) return callback();
    try {
      this.check(chunk);
    } catch (e) {
      if (!(e instanceof FrameViolation)) throw e;
      this.broken = true;
      this.onViolation(e.message);
      return callback();
    }
    callback(null, chunk);
  }

  private check(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - offset);
        this.bodyLeft -= n;
        offset += n;
        continue;
      }
      const rest = chunk.subarray(offset);
      const joined = this.pending.length ? Buffer.concat([this.pending, rest]) : rest;
      const end = joined.indexOf(HEADER_END);
      if (end < 0 || end > MAX_HEADER_BYTES) {
        if (joined.length > MAX_HEADER_BYTES) throw new FrameViolation(`message header longer than ${MAX_HEADER_BYTES} bytes`);
        this.pending = Buffer.from(joined);
        return;
      }
      this.bodyLeft = contentLength(joined.subarray(0, end).toString('ascii'));
      offset += end + HEADER_END.length - this.pending.length;
      this.pending = Buffer.alloc(0);
    }
  }
}

/** The Content-Length of a header block, which must be a plain decimal number within the limit. */
export function contentLength(header: string): number {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new FrameViolation(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,15}$/.test(value)) throw new FrameViolation(`Content-Length is not a number: ${JSON.stringify(value.slice(0, 80))}`);
    length = Number(value);
    if (length > MAX_CONTENT_LENGTH) throw new FrameViolation(`Content-Length ${length} is above the limit of ${MAX_CONTENT_LENGTH} bytes`);
  }
  if (length === undefined) throw new FrameViolation('message header without Content-Length');
  return length;
}
