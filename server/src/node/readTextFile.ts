// Reads a workspace file as text the way a user would expect: UTF-8 (with or
// without BOM), or GB18030/GBK from older Windows tools; refuses binaries and
// files above the size limit, saying why.
import { readFileSync, statSync } from 'node:fs';

export type ReadResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030' }
  | { ok: false; reason: 'too-large' | 'binary' | 'unreadable' | 'undecodable'; detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeText(bytes: Uint8Array): ReadResult {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary', detail: 'contains NUL bytes' };
  try {
    return { ok: true, text: stripBom(utf8.decode(bytes)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: try the Chinese national encoding before giving up.
  }
  try {
    return { ok: true, text: gb18030.decode(bytes), encoding: 'gb18030' };
  } catch {
    return { ok: false, reason: 'undecodable', detail: 'neither UTF-8 nor GB18030' };
  }
}

export function readTextFile(path: string, maxBytes: number): ReadResult {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { ok: false, reason: 'too-large', detail: `${size} bytes, limit ${maxBytes}` };
    return decodeText(readFileSync(path));
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
