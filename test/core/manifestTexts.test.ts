// What a Chinese quality manager reads in the extension's manifest texts: the product's
// name in the language of the editor, one word (文件头) for the frontmatter, and a
// welcome view without jargon or markdown code.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
const NLS = { en: json('package.nls.json') as Record<string, string>, zh: json('package.nls.zh-cn.json') as Record<string, string> };
/** The word "frontmatter" as prose; the rule id frontmatter-invalid is a code, not a word. */
const FRONTMATTER_WORD = /frontmatter(?!-invalid)/i;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('manifest and Chinese texts', () => {
  it('the display name and the settings title are localized: 合规证据 / Compliance Evidence', () => {
    const pkg = json('package.json') as { displayName: string; contributes: { configuration: { title: string } } };
    assert.deepEqual([pkg.displayName, pkg.contributes.configuration.title], ['%displayName%', '%configuration.title%']);
    assert.deepEqual([NLS.zh.displayName, NLS.zh['configuration.title']], ['合规证据', '合规证据']);
    assert.deepEqual([NLS.en.displayName, NLS.en['configuration.title']], ['Compliance Evidence', 'Compliance Evidence']);
  });

  it('the welcome view speaks to a quality manager: no "frontmatter", no literal backticks', () => {
    for (const [lang, table] of Object.entries(NLS)) {
      for (const [key, text] of Object.entries(table)) {
        if (!key.startsWith('welcome.')) continue;
        assert.doesNotMatch(text, FRONTMATTER_WORD, `${lang} ${key}`);
        assert.equal(text.includes('`'), false, `${lang} ${key}`);
      }
    }
    assert.match(NLS.zh['welcome.noSet'], /文件头/);
  });

  it('Chinese settings and core messages call the frontmatter 文件头, never "frontmatter"', () => {
    for (const [key, text] of Object.entries(NLS.zh)) assert.doesNotMatch(text, FRONTMATTER_WORD, key);
    // Every string literal of the core that holds Chinese text.
    const CJK = /[\u4e00-\u9fff]/;
    for (const file of sources(join(ROOT, 'server/src/core'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) {
        const text = m[1] ?? m[2];
        if (CJK.test(text)) assert.doesNotMatch(text, FRONTMATTER_WORD, `${file}: ${text}`);
      }
    }
  });
});
