// markdownlint-style inline control comments:
//   <!-- evidence-disable [rule …] -->  …  <!-- evidence-enable [rule …] -->
//   <!-- evidence-disable-next-line [rule …] -->   <!-- evidence-disable-line [rule …] -->

const CONTROL = /<!--\s*evidence-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

interface ControlEvent {
  line: number;
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty means every rule. */
  rules: string[];
}

export class InlineControl {
  private readonly events: ControlEvent[] = [];

  /** Records the control comments found in an html fragment starting on `line`. */
  scan(html: string, line: number): void {
    for (const m of html.matchAll(CONTROL)) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      this.events.push({ line, kind: m[1] as ControlEvent['kind'], rules });
    }
  }

  get isEmpty(): boolean {
    return this.events.length === 0;
  }

  /** Whether a `disable-next-line` comment on this line aims at the line after it. */
  aimsAtNextLine(line: number): boolean {
    return this.events.some((e) => e.kind === 'disable-next-line' && e.line === line);
  }

  isDisabled(rule: string, line: number): boolean {
    let disabled = false;
    for (const e of this.events) {
      const applies = e.rules.length === 0 || e.rules.includes(rule);
      if (!applies) continue;
      if (e.kind === 'disable-next-line' && e.line + 1 === line) return true;
      if (e.kind === 'disable-line' && e.line === line) return true;
      if (e.line >= line) continue;
      if (e.kind === 'disable') disabled = true;
      else if (e.kind === 'enable') disabled = false;
    }
    return disabled;
  }
}
