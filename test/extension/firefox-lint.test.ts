/**
 * Mozilla's own checker on the Firefox build: `web-ext lint` runs addons-linter, what addons.mozilla.org review runs
 * (https://extensionworkshop.com/documentation/develop/web-ext-command-reference/#web-ext-lint). No errors, and no
 * warning but the known ones.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED_FIREFOX } from './support/ext-build.ts';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Readability (bundled into the injected page reader) copies HTML between elements of the detached copy it works
 * on (`n.innerHTML = t.innerHTML`, `e.innerHTML = r`): nothing from outside that copy is parsed, so these two stay.
 */
const KNOWN_WARNINGS: { code: string; file: RegExp }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^page-text\.js$/ },
  // The Markdown parser in the extractor (shared chunk and worker): micromark's tokenizer has a method named
  // `document().write(chunks)` (not the DOM's document.write), and the `format` package finds the global object with
  // `(0, eval)('this')`. Neither evaluates page text.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(chunks\/render-|assets\/extract\.worker-)[\w-]+\.js$/ },
  { code: 'DANGEROUS_EVAL', file: /^(chunks\/render-|assets\/extract\.worker-)[\w-]+\.js$/ },
  // pdfjs (the popup's PDF reader and its packaged worker): `new Function` compiles font glyphs only when
  // isEvalSupported, which the reader sets false (shared/plan/read/pdfjs.ts); `import(url)` loads the worker file
  // from the extension's own package (lib/popup/read-file.ts).
  { code: 'DANGEROUS_EVAL', file: /^(chunks\/pdf-[\w-]+\.js|pdfjs\/pdf\.worker\.min\.mjs)$/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(chunks\/pdf-[\w-]+\.js|pdfjs\/pdf\.worker\.min\.mjs)$/ },
  // The .docx reader's libraries in the popup: jszip's setImmediate polyfill (`Function('' + f)` only for a string
  // callback, never given) and underscore's `Function('return this')` (mammoth) to find the global object.
  { code: 'DANGEROUS_EVAL', file: /^chunks\/popup-[\w-]+\.js$/ },
];

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors and only the known warnings', () => {
    const dir = SHIPPED_FIREFOX();
    let out = '';
    try {
      out = execFileSync(
        join(ROOT, 'node_modules/.bin/web-ext'),
        ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    } catch (e) {
      // web-ext exits non-zero when there are errors; the report is still on stdout.
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as LintReport;
    expect(report.errors).toEqual([]);
    const unexpected = report.warnings.filter(
      (w) => !KNOWN_WARNINGS.some((k) => k.code === w.code && k.file.test(w.file ?? '')),
    );
    expect(unexpected).toEqual([]);
    expect(report.notices).toEqual([]);
  }, 120_000);
});
