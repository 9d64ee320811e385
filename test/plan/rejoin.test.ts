import { describe, it, expect } from 'vitest';
import { toLines } from '../../shared/plan/line.ts';
import { rejoinLines } from '../../shared/plan/rejoin.ts';

const run = (...texts: string[]) => rejoinLines(texts.map((text, i) => ({ no: i + 1, text }))).map((l) => l.text);

describe('rejoin', () => {
  it('joins a line broken in mid-sentence to its continuation', () => {
    expect(run('3、每月定期对各种物品及药品，急救车进行检查，及时发现', '过期物品及药品。')).toEqual([
      '3、每月定期对各种物品及药品，急救车进行检查，及时发现过期物品及药品。',
    ]);
  });
  it('joins after a trailing comma even on a short line', () => {
    expect(run('培养学生的音乐兴趣，', '使他们学有所长。')).toEqual(['培养学生的音乐兴趣，使他们学有所长。']);
  });
  it('keeps a heading line, the start of an item, a month and a label line apart', () => {
    expect(
      run('二、落实小组活动,增强合作探究意识', '班主任利用班会课宣传,协调确立学习互助小组,落实小组活动。'),
    ).toHaveLength(2);
    expect(run('这是一段很长的文字但是它没有句号结尾这里', '2、第二项。')).toHaveLength(2);
    expect(run('这是一段很长的文字但是它没有句号结尾这里', '四月份')).toHaveLength(2);
    expect(run('时间：8月9日—12日，每天15:00——16:15', '地点：二楼音乐治疗室')).toHaveLength(2);
  });
  it('keeps apart a part named by a word and its name in title case, and a part named by its word alone over a sentence', () => {
    expect(
      run('Section B. Classifications of Members', 'Membership is available in the following categories:'),
    ).toHaveLength(2);
    expect(
      run('Section A.', 'The number of officers and directors shall total thirteen, with four officers.'),
    ).toHaveLength(2);
    // …but a word's part with its name on the next line is one heading, and a sentence broken after a number goes on.
    expect(run('Article I', 'NAME')).toEqual(['Article I NAME']);
    expect(run('Section 2. The committee meets every month on', 'the first Monday at noon.')).toHaveLength(1);
  });
  it('puts back a 十 that a line break separated from its numeral', () => {
    expect(run('认真做好工作总结。 十', '一、注意事项：')).toEqual(['认真做好工作总结。', '十一、注意事项：']);
  });
  it('ends a paragraph at a blank line and an item at the next bullet, where blank lines are sparse', () => {
    const text =
      'Plans\n- Finish the first draft of the report\n- Meet twice in the week after\n\nRoles\n- One person keeps notes';
    expect(rejoinLines(toLines(text)).map((l) => l.text)).toEqual([
      'Plans',
      'Finish the first draft of the report',
      'Meet twice in the week after',
      'Roles',
      'One person keeps notes',
    ]);
  });
  it('joins across blank lines in text that has one after every line (a copy from a preview site)', () => {
    const text =
      '1、每月定期对各种物品及药品，急救车进行检查，及时发现\n\n过期物品。\n\n2、护士长随时进行监督。\n\n3、做好记录。';
    expect(rejoinLines(toLines(text)).map((l) => l.text)).toEqual([
      '1、每月定期对各种物品及药品，急救车进行检查，及时发现过期物品。',
      '2、护士长随时进行监督。',
      '3、做好记录。',
    ]);
  });
  it('keeps a space between English words broken at a line end', () => {
    expect(run('Each member completes their own warmup by', 'Wednesday at ten.')).toEqual([
      'Each member completes their own warmup by Wednesday at ten.',
    ]);
  });
  it('goes on past a line that names a kind of document when the line before stops on "the"', () => {
    expect(
      run('o maintain all club records except as otherwise governed by the', 'Constitution or the Bylaws'),
    ).toEqual(['o maintain all club records except as otherwise governed by the Constitution or the Bylaws']);
    expect(run('Some text about the club ends here.', 'Constitution of the Club')).toHaveLength(2);
  });
  it('keeps each line of an outline typed with tabs, and still joins a numbered or long line wrapped to the margin', () => {
    const lines = (...raw: string[]) => rejoinLines(toLines(raw.join('\n'))).map((l) => l.text);
    expect(lines('Ingestion', '\tHadoop CLI (class work)', '\tSqoop', '\t\tImporting tables', 'Processing')).toEqual([
      'Ingestion',
      'Hadoop CLI (class work)',
      'Sqoop',
      'Importing tables',
      'Processing',
    ]);
    expect(
      lines(
        'Article I.  Membership',
        '     Section 1.  A person who did not go through the class must have',
        'attended at least five club dances.',
      ),
    ).toEqual([
      'Article I.  Membership',
      'Section 1.  A person who did not go through the class must have attended at least five club dances.',
    ]);
  });
});
