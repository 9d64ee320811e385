import { describe, it, expect } from 'vitest';
import { parseMarker } from '../../shared/plan/markers.ts';

const m = (s: string) => {
  const r = parseMarker(s);
  return r && { marker: r.marker, style: r.style, value: r.value, rest: s.slice(r.end) };
};

describe('markers', () => {
  it.each([
    ['一、指导思想', '一、', '一、', 1, '指导思想'],
    ['十二、总结阶段', '十二、', '一、', 12, '总结阶段'],
    ['（三）抓实教学常规', '（三）', '(一)', 3, '抓实教学常规'],
    ['(二)强化队伍建设', '(二)', '(一)', 2, '强化队伍建设'],
    ['3、器材准备', '3、', '1、', 3, '器材准备'],
    ['2．及时辅导', '2．', '1.', 2, '及时辅导'],
    ['4. 对报名者筛选', '4.', '1.', 4, '对报名者筛选'],
    ['7) 天气恶劣', '7)', '1)', 7, '天气恶劣'],
    ['1 ）MPI程序能运行', '1 ）', '1)', 1, 'MPI程序能运行'],
    ['2》banner部分：主要为轮播图', '2》', '1)', 2, 'banner部分：主要为轮播图'],
    ['1、5月8日-5月12日，各组提交', '1、', '1、', 1, '5月8日-5月12日，各组提交'],
    ['（1）发挥作用', '（1）', '(1)', 1, '发挥作用'],
    ['（ 三）评审、公示及颁奖', '（ 三）', '(一)', 3, '评审、公示及颁奖'],
    ['(1)、建立健全评比制度', '(1)、', '(1)', 1, '建立健全评比制度'],
    ['②采用活动课', '②', '①', 2, '采用活动课'],
    ['⑵第二', '⑵', '⑴', 2, '第二'],
    ['⒊第三', '⒊', '⒈', 3, '第三'],
    ['㈡其二', '㈡', '㈠', 2, '其二'],
    ['第一节：网虫相聚', '第一节', '第节', 1, '网虫相聚'],
    ['第一章、UmiJS3介绍', '第一章、', '第章', 1, 'UmiJS3介绍'],
    ['第一章. 宗旨和原则', '第一章.', '第章', 1, '宗旨和原则'],
    ['第1次课：触觉感知与机器人灵巧操作概论', '第1次课', '第次课', 1, '触觉感知与机器人灵巧操作概论'],
    ['§1', '§1', '§', 1, ''],
    ['7， 第三章第五条（二）修改为', '7，', '1,', 7, '第三章第五条（二）修改为'],
    ['§2 — Qualifications', '§2', '§', 2, 'Qualifications'],
    ['§2.3 — Secretary', '§2.3', '§1.1', 3, 'Secretary'],
    ['[1] Name', '[1]', '[1]', 1, 'Name'],
    ['[2.4] Provide opportunities for all members', '[2.4]', '[1.1]', 4, 'Provide opportunities for all members'],
    ['第一條 本會定名為「所友會」', '第一條', '第條', 1, '本會定名為「所友會」'],
    ['第十ㄧ條 本會經費除做為推展會務外', '第十ㄧ條', '第條', 11, '本會經費除做為推展會務外'],
    ['第二节□e网情深', '第二节', '第节', 2, 'e网情深'],
    ['第三部分 实施', '第三部分', '第部分', 3, '实施'],
    ['Article I.  Membership', 'Article I.', 'article', 1, 'Membership'],
    ['Section 2. Voting members', 'Section 2.', 'section', 2, 'Voting members'],
    ['Section B. Classifications of Members', 'Section B.', 'section', 2, 'Classifications of Members'],
    ['Section C: Dues', 'Section C', 'section', 3, 'Dues'],
    ['Subsection B. Fire Support', 'Subsection B.', 'subsection', 2, 'Fire Support'],
    ['Section 5.02 — President', 'Section 5.02', 'section', 2, 'President'],
    ['Section 3.01', 'Section 3.01', 'section', 1, ''],
    ['壹、主旨', '壹、', '壹、', 1, '主旨'],
    ['拾壹、附則', '拾壹、', '壹、', 11, '附則'],
    ['第十二条 小组长每周汇报一次。', '第十二条', '第条', 12, '小组长每周汇报一次。'],
    // Written digit by digit, without 十, as some charters number their articles.
    ['第二一條 本會置會長、副會長各一人', '第二一條', '第條', 21, '本會置會長、副會長各一人'],
    ['一是要加强集体备课', '一是', '一是', 1, '要加强集体备课'],
    ['二要规范', '二要', '一要', 2, '规范'],
    ['第二，互相帮助', '第二', '第一，', 2, '互相帮助'],
    ['Step 2: Plan', 'Step 2', 'step', 2, 'Plan'],
    ['Week 3 – Trust building', 'Week 3', 'week', 3, 'Trust building'],
    // A dash may join the word to its number.
    ['Week - 1 - Review of Matrices', 'Week - 1', 'week', 1, 'Review of Matrices'],
    ['Session-2 Loops', 'Session-2', 'session', 2, 'Loops'],
    ['Session 2 - Roles', 'Session 2', 'session', 2, 'Roles'],
    ['Session 4 Goals', 'Session 4', 'session', 4, 'Goals'],
    ['ARTICLE II – MEMBERSHIP', 'ARTICLE II', 'article', 2, 'MEMBERSHIP'],
    ['SECTION 3: TYPE OF SELECTION', 'SECTION 3', 'section', 3, 'TYPE OF SELECTION'],
    ['Chapter 4 Interpolation', 'Chapter 4', 'chapter', 4, 'Interpolation'],
    ['第 一 章    总则', '第 一 章', '第章', 1, '总则'],
    ['(iv) the Secretary; and', '(iv)', '(i)', 4, 'the Secretary; and'],
    ['(b) The non-Executive Committee consists of:', '(b)', '(a)', 2, 'The non-Executive Committee consists of:'],
    ['II. Methods', 'II.', 'I.', 2, 'Methods'],
    ['B. Second', 'B.', 'A.', 2, 'Second'],
    ['c) third', 'c)', 'a)', 3, 'third'],
    ['ii) Deannah Neupert', 'ii)', 'i)', 2, 'Deannah Neupert'],
    ['iv) Extracting parameters', 'iv)', 'i)', 4, 'Extracting parameters'],
    ['一：活动名称', '一：', '一:', 1, '活动名称'],
    ['十：评比细则', '十：', '一:', 10, '评比细则'],
    ['二，参赛人员制作游戏', '二，', '一,', 2, '参赛人员制作游戏'],
  ])('%s → %s', (text, marker, style, value, rest) => {
    expect(m(text)).toEqual({ marker, style, value, rest });
  });

  it.each([
    '3.5倍',
    'Section 4.1 is important for understanding classes',
    'Chapter 3.2 of the textbook',
    '2024.3.5开会',
    '8:30集合',
    '一、二年级学生',
    '三、四、五年级',
    '一：二：三',
    '一，二年级学生',
    'ix-ray',
    '12.5%',
    '第一时间',
    '一些学生',
    '是非',
    '第一、二局 deuce 最多到 28 分',
    '第一階段為小組賽，第二階段為淘汰賽',
    '第一次课堂练习',
    '第二次课后作业',
    '第一次课内完成选读论文安排',
    '§ 2 of the bylaws applies',
    '第一章第二条修改为“成为产业领袖”',
    '1，赛队基于大模型完成场景识别',
  ])('rejects the look-alike %s', (text) => {
    expect(parseMarker(text)).toBeNull();
  });
  it('a word\'s number may start at 0 and be split by a letter ("Lesson 0", "Lesson 1a", "Lesson 1b")', () => {
    expect(m('Lesson 0: Downloading RStudio')).toEqual({
      marker: 'Lesson 0',
      style: 'lesson',
      value: 0,
      rest: 'Downloading RStudio',
    });
    expect(m('Lesson 1a: What is RStudio?')).toEqual({
      marker: 'Lesson 1a',
      style: 'lesson',
      value: 1,
      rest: 'What is RStudio?',
    });
    expect(m('Week 0 Orientation')?.marker).toBe('Week 0');
    // A word after the number is no part of it.
    expect(m('Part 2and more')).toBeNull();
    expect(m('Step 3 apples')?.marker).toBe('Step 3');
  });
  it("an author's initial in a reading list is no lettered marker; a lettered section is one", () => {
    for (const cite of [
      'A. Spanos, "Pregame" in Games of History',
      'E. Pfister and A. Görgen, How to analyse a video game',
      'K. Kee, S. Graham et al. "Towards a Theory"',
      'F. Klaassen. "Game Development in a Senior Seminar"',
    ])
      expect(parseMarker(cite)).toBeNull();
    expect(m('A. Membership, dues and fees')).toMatchObject({ marker: 'A.', style: 'A.', value: 1 });
  });
});
