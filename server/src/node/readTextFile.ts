// Reads a workspace file as text the way a user would expect: UTF-8 (with or
// without BOM), or GB18030/GBK from older Windows tools; refuses binaries,
// files above the size limit, non-files and links out of the folder, saying why.
import { readWorkspaceFile, type ReadLimits } from './readWorkspaceFile';

export type ReadResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030' }
  | { ok: false; reason: 'too-large' | 'binary' | 'unreadable' | 'undecodable' | 'not-a-file' | 'outside-folder'; detail: string };

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

export function readTextFile(path: string, limits: ReadLimits): ReadResult {
  const read = readWorkspaceFile(path, limits);
  if (!read.ok) return { ok: false, reason: read.reason, detail: read.detail };
  return decodeText(read.bytes);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
