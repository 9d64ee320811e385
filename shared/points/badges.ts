/**
 * The badge rule: every `every` points earn one badge (every 20 points = one 月亮). A total at or below zero earns
 * none, and a rule without a positive threshold earns none. The sidebar's live count and the tallies sheet both
 * use this, so what a teacher sees in class is what the summary prints.
 */
export interface BadgeRule {
  name: string;
  every: number;
}

export const badgesFor = (total: number, rule: Pick<BadgeRule, 'every'>): number =>
  rule.every > 0 && total > 0 ? Math.floor(total / rule.every) : 0;
