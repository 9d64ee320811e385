/**
 * The one place the extension calls the plan extractor (shared/plan), so its signature is adapted here only.
 * INTERIM: shared/plan/index.ts is being written; until it lands this resolves it lazily so the build works.
 */
import type { ExtractResult } from '../../shared/plan/types.ts';

type Extractor = (text: string) => ExtractResult;
const found = import.meta.glob<Extractor>('../../shared/plan/index.ts', { eager: true, import: 'extractPlans' });
const extractPlans: Extractor | undefined = Object.values(found)[0];

export const extract = (text: string): ExtractResult => {
  if (!extractPlans) throw new Error('plan extractor not available');
  return extractPlans(text);
};
