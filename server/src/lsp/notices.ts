// Notices the language server shows the user (window/showMessage), in English
// and Simplified Chinese. The core's diagnostics messages live in core/l10n.
import type { Locale } from '../core';

const en = {
  openTooLarge: '{0} is {1} bytes, above maxFileSize ({2} bytes): it is not analysed while open, as it would be skipped on disk.',
};

const zhCN: Record<keyof typeof en, string> = {
  openTooLarge: '{0} 有 {1} 字节，超过 maxFileSize（{2} 字节）：打开时不做分析，与磁盘上的文件一样跳过。',
};

export type NoticeKey = keyof typeof en;

const bundles: Record<Locale, Record<NoticeKey, string>> = { en, 'zh-CN': zhCN };

export function notice(locale: Locale, key: NoticeKey, ...args: (string | number)[]): string {
  return bundles[locale][key].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
