// Sends evidence/coverageChanged with the coverage trees whenever they changed.
import type { Connection } from 'vscode-languageserver/node';
import { CoverageChangedNotification } from '../protocol/protocol';
import type { EvidenceLanguageService } from '../service/languageService';

export class CoverageNotifier {
  private last = '';

  constructor(
    private readonly connection: Connection,
    private readonly service: () => EvidenceLanguageService,
  ) {}

  update(): void {
    const sets = this.service().coverageTree();
    const json = JSON.stringify(sets);
    if (json === this.last) return;
    this.last = json;
    void this.connection.sendNotification(CoverageChangedNotification.type, { sets });
  }
}
