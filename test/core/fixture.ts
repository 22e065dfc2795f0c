// Small helpers for inline fixtures of the in-process core tests.
import type { Range } from '../../server/src/core';

/** The lines of a fixture document, each ended by "\n". */
export const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

/** The same lines ended by "\r\n". */
export const joinCrlf = (...lines: string[]): string => lines.join('\r\n') + '\r\n';

export const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

export const FRONTMATTER = ['---', 'standard: GB/T 27922-2011', '---'];

/** The attachment every sound fixture section links to. */
export const ATTACHMENT = { files: ['附件/证据.pdf'] };
export const LINK = '- [记录](附件/证据.pdf)';

/** Own text long enough (≥ 40) for weak-thin, with no placeholder. */
export const TEXT = '本公司设立客户服务中心作为专门的售后服务部门，明确了部门职责和岗位设置，并由总经理签发任命文件，相关记录完整可查。';
