import { describe, it, expect } from 'vitest';
import { CUT_RULES, splitRunTogether } from '../../shared/plan/split.ts';

const run = (...texts: string[]) => splitRunTogether(texts.map((text, i) => ({ no: i + 1, text }))).map((l) => l.text);

describe('split', () => {
  it('splits numbered items a PDF copy ran together, keeping each piece on its input line', () => {
    const out = splitRunTogether([
      { no: 7, text: '五、参与人员全体同学六、活动内容1. 学习小组组建2. 学习计划制定各小组根据实际情况制定计划。' },
    ]);
    expect(out.map((l) => l.text)).toEqual([
      '五、参与人员全体同学',
      '六、活动内容',
      '1. 学习小组组建',
      '2. 学习计划制定各小组根据实际情况制定计划。',
    ]);
    expect(out.every((l) => l.no === 7)).toBe(true);
  });
  it('splits after a sentence break or a label colon', () => {
    expect(run('二、工作目标:1、教师培训目标:切实抓好建设。2、教学管理目标:狠抓常规。')).toEqual([
      '二、工作目标:',
      '1、教师培训目标:切实抓好建设。',
      '2、教学管理目标:狠抓常规。',
    ]);
    // A full stop typed as "." after Chinese is a sentence break too; a decimal is no break ("时长1.5小时").
    expect(run('必须做到：1.明确说明难度.2.帮助非计算机学生。3.给出方向')).toEqual([
      '必须做到：',
      '1.明确说明难度.',
      '2.帮助非计算机学生。',
      '3.给出方向',
    ]);
    expect(run('活动：1.讲座时长1.5小时')).toEqual(['活动：', '1.讲座时长1.5小时']);
  });
  it('leaves sections quoted in 【】 inside a sentence where they are', () => {
    const line =
      '2、任务书中的：【一、设计内容及要求 二、主要规范与技术指标】你们填写，【三、设计工作进度计划】不用修改。';
    expect(run(line)).toEqual([line]);
    // Outside the brackets the same markers still cut.
    expect(run('二、工作目标:1、教师培训目标:切实抓好建设。2、教学管理目标:狠抓常规。')).toHaveLength(3);
  });
  it('leaves a number whose ")" closes a bracket opened before it, and still cuts a list run on after a label', () => {
    expect(run('小學基本級 (粉黃色徽章) (累積積點：4)')).toEqual(['小學基本級 (粉黃色徽章) (累積積點：4)']);
    expect(run('Report Due: 11/(21, 27, 29) class time')).toEqual(['Report Due: 11/(21, 27, 29) class time']);
    expect(run('本次活动：1) 学习 2) 讨论')).toEqual(['本次活动：', '1) 学习', '2) 讨论']);
  });
  it('cuts a collection part title out of a paragraph', () => {
    expect(run('争创优秀教研组。小学教研组工作计划【第一篇】一、指导思想:以人为本。二、工作目标')).toEqual([
      '争创优秀教研组。',
      '小学教研组工作计划【第一篇】',
      '一、指导思想:以人为本。',
      '二、工作目标',
    ]);
    expect(run('学业互助活动方案策划书3篇篇一学业互助活动方案策划书一、活动主题互助学习二、活动目的')).toEqual([
      '学业互助活动方案策划书3篇',
      '篇一学业互助活动方案策划书',
      '一、活动主题互助学习',
      '二、活动目的',
    ]);
  });
  it('ends an opening part title at the word naming its kind of document', () => {
    expect(run('第二篇：小学英语校本教研工作计划马河小学英语校本教研工作计划一、指导思想')).toEqual([
      '第二篇：小学英语校本教研工作计划',
      '马河小学英语校本教研工作计划',
      '一、指导思想',
    ]);
  });
  it('gives a title sentence inside a paragraph its own segment', () => {
    expect(run('学习者之间的合作能力得到提升。互学互助实施方案互学互助实施方案一、背景介绍。')).toEqual([
      '学习者之间的合作能力得到提升。',
      '互学互助实施方案互学互助实施方案',
      '一、背景介绍。',
    ]);
  });
  it('splits month headings run onto a line before their first item', () => {
    expect(run('三、具体工作安排三月份1、拟定计划。2、召开会议。四月份1、观摩课。')).toEqual([
      '三、具体工作安排',
      '三月份',
      '1、拟定计划。',
      '2、召开会议。',
      '四月份',
      '1、观摩课。',
    ]);
  });
  it('splits a month heading and a section label run onto the end of an item', () => {
    expect(run('3、征集优秀教学案例（三、四、五年级）十月份：')).toEqual([
      '3、征集优秀教学案例（三、四、五年级）',
      '十月份：',
    ]);
    expect(run('7、开展网络教研，达到优质资源共享 附月份安排：')).toEqual([
      '7、开展网络教研，达到优质资源共享',
      '附月份安排：',
    ]);
    // A word with its number listed with the next of the same word is an enumeration, not a marker.
    expect(run('②以科一、科四免补考费吸引用户')).toEqual(['②以科一、科四免补考费吸引用户']);
    // The space after a Latin word is spacing between scripts, not a break before a label.
    expect(run('您可以透過這些介紹，快速了解 SRE 的核心精神與概念：')).toEqual([
      '您可以透過這些介紹，快速了解 SRE 的核心精神與概念：',
    ]);
  });
  it('splits ordinal words that open sentences, but not clauses inside one sentence', () => {
    expect(run('抓常规管理一要科学,要遵循规律。二要规范,要严格执行。')).toEqual([
      '抓常规管理',
      '一要科学,要遵循规律。',
      '二要规范,要严格执行。',
    ]);
    expect(run('做到“三思”,即一思我今天的收获,二思我的不足,三思明天的打算。')).toHaveLength(1);
  });
  it('splits an item whose name opens with a digit and a capital ("8.3D创意设计") where it goes on from the last', () => {
    expect(run('1.电脑绘画2.网页设计3.电脑动画（“和教育”手机动漫）4.3D创意设计（创新未来设计）5.微视频')).toEqual([
      '1.电脑绘画',
      '2.网页设计',
      '3.电脑动画（“和教育”手机动漫）',
      '4.3D创意设计（创新未来设计）',
      '5.微视频',
    ]);
    // …not a version or a decimal out of sequence.
    expect(run('1.安装软件，升级到2.5G网络。')).toEqual(['1.安装软件，升级到2.5G网络。']);
  });
  it('does not split at look-alikes: decimals, dates, clock times, grade ranges', () => {
    for (const s of [
      '成绩提高了3.5分，效果明显。',
      '会议定于2024.3.5召开。',
      '每天8:30集合，9:00出发。',
      '面向一、二年级学生开展活动。',
      '按照2:2(每组四人)搭配。',
      '负责1、2、3号桌的检查。',
    ]) {
      expect(run(s)).toEqual([s]);
    }
  });
  it('text whose line breaks were lost: a field block splits at each field label, never right after a marker', () => {
    expect(run('小组名称：同伴同行小组性质：成长性小组组员人数：6-8人')).toEqual([
      '小组名称：同伴同行',
      '小组性质：成长性小组',
      '组员人数：6-8人',
    ]);
    expect(run('时间：8月9日，每天15:00——16:15地点：二楼音乐治疗室')).toEqual([
      '时间：8月9日，每天15:00——16:15',
      '地点：二楼音乐治疗室',
    ]);
    expect(run('1、教师培训目标:切实抓好建设。')).toEqual(['1、教师培训目标:切实抓好建设。']);
  });
  it('text whose line breaks were lost: an unnumbered label before a list, a 第X节： after a lost one, 4. after 3、', () => {
    expect(run('建立信任关系。班级教育工作重点具体工作1、组建小组。2、培训组长。')).toEqual([
      '建立信任关系。',
      '班级教育工作重点',
      '具体工作',
      '1、组建小组。',
      '2、培训组长。',
    ]);
    expect(run('建立信任关系。具体工作1、组建小组。')).toEqual(['建立信任关系。', '具体工作', '1、组建小组。']);
    expect(run('第二节：e网情深第四节：穿越“生死网”')).toEqual(['第二节：e网情深', '第四节：穿越“生死网”']);
    expect(run('3、班主任推荐4. 面试确定组员')).toEqual(['3、班主任推荐', '4. 面试确定组员']);
    expect(run('2、第一节和第六节分别进行前测和后测')).toEqual(['2、第一节和第六节分别进行前测和后测']);
  });
  it('English markers inside a line open an item only after a sentence end', () => {
    expect(run('Week 1: Session 1 and reading-level check')).toEqual(['Week 1: Session 1 and reading-level check']);
    expect(run('Check fluency in Week 1 and Week 6. Step 2. Each group elects a leader')).toEqual([
      'Check fluency in Week 1 and Week 6.',
      'Step 2. Each group elects a leader',
    ]);
  });
  it('a part title whose line break was lost starts after the signature date before it', () => {
    expect(
      run('十四、时间推进表：院青年志愿者协会 2013年1月20日创新联盟章程 创新工作计划篇五以转变观念为先导，努力提高。'),
    ).toEqual([
      '十四、时间推进表：院青年志愿者协会 2013年1月20日',
      '创新联盟章程 创新工作计划篇五',
      '以转变观念为先导，努力提高。',
    ]);
  });
  it('week headings run together with their items split like month headings', () => {
    expect(run('五、活动日程第一周：相逢是缘（组员相识）第二周：我的新校园')).toEqual([
      '五、活动日程',
      '第一周：相逢是缘（组员相识）',
      '第二周：我的新校园',
    ]);
    expect(run('每周五活动，从第一周：开始')).toEqual(['每周五活动，从第一周：开始']);
  });
  it('a title printed several times in a row, after a sentence end or the collection heading, is cut out', () => {
    expect(run('让学习更轻松。导学互助小组实施方案导学互助小组实施方案一、背景介绍。')).toEqual([
      '让学习更轻松。',
      '导学互助小组实施方案导学互助小组实施方案',
      '一、背景介绍。',
    ]);
    expect(run('互助小组实施方案合集下载班级互助小组实施方案班级互助小组实施方案一、背景')).toEqual([
      '互助小组实施方案合集下载',
      '班级互助小组实施方案班级互助小组实施方案',
      '一、背景',
    ]);
  });
  it('a label run onto an item opens its list even when the list follows on the same line; a dash bullet before a month', () => {
    expect(run('7、开展网络教研，达到优质资源共享 附月份安排：三月份：1、制定计划。')).toEqual([
      '7、开展网络教研，达到优质资源共享',
      '附月份安排：',
      '三月份：',
      '1、制定计划。',
    ]);
    expect(run('第四章 工作安排九月份：制定计划')).toEqual(['第四章 工作安排', '九月份：制定计划']);
    expect(run('三、具体工作安排-三月份1、拟定计划')).toEqual(['三、具体工作安排-', '三月份', '1、拟定计划']);
    expect(run('活动安排在三月-四月：共八次')).toEqual(['活动安排在三月-四月：共八次']);
  });
  it('a label with its colon and the bullet of its list, after a sentence end, is a segment of its own', () => {
    expect(run('搞好心理健康教育。具体工作：- 1、继续抓好常规教育。- 2、搞好卫生工作。')).toEqual([
      '搞好心理健康教育。',
      '具体工作：-',
      '1、继续抓好常规教育。-',
      '2、搞好卫生工作。',
    ]);
  });
  it('English with line breaks turned into spaces: a list that continues or starts with a later sibling, before a capital', () => {
    expect(
      run(
        'I. Background Pupils avoid reading aloud in class II. Goals 1. Each member reads aloud 2. Members learn strategies',
      ),
    ).toEqual([
      'I. Background Pupils avoid reading aloud in class',
      'II. Goals',
      '1. Each member reads aloud',
      '2. Members learn strategies',
    ]);
    expect(run('Session 6 – Reading show a) Each member reads b) Certificates and a party')).toEqual([
      'Session 6 – Reading show',
      'a) Each member reads',
      'b) Certificates and a party',
    ]);
    expect(run('Week 1: Session 1 and level check Week 2: Session 2')).toEqual([
      'Week 1: Session 1 and level check',
      'Week 2: Session 2',
    ]);
    expect(run('we met in room 2 and Room 3 was empty')).toEqual(['we met in room 2 and Room 3 was empty']);
  });
  it('a title closed by a draft status in brackets is cut out even with its body run on', () => {
    expect(run('请联系客服。学习互助工作实施方案(试行)为进一步落实新课程理念,特制定本方案。')).toEqual([
      '请联系客服。',
      '学习互助工作实施方案(试行)',
      '为进一步落实新课程理念,特制定本方案。',
    ]);
  });
  it('a span of two full dates between a field value and a heading is a segment of its own', () => {
    expect(run('小组督导：马老师（公共管理学院）20xx.6.10—20xx.7.10第一节：相逢是首歌')).toEqual([
      '小组督导：马老师（公共管理学院）',
      '20xx.6.10—20xx.7.10',
      '第一节：相逢是首歌',
    ]);
    expect(run('活动定于2024.3.5—2024.3.8举行，请准时参加。')).toEqual(['活动定于2024.3.5—2024.3.8举行，请准时参加。']);
  });
  it('runs its cut rules in the documented order, each seeing the cuts of those before it', () => {
    expect(CUT_RULES.map((r) => r.name)).toEqual([
      'part',
      'repeated-title',
      'span',
      'month',
      'marker',
      'field-label',
      'label',
      'title-sentence',
      'run-on-label',
    ]);
    // The label rule finds a label between the marker cuts: run before the marker rule, it finds none.
    const text = '各小组按计划开展活动。具体工作1、组建学习小组。2、制定学习计划。';
    expect(run(text)).toEqual(['各小组按计划开展活动。', '具体工作', '1、组建学习小组。', '2、制定学习计划。']);
    const labelRule = CUT_RULES.find((r) => r.name === 'label')!;
    const labelFirst = CUT_RULES.filter((r) => r !== labelRule);
    labelFirst.splice(
      labelFirst.findIndex((r) => r.name === 'marker'),
      0,
      labelRule,
    );
    expect(splitRunTogether([{ no: 1, text }], labelFirst).map((l) => l.text)).toEqual([
      '各小组按计划开展活动。具体工作',
      '1、组建学习小组。',
      '2、制定学习计划。',
    ]);
  });
});
