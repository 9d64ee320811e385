import { describe, expect, it } from 'vitest';
import { extractPlans } from '../../shared/plan/index.ts';

const headings = (text: string) =>
  extractPlans(text).document.plans.flatMap((p) => p.headings.map((h) => `${h.level} ${h.marker}${h.text}`));

describe('section names set off by layout in plain text', () => {
  it('reads a short line over a bulleted list, after a blank line, as a section', () => {
    const text = [
      'Our Team Agreement',
      '',
      'Meetings',
      '- We meet on Tuesdays after class',
      '- Whoever is late brings snacks',
      '',
      'Code Review',
      '- Every change is read by one other person',
      '',
      'Handling Conflict:',
      '- We talk it through before the deadline',
    ].join('\n');
    expect(headings(text)).toEqual(['1 Meetings', '1 Code Review', '1 Handling Conflict']);
  });
  it('reads a colon-ended name over plain lines as a section, with numbered lines under it', () => {
    const text = ['Duties:', '- Book the room', '', 'Rota:', 'Week 1: Ana', 'Week 2: Ben'].join('\n');
    expect(headings(text)).toEqual(['1 Duties', '1 Rota', '2 Week 1Ana', '2 Week 2Ben']);
  });
  it('leaves a lone phrase over a list alone: one such line is no evidence of sections', () => {
    const text = ['Please bring', '- a pencil', '- a ruler', '', 'We start at nine sharp.'].join('\n');
    expect(headings(text)).toEqual([]);
  });
  it('does not take a sentence or a lead-in over a list as a section', () => {
    const text = [
      'Each of us will do the following:',
      '- write tests',
      '',
      'We agree to these rules.',
      '- be kind',
      '',
      'Things we will bring:',
      '- laptops',
    ].join('\n');
    expect(headings(text)).toEqual([]);
  });
  it("reads a form's capitalised labels, their blanks to fill in left out, with the answer after a blank line", () => {
    const text = [
      'TEAM CONTRACT',
      '',
      'PURPOSE OF THIS CONTRACT:',
      '',
      'It helps the team agree on how to work.',
      '',
      'TEAM NAME [type your team name here]:',
      '',
      'OUR PLAN FOR THE DELIVERABLES:',
      '',
      'PHASE 1: DESIGN',
      '1. Mission\t\t\t09/15',
      '2. Tables\t\t\t09/22',
      '',
      'WE ALSO AGREE:',
      '',
      'Nothing more.',
    ].join('\n');
    const p = extractPlans(text).document.plans[0];
    expect(p?.title).toBe('TEAM CONTRACT');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 PURPOSE OF THIS CONTRACT',
      '1 TEAM NAME',
      '1 OUR PLAN FOR THE DELIVERABLES',
      '2 PHASE 1DESIGN',
      '3 1.Mission',
      '3 2.Tables',
      '1 WE ALSO AGREE',
    ]);
  });
  it('a colon on the first line, where the title stands, is not a section by layout', () => {
    const text = ['Team Contract:', '', 'Duties:', '- Book the room', '', 'Rota:', '- Ana'].join('\n');
    expect(headings(text)).toEqual(['1 Duties', '1 Rota']);
  });
});
