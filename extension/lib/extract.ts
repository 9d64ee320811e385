/**
 * The one place the extension calls the plan extractor (shared/plan), so its signature is adapted here only. Input
 * comes as text (read as plain text, or Markdown recognised by its content), as a page's block structure (a tree
 * from the page walk or from pasted HTML, read by the HTML block reader) or as blocks a file reader made.
 */
import type { BlockDocument } from '../../shared/plan/blocks.ts';
import { extractBlocks, extractPlans } from '../../shared/plan/index.ts';
import { readHtmlTree } from '../../shared/plan/read/html.ts';
import type { ExtractResult } from '../../shared/plan/types.ts';
import type { PageElement } from './page-tree.ts';
import { toHtmlNode } from './page-tree.ts';

export type ExtractInput =
  | { kind: 'text'; text: string }
  | { kind: 'tree'; tree: PageElement }
  | { kind: 'blocks'; doc: BlockDocument };

export const extract = (text: string): ExtractResult => extractPlans(text);

/** Blocks of a page tree: main content only (a root `article` is taken whole), lists numbered as the page shows. */
export const treeBlocks = (tree: PageElement): BlockDocument => readHtmlTree(toHtmlNode(tree));

export const extractInput = (input: ExtractInput): ExtractResult => {
  switch (input.kind) {
    case 'text':
      return extractPlans(input.text);
    case 'tree':
      return extractBlocks(treeBlocks(input.tree));
    case 'blocks':
      return extractBlocks(input.doc);
  }
};
