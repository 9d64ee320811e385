/**
 * The one place the extension calls the plan extractor (shared/plan), so its signature is adapted here only.
 */
import { extractPlans } from '../../shared/plan/index.ts';
import type { ExtractResult } from '../../shared/plan/types.ts';

export const extract = (text: string): ExtractResult => extractPlans(text);
