/**
 * The paper every view prints on: A4 (portrait or landscape) with the same margins, fonts and page breaks, and a
 * whole HTML document around a view for the CLI's --out file. The add-on's print dialog puts the same CSS and body
 * into its own page, so what the CLI writes and what the dialog prints are one layout.
 */
import type { Lang } from '../i18n/localized.ts';
import { escapeHtml } from './html.ts';
import type { PageShape, PrintView } from './types.ts';

/** A4 in millimetres and the margin every view uses: the content box the views lay themselves out in. */
export const A4 = { width: 210, height: 297 } as const;
export const MARGIN_MM = 10;

/** The content box of one page (mm), by shape; the projector view is a 16:9 screen measured in the same units. */
export const contentBox = (shape: PageShape): { width: number; height: number } => {
  if (shape === 'portrait') return { width: A4.width - 2 * MARGIN_MM, height: A4.height - 2 * MARGIN_MM };
  if (shape === 'landscape') return { width: A4.height - 2 * MARGIN_MM, height: A4.width - 2 * MARGIN_MM };
  return { width: 320, height: 180 };
};

/** Fonts that have Chinese on Windows, macOS, ChromeOS and Linux. */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';

/**
 * CSS every view shares: A4 pages (a landscape view asks for its own named page, so one document can hold both),
 * page boxes that break after themselves, black on white. Everything is inside .hz-print so a dialog's own styles
 * are left alone.
 */
export const BASE_CSS = `@page { size: A4 portrait; margin: ${MARGIN_MM}mm; }
@page hz-landscape { size: A4 landscape; margin: ${MARGIN_MM}mm; }
.hz-print.hz-landscape, .hz-print.hz-screen { page: hz-landscape; }
.hz-print { font-family: ${FONT_STACK}; color: #000; background: #fff; line-height: 1.35; }
.hz-print *, .hz-print *::before, .hz-print *::after { box-sizing: border-box; }
.hz-print h1, .hz-print h2, .hz-print h3, .hz-print p { margin: 0; }
.hz-print .hz-page { break-after: page; page-break-after: always; }
.hz-print .hz-page:last-child { break-after: auto; page-break-after: auto; }
.hz-print .hz-keep { break-inside: avoid; page-break-inside: avoid; }
.hz-print .hz-muted { color: #444; }
@media print { .hz-print { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }`;

/** A whole HTML document for one or more views (the CLI's --out file): open it and print, or show it. */
export const printDocument = (views: readonly PrintView[], lang: Lang): string => {
  const title = views.map((v) => v.title).join(' · ');
  const css = [BASE_CSS, ...new Set(views.map((v) => v.css))].join('\n');
  // On screen each view is drawn on a sheet of paper at its printed size, so what is seen is what prints.
  const screen = `body { margin: 0; }
@media screen { body { background: #e8eaed; padding: 16px; }
  .hz-print { width: ${A4.width}mm; padding: ${MARGIN_MM}mm; margin: 0 auto 16px; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .hz-print.hz-landscape, .hz-print.hz-screen { width: ${A4.height}mm; } }`;
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${css}
${screen}
</style>
</head>
<body>
${views.map((v) => v.body).join('\n')}
</body>
</html>
`;
};
