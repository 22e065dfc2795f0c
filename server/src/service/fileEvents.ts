// Files changed on disk behind the editor's back: markdown files re-read,
// config files reload their folder, anything else (attachments) re-checks links.
import { posix } from 'node:path';
import { FileChangeType, type FileEvent } from 'vscode-languageserver-protocol';
import { CONFIG_FILE_NAMES } from '../core';
import { uriToPath } from './conversions';
import type { Workspaces } from './workspaces';

export const WATCHED_GLOBS = ['**/*.{md,markdown}', '**/evidence.config.{yaml,yml,json}'];

export function applyFileEvents(workspaces: Workspaces, events: FileEvent[]): void {
  for (const event of events) {
    const path = uriToPath(event.uri);
    if (path && CONFIG_FILE_NAMES.includes(posix.basename(path))) {
      // The config of a folder, or of the folder of a file outside every folder.
      for (const index of workspaces.all()) if (index.root === posix.dirname(path)) void index.load();
    }
    const index = path ? workspaces.find(path) : undefined;
    if (!path || !index) continue;
    if (CONFIG_FILE_NAMES.includes(posix.basename(path)) && posix.dirname(path) === index.root) {
      continue;
    } else if (/\.(md|markdown)$/i.test(path)) {
      if (!index.isOpen(path)) index.refreshFromDisk(path);
    } else if (event.type === FileChangeType.Created && index.files.isDirectory(path)) {
      void index.load(); // a folder moved in: its files were never reported one by one
    } else if (event.type === FileChangeType.Deleted) {
      index.forgetUnder(path);
    } else {
      index.filesChanged();
    }
  }
}
