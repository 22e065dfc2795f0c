// Sends evidence/coverageChanged with the coverage trees whenever they changed.
import { isDeepStrictEqual } from 'node:util';
import type { Connection } from 'vscode-languageserver/node';
import type { CoverageTreeSet } from '../core/report/coverageTree';
import { CoverageChangedNotification } from '../protocol/protocol';
import type { EvidenceLanguageService } from '../service/languageService';

export class CoverageNotifier {
  private last?: CoverageTreeSet[];

  constructor(
    private readonly connection: Connection,
    private readonly service: () => EvidenceLanguageService,
  ) {}

  update(): void {
    const sets = this.service().coverageTree();
    // Compared as objects, not as JSON: an unchanged clause's sections are the same array as last
    // time (coverageTree), so a large set is not serialised on every keystroke to find that out.
    if (this.last && isDeepStrictEqual(sets, this.last)) return;
    this.last = sets;
    void this.connection.sendNotification(CoverageChangedNotification.type, { sets });
  }
}
