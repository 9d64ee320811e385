/**
 * Printing a page in real Chromium (Debian's /usr/bin/chromium through playwright-core) and checking what a
 * teacher would check on the paper: how many pages, every student once, nothing cut off or off the page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contentBox, type PageShape } from '../../shared/print/index.ts';
import { sharedBrowser } from '../support/chromium.ts';

export const OUT = join(process.cwd(), 'test-output', 'print');

/** This file's connection to the shared Chromium (test/support/chromium.ts); `close` ends the connection only. */
export const launchBrowser = async (): Promise<{ browser: Browser; close: () => Promise<void> }> => {
  const browser = await sharedBrowser();
  mkdirSync(OUT, { recursive: true });
  return { browser, close: () => browser.close() };
};

/** CSS pixels per millimetre (96 px to the inch). */
const PX_PER_MM = 96 / 25.4;

/** Print to PDF as the print dialog would (A4, the page's own @page sizes) and count the pages. */
export const printPdf = async (page: Page, name: string): Promise<{ pages: number; bytes: number }> => {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(join(OUT, `${name}.pdf`), pdf);
  // Each page object of the PDF is one "/Type /Page" (the tree's root is "/Type /Pages").
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  return { pages, bytes: pdf.length };
};

export interface LayoutFacts {
  /** data-student-id → how many times it appears. */
  students: Record<string, number>;
  /** Elements whose text is cut off or sticks out (tag.class: what). */
  clipped: string[];
  /** Fixed-size page boxes taller than the paper's content box. */
  overfullPages: number;
}

/**
 * Lay the page out as it prints (print media, the paper's content width) and collect the facts. Clipped: any
 * element whose content is wider than its box (scrollWidth > clientWidth) or, for boxes that hide overflow,
 * taller (scrollHeight > clientHeight), and any element reaching past the content box's left or right edge.
 */
export const layoutFacts = async (page: Page, shape: PageShape): Promise<LayoutFacts> => {
  const box = contentBox(shape === 'screen' ? 'landscape' : shape);
  const width = Math.floor(box.width * PX_PER_MM);
  await page.setViewportSize({ width, height: Math.floor(box.height * PX_PER_MM) });
  await page.emulateMedia({ media: 'print' });
  const pageHeight = box.height * PX_PER_MM;
  return page.evaluate(
    `(() => {
      const width = ${width};
      const pageHeight = ${pageHeight};
      const students = {};
      for (const n of document.querySelectorAll('[data-student-id]')) {
        if (n.classList.contains('hz-print')) continue;
        const id = n.getAttribute('data-student-id');
        students[id] = (students[id] || 0) + 1;
      }
      const clipped = [];
      const label = (n) => n.tagName.toLowerCase() + '.' + (n.className || '') + ' "' + (n.textContent || '').slice(0, 30) + '"';
      for (const n of document.querySelectorAll('.hz-print *')) {
        const s = getComputedStyle(n);
        if (s.display === 'none' || s.display === 'contents') continue;
        const r = n.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (n.scrollWidth > n.clientWidth + 1 && s.display !== 'inline') clipped.push('too wide: ' + label(n));
        const hides = s.overflow === 'hidden' || s.overflowY === 'hidden' || s.overflowX === 'hidden';
        if (hides && n.scrollHeight > n.clientHeight + 1) clipped.push('too tall: ' + label(n));
        if (r.left < -1 || r.right > width + 1) clipped.push('off the page: ' + label(n) + ' ' + Math.round(r.left) + '…' + Math.round(r.right));
      }
      let overfullPages = 0;
      for (const p of document.querySelectorAll('.hz-page')) if (p.getBoundingClientRect().height > pageHeight + 1) overfullPages++;
      return { students, clipped, overfullPages };
    })()`,
  );
};

/** A screenshot of the page as it is drawn on screen (each view on a sheet of paper at its printed size). */
export const screenshot = async (
  page: Page,
  name: string,
  size?: { width: number; height: number },
): Promise<string> => {
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(size ?? { width: 900, height: 1100 });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
};
