/** The readers: each kind of input → the block model, with the evidence a reader of the rendered page has. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../shared/cli/read-file.ts';
import { readDocx } from '../../shared/cli/read-docx.ts';
import { readPdf } from '../../shared/cli/read-pdf.ts';
import type { Block, TextBlock } from '../../shared/plan/blocks.ts';
import { formatNumber, NumberingCounter, readNumbering, writeMarkers } from '../../shared/plan/read/docx-numbering.ts';
import { readHast } from '../../shared/plan/read/hast.ts';
import { readMarkdown } from '../../shared/plan/read/markdown.ts';
import { readHtmlSource } from '../../shared/plan/read/parse5.ts';
import { type PdfTextItem, readPdfItems } from '../../shared/plan/read/pdf.ts';
import { looksLikeMarkdown, readText } from '../../shared/plan/read/text.ts';
import { settleTitle } from '../../shared/plan/read/title.ts';
import { extractBlocks, extractPlans } from '../../shared/plan/index.ts';
import { pdfFile, pdfInput } from '../bench/plan-inputs.ts';
import { PLAN_CORPUS } from './score.ts';

/** A minimal Word file: a body of paragraphs and the styles they use. */
async function docxFile(body: string, styles: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  zip.file('word/styles.xml', styles);
  return zip.generateAsync({ type: 'uint8array' });
}

const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
const find = (blocks: Block[], text: string): TextBlock | undefined =>
  blocks.find((b): b is TextBlock => b.kind === 'text' && b.text === text);

describe('plain text and Markdown', () => {
  it('recognises Markdown by what only Markdown has, not by bullets or numbered lines', () => {
    expect(looksLikeMarkdown('## 一、目标\n内容')).toBe(true);
    expect(looksLikeMarkdown('---\ntitle: 计划\n---\n正文')).toBe(true);
    expect(looksLikeMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toBe(true);
    expect(looksLikeMarkdown('一、目标\n- 1、提高成绩\n1. 分组\n2. 评比')).toBe(false);
    expect(readText('一、目标\n1. 分组').source).toBe('text');
  });

  it('keeps heading ranks, list depth with the numbers a renderer shows, emphasis and quotes', () => {
    const doc = readMarkdown(
      '# 计划\n\n## 一、目标\n\n> ### 引用里的标题\n\n**Materials:**\n\n* Stopwatch\n\n3. first\n4. second\n    1. nested\n\n1. **Run-in title.** Body text\n',
    );
    expect(find(doc.blocks, '一、目标')?.heading).toBe(2);
    expect(find(doc.blocks, '引用里的标题')).toMatchObject({ heading: 3, quote: true });
    expect(find(doc.blocks, 'Materials:')?.emphasis).toBe('all');
    expect(find(doc.blocks, 'Stopwatch')?.list).toEqual({ depth: 0, ordered: false, parent: false });
    expect(find(doc.blocks, 'second')?.list).toEqual({ depth: 0, ordered: true, marker: '4.', parent: true });
    expect(find(doc.blocks, 'nested')?.list).toMatchObject({ depth: 1, marker: '1.' });
    expect(find(doc.blocks, 'Run-in title. Body text')).toMatchObject({ emphasis: 'lead', lead: 'Run-in title.' });
  });

  it('reads front matter as metadata, links and badges as their visible text, and both kinds of pipe table', () => {
    const doc = readMarkdown(
      '---\ntitle: 训练计划\ngoals:\n  - 掌握基础\n  - 学会合作\n---\n\n## 第一周: [介绍](x.md) <Badge text="@B8 Sep 22" />\n\n| 时间 | 内容 |\n|---|---|\n| 3月4日 | 二分<br>倍增 |\n\n| 6/18 | Carl | [Git 1](u) |\n| 6/25 | Carl | [Git 2](u) |\n',
    );
    expect(doc.title).toBe('训练计划');
    expect(doc.goals).toEqual(['掌握基础', '学会合作']);
    expect(texts(doc.blocks)).toContain('第一周: 介绍');
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[0]?.kind === 'table' && tables[0].rows[1]?.[1]?.lines).toEqual(['二分', '倍增']);
    expect(tables[1]?.kind === 'table' && tables[1].rows[1]?.[2]?.lines).toEqual(['Git 2']);
  });

  it('a numbered item set as a heading, or underlined into one by an empty bullet, keeps its number in its list', () => {
    const doc = readMarkdown(
      '# 课程安排\n\n1. ### Markdown\n   - 学会语法\n2. STM32的GPIO编程\n3. STM32的定时器编程\n   - \n4. STM32的PWM编程\n\n* ## 培训方案大纲\n',
    );
    expect(find(doc.blocks, 'Markdown')).toMatchObject({ list: { depth: 0, marker: '1.', parent: true } });
    expect(find(doc.blocks, 'Markdown')?.heading).toBeUndefined();
    expect(find(doc.blocks, 'STM32的定时器编程')).toMatchObject({ list: { depth: 0, marker: '3.' } });
    expect(find(doc.blocks, 'STM32的定时器编程')?.heading).toBeUndefined();
    // A heading typed into a bullet is a heading.
    expect(find(doc.blocks, '培训方案大纲')?.heading).toBe(2);
  });

  it("shows nothing of a stylesheet or a script set in the Markdown, and the heading after it is the title's", () => {
    const doc = settleTitle(
      readMarkdown(
        '<style>\np { text-indent: 2em; }\nbody {\n  font-family: "楷体"\n}\n</style>\n\n<center><h1>集训队管理条例</h1></center>\n\n## 总则：\n\n为了提高训练质量。\n\n<script>\nvar a = 1;\n</script>\n',
      ),
    );
    expect(doc.title).toBe('集训队管理条例');
    expect(texts(doc.blocks)).toEqual(['总则：', '为了提高训练质量。']);
  });

  it("leaves out a block of HTML's menu of links to the page's own sections and its button", () => {
    const doc = readMarkdown(
      '# Schedule\n\n<div class="navdropdown">\n  <button onclick="toggle()">Week Selection</button>\n  <div id="menu">\n    <a href="#week-1">Week 1 (2/1, 2/3)</a>\n    <a href="#week-2">Week 2 (2/8)</a>\n  </div>\n  <p>Readings are on <a href="https://example.org">the site</a>.</p>\n</div>\n\n## Week 1\n\nText.\n',
    );
    expect(texts(doc.blocks)).toEqual(['Schedule', 'Readings are on the site.', 'Week 1', 'Text.']);
  });

  it('reads an outline its author indented into a code block as text, and leaves code and fenced text (a prompt) as they are', () => {
    const doc = readMarkdown(
      '# 教学大纲\n\n一、基础知识\n\n    1.vs和vscode下载安装和配置\n\n    2.github的使用\n\n       配合辅助：php、SQL\n\n    3.算法导论：程序的好坏评价\n\n```js\n// 1. 初始化\nconst a = 1; // 一、定义\n```\n\n    2. 注释：说明代码\n    x = 2\n\n```text\n请写一段开场白：\n1. 活动主题：填写主题\n2. 参与人群：开发者、设计师\n```\n',
    );
    const shown = texts(doc.blocks);
    expect(shown).toEqual([
      '教学大纲',
      '一、基础知识',
      '1.vs和vscode下载安装和配置',
      '2.github的使用',
      '配合辅助：php、SQL',
      '3.算法导论：程序的好坏评价',
    ]);
    expect(find(doc.blocks, '配合辅助：php、SQL')?.indent).toBe(1);
  });

  it("a PDF's title said again in other words under it is the title's; a running header in small type over it is no title", () => {
    const t = (text: string, extra: Partial<TextBlock> = {}): Block => ({ kind: 'text', text, ...extra });
    const bylaws = settleTitle({
      source: 'pdf',
      blocks: [
        t('Bylaws Friends of Corvallis Troop 1', { heading: 1, size: 1.75 }),
        t('Wednesday, October 15, 2025', { size: 0.88 }),
        t('Bylaws for Friends of Corvallis Troop 1', { heading: 2, size: 1.5 }),
        t('Article I: Name and Purpose', { heading: 3 }),
        t('The name of the organization shall be Friends of Corvallis Troop 1.'),
        t('Article II: Offices', { heading: 3 }),
        t('The office is in Corvallis.'),
      ],
    });
    expect(bylaws.title).toBe('Bylaws Friends of Corvallis Troop 1');
    expect(texts(bylaws.blocks)).not.toContain('Bylaws for Friends of Corvallis Troop 1');
    const brief = settleTitle({
      source: 'pdf',
      blocks: [
        t('JC3012 (2025-26): Network Security Technology', { size: 0.77 }),
        t('Assessment Brief: Key Exchange Protocol Attacks', { heading: 1, size: 1.69 }),
        t('Assessment Title and Weighting', { heading: 2, size: 1.62 }),
        t('Coursework, 30% of the total grade.'),
        t('Extensions', { heading: 2, size: 1.62 }),
        t('Ask the course office.'),
      ],
    });
    expect(brief.title).toBe('Assessment Brief: Key Exchange Protocol Attacks');
  });

  it("a Word cover's lines under the title, in heading types the body never uses again, bold or not, head nothing", () => {
    const t = (text: string, extra: Partial<TextBlock> = {}): Block => ({ kind: 'text', text, ...extra });
    const list = { depth: 0, ordered: true, parent: false };
    const doc = extractBlocks(
      settleTitle({
        source: 'docx',
        blocks: [
          t('智能显微操作', { heading: 1 }),
          t('实验指导书', { heading: 1 }),
          t('实验一 斑马鱼图像处理', { heading: 2 }),
          t('哈尔滨工业大学 控制科学与工程系', { heading: 3, emphasis: 'all' }),
          t('1. 实验目的', { emphasis: 'lead', lead: '实验目的', list: { ...list, marker: '1.' } }),
          t('本实验涉及图像处理领域。'),
          t('2. 实验准备', { emphasis: 'lead', lead: '实验准备', list: { ...list, marker: '2.' } }),
          t('安装Python和opencv。'),
        ],
      }),
    ).document;
    expect(doc.plans[0]?.title).toBe('智能显微操作实验指导书');
    expect(doc.plans[0]?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 1.实验目的',
      '1 2.实验准备',
    ]);
  });

  it('takes the title from the first heading when nothing ranks as high, and drops a repeat of it', () => {
    expect(settleTitle(readMarkdown('## 使用平台\n\n文字\n\n## 讲师名单\n\n文字')).title).toBe('');
    // A series written in words ("## First week" … "## Second week") has no title among its parts.
    expect(
      settleTitle(readMarkdown('## First week\n\n### Day 1\n\nText.\n\n## Second week\n\n### Day 6\n\nText.\n')).title,
    ).toBe('');
    const fm = settleTitle(readMarkdown('---\ntitle: 新生培训\n---\n\n# 新生培训\n\n## 第一周\n\n## 第二周\n'));
    expect(fm.title).toBe('新生培训');
    expect(texts(fm.blocks)).toEqual(['第一周', '第二周']);
    // The author's name set in the title's style belongs to the title block.
    const byline = settleTitle(
      readMarkdown('# Bayesian vs. Frequentist Statistics\n\n# Michael Katz\n\n## Purpose\n\nText.\n'),
    );
    expect(byline.title).toBe('Bayesian vs. Frequentist Statistics');
    expect(texts(byline.blocks)).toEqual(['Purpose', 'Text.']);
  });
});

describe('HTML inside Markdown', () => {
  it("reads a Jekyll page's HTML blocks as the page they render to: headings and tables, not loose lines", () => {
    const doc = readMarkdown(
      [
        '---',
        'layout: base',
        '---',
        '',
        '<div class="page-header">',
        '<h2>Hackathon Schedule</h2>',
        '<h3>Saturday, 21 May 2016</h3>',
        '</div>',
        '',
        '<table class="table">',
        '  <tr><th>Time</th><th>Event</th></tr>',
        '  <tr><td>8:00 AM</td><td>Doors Open</td></tr>',
        '</table>',
        '',
        '<p align="center"><img src="logo.png"> Made by the club</p>',
      ].join('\n'),
    );
    expect(doc.blocks).toMatchObject([
      { kind: 'text', text: 'Hackathon Schedule', heading: 2 },
      { kind: 'text', text: 'Saturday, 21 May 2016', heading: 3 },
      {
        kind: 'table',
        rows: [
          [{ lines: ['Time'] }, { lines: ['Event'] }],
          [{ lines: ['8:00 AM'] }, { lines: ['Doors Open'] }],
        ],
      },
      { kind: 'text', text: 'Made by the club' },
    ]);
  });
});

describe('web pages', () => {
  const page = `<!doctype html><html><head><title>站点 | 计划</title><script>var x=1</script></head><body>
    <nav><a href="/">首页</a><a href="/a">上一篇</a></nav>
    <div class="sidebar"><ul><li>相关文章</li></ul></div>
    <main><article><h1>学习小组<br>活动计划</h1><div class="article-metadata">2024-08-30 浏览：99</div>
      <p>一、<b>活动目的</b></p><div style="padding-left:40px">1.提高成绩<br>2.学会合作</div>
      <p style="display:none">隐藏的文字</p>
      <ol type="a" start="2"><li>第二项<ol><li>里面</li></ol></li></ol>
      <table><thead><tr><th>时间</th><th>内容</th></tr></thead>
        <tbody><tr><td rowspan="2">3月</td><td>分组</td></tr><tr><td>评比</td></tr></tbody></table>
    </article></main><footer>版权所有</footer></body></html>`;

  it('takes a template\'s <div id="main"> as the article, the one <h1> in a banner above it as the title, and buttons as page UI', () => {
    const doc = readHtmlSource(
      '<body><header id="header"><a class="logo">SRE <span>TAIWAN</span></a></header><section id="banner"><h1>學習是終身的過程</h1></section><div id="main"><h2>關於讀書會</h2><p>活動每兩週一次。</p><ul><li>讀書會討論：<ul><li><a class="button" href="/x">回顧讀書會內容</a></li></ul></li></ul></div><footer>版權</footer></body>',
    );
    expect(doc.title).toBe('學習是終身的過程');
    expect(doc.blocks).toMatchObject([
      { text: '關於讀書會', heading: 2 },
      { text: '活動每兩週一次。' },
      { text: '讀書會討論：', list: { parent: false } },
    ]);
  });

  it("a loose list's item holding its text in a paragraph has nothing under it; a second paragraph or a list is under it", () => {
    const doc = readHtmlSource(
      '<body><main><h1>Bootcamp</h1><ul><li><p>Day 1</p><ul class="simple"><li><p>Loops</p></li><li><p>Exercise</p></li></ul></li><li><p>Day 2</p><p>Bring a laptop.</p></li></ul></main></body>',
    );
    const list = (t: string) => find(doc.blocks, t)?.list;
    expect(list('Day 1')).toMatchObject({ depth: 0, parent: true });
    expect(list('Loops')).toMatchObject({ depth: 1, parent: false });
    expect(list('Exercise')).toMatchObject({ depth: 1, parent: false });
    expect(list('Day 2')).toMatchObject({ depth: 0, parent: true });
    expect(extractBlocks(doc).document.plans[0]?.headings.map((h) => h.text)).toEqual(['Day 1', 'Day 2']);
  });

  it("leaves out the notes at the page's foot (Markdown's footnotes as a site renders them)", () => {
    const doc = readHtmlSource(
      '<body><main><h1>Bootcamp</h1><p>Save files locally<sup><a href="#fn:1">1</a></sup></p><section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>Many students have never used local folders. <a href="#fnref:1">↩︎</a></p></li></ol></section></main></body>',
    );
    expect(texts(doc.blocks)).toEqual(['Bootcamp', 'Save files locally1']);
  });

  it("shows a list's numbers as its list style sets them (一、 i. a.; none and a string give bullets)", () => {
    const doc = readHtmlSource(
      `<body><main><ol style="list-style-type: cjk-ideographic;"><li>服装<ol style="list-style-type: lower-roman"><li>校服</li><li>校鞋</li></ol></li><li>发型</li></ol>
      <ol style="list-style-type: cjk-ideographic" start="3"><li>请假</li></ol>
      <ul style="list-style: upper-alpha inside"><li>甲</li></ul>
      <ol style="list-style-type: '-  '"><li>一条</li></ol><ol style="list-style:none"><li>无号</li></ol></main></body>`,
    );
    const list = (t: string) => find(doc.blocks, t)?.list;
    expect(list('服装')).toMatchObject({ ordered: true, marker: '一、' });
    expect(list('校鞋')).toMatchObject({ depth: 1, marker: 'ii.' });
    expect(list('发型')?.marker).toBe('二、');
    expect(list('请假')?.marker).toBe('三、');
    expect(list('甲')).toMatchObject({ ordered: true, marker: 'A.' });
    expect(list('一条')).toEqual({ depth: 0, ordered: false, parent: false });
    expect(list('无号')?.marker).toBeUndefined();
  });

  it("takes a banner's heading that the browser tab names too as the page's title, when the page has no <h1>", () => {
    const doc = readHtmlSource(
      '<html><head><title>某中学 | 学生守则 | 重要条例和校规</title></head><body><div class="page-banner"><h2>重要条例和校规</h2></div><main><h2>仪容规范</h2><p>整洁大方。</p><h2>行为规范</h2><p>守时。</p></main></body></html>',
    );
    expect(doc.title).toBe('重要条例和校规');
    // A banner heading the tab does not name is the site's, not the page's.
    const other = readHtmlSource(
      '<html><head><title>某中学 | 学生守则</title></head><body><div class="page-banner"><h2>欢迎光临</h2></div><main><h2>仪容规范</h2><p>整洁。</p></main></body></html>',
    );
    expect(other.title).toBeUndefined();
  });

  it('reads both parts of a page set side by side as sections ("Rules" beside "Code of Conduct"), not the larger only', () => {
    const long = 'Harassment includes offensive comments and unwelcome attention at any event we run. '.repeat(8);
    const doc = readHtmlSource(
      `<body><nav><a href="/">Home</a></nav><header><h1>Rules</h1></header>
      <section id="rules"><div class="container"><h2>Teams</h2><p>Teams can contain no more than 7 students at the event.</p>
      <h2>Judging</h2><p>Judging is based on creativity, usefulness, polish and technical difficulty.</p></div></section>
      <section id="conduct"><div class="container"><h1>Code of Conduct</h1><h2>The Quick Version</h2><p>${long}</p></div></section>
      <footer>© 2014</footer></body>`,
    );
    const shown = texts(doc.blocks);
    expect(shown).toEqual(expect.arrayContaining(['Teams', 'Judging', 'Code of Conduct', 'The Quick Version']));
    expect(shown).not.toContain('Home');
  });

  it('reads a page whose whole text sits in a box named like a footer (Bootstrap\'s "panel-footer"), not an empty page', () => {
    const rows = ['Mon Aug 25, 2025', 'Wed Aug 27, 2025', 'Fri Aug 29, 2025']
      .map(
        (d, k) =>
          `<tr><td>${d}</td><td>Lecture</td><td>Topic ${k + 1}: Map-Reduce and Spark, with a worked example</td></tr>`,
      )
      .join('');
    const doc = readHtmlSource(
      `<body><div class="container"><div class="panel-footer clearfix"><h1>ML with Large Datasets, Fall 2025</h1>
      <h3>Schedule</h3>This schedule is subject to change.<table><tr><th>Date</th><th>Class Type</th><th>Topic</th></tr>${rows}</table>
      </div><div class="footer">Site by the course staff. Last built from the course repository.</div></div></body>`,
    );
    expect(doc.blocks[0]).toMatchObject({ text: 'ML with Large Datasets, Fall 2025', heading: 1 });
    expect(texts(doc.blocks)).toContain('Schedule');
    expect(doc.blocks.some((b) => b.kind === 'table' && b.rows.length === 4)).toBe(true);
    // The page's own footer is still chrome.
    expect(texts(doc.blocks).join(' ')).not.toContain('Site by the course staff');
  });

  it('a page of several <article>s side by side is read whole, not only its first', () => {
    const doc = readHtmlSource(
      `<body><nav><a href="#rules">Rules</a></nav><section id="rules"><section><h2>The Rules:</h2><ul><li>Read any books you want.</li></ul></section>
      <article id="slide"><h2>What is "Summer Slide"?</h2><p>Students can lose up to 25% of their reading level.</p></article>
      <article id="anywhere"><h2>Read Anywhere!</h2><p>At home, at the park, at the library.</p></article></section></body>`,
    );
    expect(texts(doc.blocks)).toEqual(
      expect.arrayContaining([
        'The Rules:',
        'What is "Summer Slide"?',
        'Read Anywhere!',
        'At home, at the park, at the library.',
      ]),
    );
  });

  it('a sidebar whose tree of links holds most of the page’s text is still navigation, not the page', () => {
    const notes = Array.from(
      { length: 60 },
      (_, k) =>
        `<div class="tree-item"><a class="tree-item-link" href="n${k}.html"><span>第${k}篇笔记：面向对象分析方法</span></a></div>`,
    ).join('');
    const doc = readHtmlSource(
      `<body><div class="sidebar-left sidebar"><div class="sidebar-content">${notes}</div></div>
      <div class="document-container"><div class="markdown-preview-view"><h1>20230710-20230716计划</h1>
      <h2>习惯</h2><ul><li>早睡早起</li></ul><h2>英语</h2><ul><li>背单词</li></ul></div></div></body>`,
    );
    expect(texts(doc.blocks)).toEqual(['20230710-20230716计划', '习惯', '早睡早起', '英语', '背单词']);
  });

  it('reads a table of one column, a paragraph to a row, as the paragraphs; a two-row form stays a table', () => {
    const rows = ['一、运动会比赛时间和地点：', '2018年12月1-7日在旗山校区东区田径场。', '二、参赛单位：', '各学院。']
      .map((t) => `<tr><td>${t}</td></tr>`)
      .join('');
    const doc = readHtmlSource(`<body><main><table>${rows}</table>
      <table><tr><td><p>报告题目：</p><p>报告类型：邀请报告 口头报告</p></td></tr><tr><td><p>报告摘要</p></td></tr></table></main></body>`);
    expect(texts(doc.blocks)).toEqual([
      '一、运动会比赛时间和地点：',
      '2018年12月1-7日在旗山校区东区田径场。',
      '二、参赛单位：',
      '各学院。',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
  });

  it("a list the page's stylesheet shows without numbers keeps the numbers typed into its items, not the list's own", () => {
    const items = ['本协议仅适用于本年度的系列赛事活动。', '参赛人员需是具备完全民事行为能力的成年人。'];
    const page = (css: string) =>
      `<html><head><style>${css}</style></head><body><h3>报名参赛协议</h3><h4>【免责协议】</h4><ol>${items
        .map((t, k) => `<li>${'一二'[k]}.&nbsp;${t}</li>`)
        .join('')}</ol></body></html>`;
    const outline = (css: string) =>
      extractBlocks(readHtmlSource(page(css))).document.plans[0]?.headings.map((h) => `${h.marker}|${h.text}`);
    expect(outline('ol{ list-style: none; padding-left: 0; }')).toEqual([
      '一.|本协议仅适用于本年度的系列赛事活动',
      '二.|参赛人员需是具备完全民事行为能力的成年人',
    ]);
    // Shown with its numbers, the list's "1." comes first, as the page draws it.
    const markers = (css: string) =>
      readHtmlSource(page(css)).blocks.flatMap((b) => (b.kind === 'text' && b.list ? [b.list.marker ?? ''] : []));
    expect(markers('h4 { color: red }')).toEqual(['1.', '2.']);
    expect(markers('ol{ list-style: none; }')).toEqual(['', '']);
  });

  it("a description list's terms head their descriptions (an FAQ's questions); a numbered term heads its part by its number", () => {
    const page = `<body><main><h1>Reading Group</h1><p>We meet weekly.</p><h2>FAQ</h2><dl>
      <dt>Do I need to be at UC Berkeley to join?</dt><dd>Nope. Everyone is welcome.</dd>
      <dt>Can I present?</dt><dd>Yes! Contact the organisers.</dd></dl>
      <h2>Rules</h2><dl><dt>一、人员范围</dt><dd>全国中小学在校学生。</dd><dt>二、项目设置</dt><dd>分为评选项目和竞赛项目。</dd></dl></main></body>`;
    const p = extractBlocks(readHtmlSource(page)).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |FAQ',
      '2 |Do I need to be at UC Berkeley to join',
      '2 |Can I present',
      '1 |Rules',
      '2 一、|人员范围',
      '2 二、|项目设置',
    ]);
  });

  it('cards alike under a heading of their own rank are its parts; boxes that open with no heading change nothing', () => {
    const card = (t: string) =>
      `<div class="project"><h1>${t}</h1><p><i>Read on October 4, 2023</i></p><p>Notes.</p></div>`;
    const page = `<body><div class="content"><h1>Neurosymbolic Reading Group</h1><p>We meet weekly.</p>
      <h1>Previously Covered Papers and Notes.</h1>${card('Code llama')}${card('WizardCoder')}${card('Reasoning or Reciting')}
      <div class="wrap"><div><h1>Schedule</h1></div></div><div class="wrap"><p>Fall term.</p></div></div></body>`;
    const p = extractBlocks(readHtmlSource(page)).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Neurosymbolic Reading Group',
      '1 Previously Covered Papers and Notes',
      '2 Code llama',
      '2 WizardCoder',
      '2 Reasoning or Reciting',
      '1 Schedule',
    ]);
  });

  it("a panel's header bar names the body under it; a long line in such a bar is no heading", () => {
    const panel = (head: string, body: string) =>
      `<section class="am-panel"><div class="am-panel-hd">${head}</div><div class="am-panel-bd">${body}</div></section>`;
    const page = `<body><main><h1>解密组织部</h1>${panel('办公室 <small>组织部的大脑</small>', '统筹负责组织部日常工作。')}${panel(
      '基层团建中心 <small>组织部的心脏</small>',
      '负责组织部核心工作。',
    )}<div class="card-header">${'很长的一句说明文字，'.repeat(6)}</div><p>正文。</p></main></body>`;
    const p = extractBlocks(readHtmlSource(page)).document.plans[0];
    expect(p?.headings.map((h) => h.text)).toEqual(['办公室 组织部的大脑', '基层团建中心 组织部的心脏']);
  });

  it("numbers a list as the page's stylesheet or, without it, the list's class name says: a., i.", () => {
    const markers = (page: string) =>
      readHtmlSource(page).blocks.flatMap((b) => (b.kind === 'text' && b.list ? [b.list.marker ?? ''] : []));
    const list = (cls: string) => `<ol class="${cls}"><li>Attends meetings</li><li>Runs the elections</li></ol>`;
    expect(markers(`<body><main>${list('alpha-list')}${list('list-upper-roman')}</main></body>`)).toEqual([
      'a.',
      'b.',
      'I.',
      'II.',
    ]);
    expect(
      markers(`<html><head><style>ol.duties { list-style-type: lower-roman }</style></head>
        <body><main>${list('duties')}</main></body></html>`),
    ).toEqual(['i.', 'ii.']);
    // The stylesheet outranks the name, and a plain class keeps the list's own numbers.
    expect(
      markers(`<html><head><style>.alpha-list { list-style: none }</style></head><body><main>${list('alpha-list')}
        ${list('duties')}</main></body></html>`),
    ).toEqual(['', '', '1.', '2.']);
  });

  it("takes the line the browser's tab names as the page's title, and drops the site's section name above it", () => {
    const page = (tab: string) =>
      `<html><head><title>${tab}</title></head><body><%@ include file="./../common/head.jsp" %><div class="page">
      <h2>首页-公告</h2><p style="text-align:center"><strong>宁波公益地标“善园”奠基仪式于17日举行</strong></p>
      <p><strong>一、活动背景</strong></p><p>善园定位为宁波爱心城市的公益地标。</p></div></body></html>`;
    const named = readHtmlSource(page('善园基金会-宁波公益地标“善园”奠基仪式于17日举行'));
    expect(named.title).toBe('宁波公益地标“善园”奠基仪式于17日举行');
    expect(texts(named.blocks)).toEqual([
      '宁波公益地标“善园”奠基仪式于17日举行',
      '一、活动背景',
      '善园定位为宁波爱心城市的公益地标。',
    ]);
    const plan = extractBlocks(named).document.plans[0];
    expect(plan?.title).toBe('宁波公益地标“善园”奠基仪式于17日举行');
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual(['1 一、|活动背景']);
    // A tab that names only the site keeps every line; the server page's own tag is never text.
    const site = readHtmlSource(page('善园基金会'));
    expect(site.title).toBeUndefined();
    expect(texts(site.blocks)[0]).toBe('首页-公告');
    expect(texts(site.blocks).join('')).not.toContain('include');
  });

  it("keeps a syllabus page's sections beside a schedule table that holds most of its text; a layout table stays the page", () => {
    const rows = Array.from(
      { length: 30 },
      (_, k) =>
        `<tr><td>9/${k + 2}</td><td>9:00 – 9:45</td><td>Studio critique of the week's sketches and models</td></tr>`,
    ).join('');
    const doc = readHtmlSource(
      `<body><h1>IDSE103: Syllabus</h1><h3>Course Description</h3><p>Methods of creative problem solving.</p>
      <h3>Grades</h3><p>Grades are shared each week.</p><h3>Schedule</h3><table class="schedule">${rows}</table></body>`,
    );
    expect(texts(doc.blocks)).toEqual(expect.arrayContaining(['Course Description', 'Grades', 'Schedule']));
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    // A page whose text sits in one table cell, framed: its lines are the page's, not a table's.
    const framed = readHtmlSource(
      '<body><h1>寝室管理制度</h1><table><tr><td><p>1、同学之间团结友爱。</p><p>2、认真履行值日生职责。</p><p><b>寝室布置要求</b></p><p>1、室顶无灰尘。</p></td></tr></table>' +
        '<p>住校生须知：以上制度自公布之日起执行，由生活指导老师负责解释，请各寝室长组织同学认真学习。</p></body>',
    );
    expect(framed.blocks.filter((b) => b.kind === 'table')).toEqual([]);
    expect(texts(framed.blocks)).toEqual(expect.arrayContaining(['1、同学之间团结友爱。', '寝室布置要求']));
    // A page laid out as a table, a section a row, beside a menu: the table is the article.
    const section = (name: string, words: string) => `<tr><td><h2>${name}</h2><p>${words.repeat(6)}</p></td></tr>`;
    const layout = readHtmlSource(
      `<body><div class="menu"><a href="/">首頁</a><a href="/news">最新消息</a></div><table>${section('活動宗旨', '提升程式設計能力。')}${section('競賽規則', '每隊由一至三人組成。')}</table></body>`,
    );
    expect(texts(layout.blocks)).toEqual(expect.arrayContaining(['活動宗旨', '競賽規則']));
    expect(texts(layout.blocks)).not.toContain('首頁');
    // An old site's grid: a banner, a menu bar, and the article framed in a table of its own in one cell.
    const grid = readHtmlSource(
      '<body><table><tr><td>&nbsp;</td><td colspan="2"><img src="title.gif"></td><td><a href="index.html">返回首页</a></td></tr>' +
        '<tr><td>&nbsp;</td><td colspan="3"><ul id="MenuBar1" class="MenuBarHorizontal"><li><a href="a.html">学生会简介</a><ul><li><a href="b.html">组织架构</a></li></ul></li><li><a href="c.html">校园动态</a></li></ul></td></tr>' +
        '<tr><td>&nbsp;</td><td colspan="3"><table><tr><td><strong>学生会纳新通知</strong></td></tr><tr><td><p>现将有关事宜通知如下：<br><strong>一、纳新原则：</strong><br>择优录取。<br><strong>二、纳新对象</strong>：高一新生</p></td></tr></table></td></tr></table></body>',
    );
    expect(grid.blocks.filter((b) => b.kind === 'table')).toEqual([]);
    expect(texts(grid.blocks)).toEqual(
      expect.arrayContaining(['学生会纳新通知', '一、纳新原则：', '二、纳新对象：高一新生']),
    );
    expect(texts(grid.blocks)).not.toContain('组织架构');
    // A template's caption bar over each section ("caption-strong-fall") is the section's heading.
    const captions = readHtmlSource(
      '<body><div class="main"><div class="caption-strong-fall"><span class="text">会员获得资格</span></div><div class="strong-fall-content"><p>凭当日购物小票免费领取。</p></div><div class="caption-strong-fall"><span class="text">VIP等级设置</span></div><div><p>会员卡分为四个等级。</p></div></div></body>',
    );
    expect(captions.blocks.flatMap((b) => (b.kind === 'text' && b.heading ? [b.text] : []))).toEqual([
      '会员获得资格',
      'VIP等级设置',
    ]);
  });

  it("an accordion's buttons name the panels they open, one rank above the panels' headings; other buttons are UI", () => {
    const card = (n: number, topic: string) =>
      `<div class="card"><button class="btn accordion-btn" data-toggle="collapse" data-target="#c${n}" aria-controls="c${n}">Week ${n}: ${topic}</button>
      <div id="c${n}" class="collapse"><p>What we do this week, in a few sentences.</p><h3>Each Student Needs:</h3><ul><li>Pencil</li></ul></div></div>`;
    const doc = readHtmlSource(
      `<body><main><h2>A Weekly Curriculum</h2><button class="btn">Print</button>${card(1, '3D Shapes')}${card(2, 'Graph Theory')}</main></body>`,
    );
    expect(
      doc.blocks
        .filter((b) => b.kind === 'text' && b.heading !== undefined)
        .map((b) => [b.kind === 'text' && b.text, b.kind === 'text' && b.heading]),
    ).toEqual([
      ['A Weekly Curriculum', 2],
      ['Week 1: 3D Shapes', 2.5],
      ['Each Student Needs:', 3],
      ['Week 2: Graph Theory', 2.5],
      ['Each Student Needs:', 3],
    ]);
    expect(texts(doc.blocks)).not.toContain('Print');
  });

  it("a disclosure button by ARIA alone (aria-expanded, aria-controls) holding a day's h2 names the panel it opens", () => {
    const day = (n: number, date: string) =>
      `<button id="d${n}-btn" type="button" aria-expanded="true" class="schedule-date" aria-controls="d${n}-panel"><h2><span><svg viewBox="0 0 8 8"><path d="M0 0z"></path></svg></span>${date}</h2></button>
      <div id="d${n}-panel"><ul><li><span>11:00 AM</span><span>:</span><span>Lunch</span></li></ul></div>`;
    const doc = readHtmlSource(
      `<body><main><h1>Schedule</h1>${day(0, '8th Nov, Fri')}${day(1, '9th Nov, Sat')}<button type="button">Menu</button></main></body>`,
    );
    expect(
      doc.blocks.filter((b) => b.kind === 'text' && b.heading !== undefined).map((b) => b.kind === 'text' && b.text),
    ).toEqual(['Schedule', '8th Nov, Fri', '9th Nov, Sat']);
    expect(texts(doc.blocks)).not.toContain('Menu');
  });

  it('a heading kept out of the contents list ("no_toc") is the page\'s; the contents list and its "目录" are not', () => {
    const doc = readHtmlSource(
      '<body><nav class="side-bar"><a href="/">离散数学</a></nav><div id="main-content" role="main"><h1 class="no_toc" id="t">课程大纲与政策</h1><h2 class="no_toc text-delta">目录</h2><ol id="markdown-toc"><li><a href="#a">概览</a></li><li><a href="#b">课程政策</a></li></ol><h2 id="a">概览</h2><p>这门课程是计算机科学的数学基础。</p><h2 id="b">课程政策</h2><p>按时提交作业。</p></div></body>',
    );
    expect(
      doc.blocks.filter((b) => b.kind === 'text' && b.heading !== undefined).map((b) => b.kind === 'text' && b.text),
    ).toEqual(['课程大纲与政策', '概览', '课程政策']);
  });

  it("finds the page's role=main inside a wrapper whose class names navigation (Read the Docs)", () => {
    const doc = readHtmlSource(
      '<body><nav class="wy-nav-side"><a>Docs</a></nav><section class="wy-nav-content-wrap"><div role="navigation">Docs »</div><div role="main"><h1>Meetup</h1><p><strong>【Group Rules】</strong></p><p>Be kind.</p></div></section></body>',
    );
    expect(texts(doc.blocks)).toEqual(['Meetup', '【Group Rules】', 'Be kind.']);
  });

  it('a bold title after a written number opens its item (Word numbering as displayed)', () => {
    const doc = readHtmlSource('<ol><li>1. <strong>Accountability</strong> — we own our tasks.</li></ol>');
    expect(doc.blocks[0]).toMatchObject({ emphasis: 'lead', lead: 'Accountability' });
  });

  it('reads only the main content, one line per paragraph, break, item or heading; chrome and hidden text are clutter', () => {
    const doc = readHtmlSource(page);
    expect(texts(doc.blocks)).toEqual([
      '学习小组 活动计划',
      '一、活动目的',
      '1.提高成绩',
      '2.学会合作',
      '第二项',
      '里面',
    ]);
    expect(find(doc.blocks, '学习小组 活动计划')?.heading).toBe(1);
    expect(find(doc.blocks, '1.提高成绩')?.indent).toBe(1);
    expect(find(doc.blocks, '第二项')?.list).toMatchObject({ depth: 0, marker: 'b.', parent: true });
    expect(find(doc.blocks, '里面')?.list).toMatchObject({ depth: 1, marker: '1.' });
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => c.lines.join('/')))).toEqual([
      ['时间', '内容'],
      ['3月', '分组'],
      ['3月', '评比'],
    ]);
  });

  it('reads the panel of a closed disclosure box as content, and the link that opens it as a button', () => {
    const doc = readHtmlSource(
      '<main><h2>Helpful Information</h2><div class="expand"><a class="expand-label" onclick="toggle(this)">FAQs (click to expand)...</a>' +
        '<div class="expand-content" style="display: none;"><ul><li><p>Where can I find good papers?</p></li></ul></div></div>' +
        '<div style="display:none">Hidden note</div></main>',
    );
    expect(texts(doc.blocks)).toEqual(['Helpful Information', 'Where can I find good papers?']);
  });

  it('reads a numbered list typed line by line into one text as lines; prose with line breaks stays one paragraph', () => {
    const doc = readHtmlSource(
      '<main><div class="content_title">绩效考核制度</div><div class="full_text">\n  一、总则\n  1、考核目的\n  为了实现薪酬的精准化分配，特制定本办法。\n  2、考核原则\n</div>' +
        '<p>本中心成立于2015年，\n位于余杭区。</p></main>',
    );
    expect(texts(doc.blocks)).toEqual([
      '绩效考核制度',
      '一、总则',
      '1、考核目的',
      '为了实现薪酬的精准化分配，特制定本办法。',
      '2、考核原则',
      '本中心成立于2015年， 位于余杭区。',
    ]);
  });

  it("leaves out a bullet Word drew with a symbol font ('l' in Wingdings)", () => {
    const doc = readHtmlSource(
      '<main><p class="MsoListParagraph"><span style="font-family:Wingdings">l<span style="font-size:9px">&nbsp; </span></span>' +
        '<span style="font-family:宋体">为规范联盟运作管理，定期修订本宪章</span></p><p><span style="font-family:Symbol">·</span>成员应熟悉本宪章</p></main>',
    );
    expect(texts(doc.blocks)).toEqual(['为规范联盟运作管理，定期修订本宪章', '成员应熟悉本宪章']);
  });

  it('reads a label set one character a line down a box as one word', () => {
    const doc = readHtmlSource(
      '<main><div><i><br>工<br>作<br>要<br>求</i><br><span>1、立足岗位；</span><br><span>2、要尽职；</span></div>' +
        '<div><i><br>注<br>意<br>事<br>项</i><br><span>1、应本着关心；</span></div></main>',
    );
    const [plan] = extractBlocks(doc).document.plans;
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |工作要求',
      '2 1、|立足岗位',
      '2 2、|要尽职',
      '1 |注意事项',
      '2 1、|应本着关心',
    ]);
  });

  it('reads a page that ASP.NET wrapped whole in a <form>; a form of fields is still left out', () => {
    const doc = readHtmlSource(
      '<body><form id="form1" runat="server"><div class="title">齐头并进比赛规则</div><h4>1. 报名：</h4>' +
        '<p>各部门选手向本部门领队报名，每队参赛10 人，男女各5 人。</p><h4>2. 物资：</h4><p>主办方提供绑腿带。</p></form>' +
        '<form action="/search"><label>搜索</label><input name="q"></form></body>',
    );
    expect(texts(doc.blocks)).toEqual([
      '齐头并进比赛规则',
      '1. 报名：',
      '各部门选手向本部门领队报名，每队参赛10 人，男女各5 人。',
      '2. 物资：',
      '主办方提供绑腿带。',
    ]);
  });

  it('reads every panel of a tab set (hidden until its tab is clicked); a hidden element with no shown twin stays out', () => {
    const doc = readHtmlSource(
      '<body><nav><ul class="toptab"><li><a class="cur">协会概况</a></li><li><a>协会章程</a></li></ul></nav><main>' +
        '<div class="main contab"><h3>关于我们</h3><p>本会成立于2015年。</p></div>' +
        '<div class="main contab" style="display:none"><h3>协会章程</h3><p>第一条 本会名称为信息技术协会。</p></div>' +
        '<div class="popup" style="display:none">登录后查看</div>' +
        '<div class="main tip" style="display:none">请先登录</div></main></body>',
    );
    expect(texts(doc.blocks)).toEqual([
      '关于我们',
      '本会成立于2015年。',
      '协会章程',
      '第一条 本会名称为信息技术协会。',
    ]);
  });

  it('keeps text styled inside a line whatever its class says; a skip link and a share bar are still chrome', () => {
    const doc = readHtmlSource(
      '<body><a class="skip-link" href="#m">Skip to content</a><main><ul><li>Lab6：高级语言实现<span class="heti-skip"> LC-3 </span>汇编器</li></ul><div class="share">Share this</div></main></body>',
    );
    expect(texts(doc.blocks)).toEqual(['Lab6：高级语言实现 LC-3 汇编器']);
  });

  it('gives the same blocks from a hast tree as from parse5: the mapping only needs the minimal element interface', () => {
    expect(readHast(page).blocks).toEqual(readHtmlSource(page).blocks);
  });
});

describe('Word', () => {
  it('counts automatic numbering as Word shows it: formats, patterns, restarts, levels', () => {
    expect(formatNumber(3, 'chineseCounting')).toBe('三');
    expect(formatNumber(12, 'chineseCountingThousand')).toBe('十二');
    expect(formatNumber(2, 'lowerLetter')).toBe('b');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    const numbering = readNumbering(
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const c = new NumberingCounter(numbering);
    expect([c.next('5', 0), c.next('5', 1), c.next('5', 1), c.next('5', 0), c.next('5', 1)]).toEqual([
      '一、',
      '一.1.',
      '一.2.',
      '二、',
      '二.1.',
    ]);
  });

  it('follows a list style: a definition that only names its style ("Lettered") counts with that style\'s levels', () => {
    const numbering = readNumbering(
      `<w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="Lettered"/></w:abstractNum><w:abstractNum w:abstractNumId="4"><w:styleLink w:val="Lettered"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>`,
    );
    const c = new NumberingCounter(numbering);
    expect([c.next('5', 0), c.next('5', 0), c.next('5', 1), c.next('5', 1)]).toEqual(['1)', '2)', 'A.', 'B.']);
  });

  it('writes the displayed marker into each numbered paragraph, and none into bullets', () => {
    const numbering = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>`;
    const p = (id: string, t: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const out = writeMarkers(`<w:body>${p('1', '甲')}${p('2', '乙')}${p('1', '丙')}</w:body>`, numbering, '');
    expect(out.match(/<w:t[^>]*>[^<]*<\/w:t>/g)).toEqual([
      '<w:t xml:space="preserve">(1) </w:t>',
      '<w:t>甲</w:t>',
      '<w:t>乙</w:t>',
      '<w:t xml:space="preserve">(2) </w:t>',
      '<w:t>丙</w:t>',
    ]);
  });

  it("numbers a paragraph that names no style when Word's default style carries numbering; a heading style does not", () => {
    const numbering = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:styles><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/></w:style></w:styles>`;
    const para = (t: string, style = '') =>
      `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${t}</w:t></w:r></w:p>`;
    const out = writeMarkers(
      `<w:body>${para('General Principles', '3')}${para('The rules create chances to learn.')}${para('What is not forbidden is allowed.')}</w:body>`,
      numbering,
      styles,
    );
    expect(out.match(/<w:t[^>]*>[^<]*<\/w:t>/g)).toEqual([
      '<w:t>General Principles</w:t>',
      '<w:t xml:space="preserve">a. </w:t>',
      '<w:t>The rules create chances to learn.</w:t>',
      '<w:t xml:space="preserve">b. </w:t>',
      '<w:t>What is not forbidden is allowed.</w:t>',
    ]);
  });

  it('takes Word\'s Title style for the title however the XML spaces its tag (<w:pStyle w:val="Title" />)', async () => {
    const r = await readDocx(
      new Uint8Array(readFileSync(join(PLAN_CORPUS, 'workshop-aihealth-nlp-explainability-plan.docx'))),
    );
    expect(r.ok && r.doc.blocks[0]).toMatchObject({
      text: 'AI-Powered Insights and Explainability for Medical Decision Support and Analytics',
      heading: 1,
    });
  });

  it('reads a real .docx: heading styles, automatic (1)/1. numbering as displayed, tables', async () => {
    const r = await readDocx(new Uint8Array(readFileSync(join(PLAN_CORPUS, 'notice-buaa-doc-review.docx'))));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const all = texts(r.doc.blocks);
    expect(all.some((t) => t.startsWith('(1) '))).toBe(true);
    expect(all.some((t) => t.startsWith('1. 针对'))).toBe(true);
  });

  it('takes lines set larger than the text as headings where the file uses no heading style, ranked by size', async () => {
    const run = (text: string, size?: number) =>
      `<w:r>${size ? `<w:rPr><w:sz w:val="${size}"/></w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const para = (text: string, size?: number) => `<w:p>${run(text, size)}</w:p>`;
    const body = [
      para('Y2S1 Client Project – Working Agreement', 32),
      para('General', 28),
      para('All project-based communications will be done through Teams.'),
      para('Version Control', 28),
      para('Branching', 28),
      para('Developer: Drake Ardoris', 28),
      para('The master branch holds deployable code only, and each issue has a branch of its own.'),
      para('Code reviews happen before every merge, by a member who did not write the code.'),
    ].join('');
    const plain =
      '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style></w:styles>';
    const r = await readDocx(await docxFile(body, plain));
    expect(r.ok && r.doc.blocks).toMatchObject([
      { text: 'Y2S1 Client Project – Working Agreement', heading: 1 },
      { text: 'General', heading: 2 },
      { text: 'All project-based communications will be done through Teams.' },
      { text: 'Version Control', heading: 2 },
      { text: 'Branching', heading: 2 },
      { text: 'Developer: Drake Ardoris' },
      {},
      {},
    ]);
    expect(r.ok && (r.doc.blocks[5] as TextBlock).heading).toBeUndefined();
  });

  it('leaves out code pasted into a Word file (every run in a fixed-width font): a YAML sample names no sections', async () => {
    const run = (text: string, font?: string) =>
      `<w:r>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/></w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
    const body = [
      para(run('1. 部署后端')),
      para(run('将下面的文件保存为 deployment.yaml：')),
      para(run('metadata:', 'Courier New')),
      para(run('name: backend', 'Courier New')),
      para(run('replicas: 2 ', 'Consolas'), run('# 保持 2，不要修改', 'Consolas')),
      // A sentence that names a command in a fixed-width font is still the plan's text.
      para(run('运行 '), run('kubectl apply', 'Courier New'), run(' 后截图。')),
      `<w:tbl><w:tr><w:tc>${para(run('ports:', 'Courier New'))}</w:tc></w:tr></w:tbl>`,
    ].join('');
    const r = await readDocx(
      await docxFile(body, '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
    );
    const shown = r.ok ? r.doc.blocks.map((b) => (b.kind === 'text' ? b.text : b.rows.flat()[0]?.lines[0])) : [];
    expect(shown).toEqual([
      '1. 部署后端',
      '将下面的文件保存为 deployment.yaml：',
      '运行 kubectl apply 后截图。',
      'ports:',
    ]);
  });

  it("leaves out Word's table of contents (the toc 1…9 styles): the headings are read where they stand", async () => {
    const p = (text: string, style?: string) =>
      `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = [
      p('一 课程基本信息 3', '10'),
      p('三．课程内容 4', '10'),
      p('一 课程基本信息', '1'),
      p('名称：数据结构'),
    ];
    const styles =
      '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style></w:styles>';
    const r = await readDocx(await docxFile(body.join(''), styles));
    expect(r.ok && texts(r.doc.blocks)).toEqual(['一 课程基本信息', '名称：数据结构']);
  });

  it('refuses a broken, an encrypted (OLE) and an incomplete document with a reason', async () => {
    expect(await readDocx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toEqual({ ok: false, reason: 'broken' });
    expect(await readDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({
      ok: false,
      reason: 'encrypted',
    });
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body></w:body></w:document>');
    const partial = await zip.generateAsync({ type: 'uint8array' });
    expect(await readDocx(partial)).toMatchObject({ ok: false });
  });
});

describe('PDF', () => {
  const item = (y: number, str: string, size = 11, x = 72, fontName = 'ArialMT') => ({
    page: 1,
    str,
    x,
    y,
    width: str.length * size * 0.5,
    size,
    fontName,
  });
  /** An item on a later page. */
  const onPage = (page: number, y: number, str: string, size = 11, x = 72) => ({ ...item(y, str, size, x), page });

  it("a charter's articles set with their numbers at a tab stop are numbered lines, not a table, however many", () => {
    const zh = (y: number, str: string, x = 72) => ({ ...item(y, str, 11, x), width: str.length * 11 });
    const read = (items: PdfTextItem[]) => {
      const doc = readPdfItems(items);
      return {
        tables: doc.blocks.filter((b) => b.kind === 'table'),
        markers: extractBlocks(doc).document.plans[0]?.headings.map((h) => h.marker),
      };
    };
    // Several articles, each wrapped onto a line under it.
    expect(
      read([
        zh(760, '第三章 会员', 200),
        zh(740, '第10条'),
        zh(740, '本商会成员不论在现有公司及学校地位高低，在本组', 160),
        zh(726, '织内均为互'),
        zh(726, '相平等之关系。本商会成员彼此尊重，互相帮助。', 160),
        zh(712, '第11条'),
        zh(712, '本商会根据会员的姓名及住址等，制作会员名册，并设', 160),
        zh(698, '置相关议事'),
        zh(698, '场所。名册由秘书处保管，每年更新一次。', 160),
        zh(684, '第12条'),
        zh(684, '本商会设名誉会长、会长、秘书长、副会长、常务理事', 160),
      ]),
    ).toEqual({ tables: [], markers: ['第三章', '第10条', '第11条', '第12条'] });
    // One article, its text wrapped in two runs on each line under it.
    expect(
      read([
        zh(760, '第四章 会员大会', 200),
        zh(740, '第25条'),
        zh(740, '会员大会的各项决议在二分之一以上会员出席的', 160),
        zh(726, '基础上，表决超'),
        zh(726, '过简单多数即可生效；常务理事会的各项决议须', 160),
        zh(712, '经三分之二以'),
        zh(712, '上常务理事同意方可生效。', 160),
        zh(698, '监事会依照章程监督商会的各项工作，向会员大会负责并报告工作。'),
        zh(690, '第五章 监事会', 200),
      ]),
    ).toEqual({ tables: [], markers: ['第四章', '第25条', '第五章'] });
  });

  it('makes lines of text items, ranks larger lines as headings, marks bold fonts and joins lines broken by layout', () => {
    const doc = readPdfItems([
      item(760, 'Team Charter', 18),
      item(730, 'Team Purpose', 14),
      item(710, '●', 11, 90),
      item(710, 'To complete the project with', 11, 108),
      item(695, 'the goal of a HD mark', 11, 108),
      item(650, 'Sign Off:', 11, 72, 'Arial-BoldMT'),
      item(630, '⼀一、班级卫⽣生', 11),
    ]);
    expect(doc.blocks).toMatchObject([
      { text: 'Team Charter', heading: 1 },
      { text: 'Team Purpose', heading: 2 },
      { text: 'To complete the project with the goal of a HD mark', list: { ordered: false } },
      { text: 'Sign Off:', emphasis: 'all' },
      { text: '一、班级卫生' },
    ]);
  });

  it("a slide deck: PowerPoint's en-dash bullets are bullets, a slide title printed again goes on, 'Hands-on lab 1' numbers", () => {
    const slide = (top: number, day: number, rows: string[]) => [
      item(top, 'Course Schedule', 25, 32, 'TrebuchetMS'),
      item(top - 30, '–', 15, 32),
      item(top - 30, `Day ${day}:`, 15, 50, 'TrebuchetMS'),
      ...rows.flatMap((r, k) => [
        item(top - 50 - 17 * k, '–', 12, 58),
        item(top - 50 - 17 * k, r, 12, 73, 'TrebuchetMS'),
      ]),
    ];
    const doc = readPdfItems([
      ...slide(760, 1, ['Lecture 1: Intro to parallel programming', 'Hands-on lab 1: Vector addition: CUDA C/C++']),
      ...slide(600, 2, ['Lecture 2: CUDA threads', 'Hands-on lab 2: Julia Set CUDA/C++']),
      item(440, 'Course Goals', 25, 32, 'TrebuchetMS'),
      item(410, 'Learn the CUDA programming model', 12, 32, 'TrebuchetMS'),
    ]);
    // Each item its own line, without its dash.
    expect(texts(doc.blocks)).toContain('Lecture 1: Intro to parallel programming');
    expect(texts(doc.blocks)).toContain('Hands-on lab 1: Vector addition: CUDA C/C++');
    const [plan] = extractBlocks(doc).document.plans;
    expect(plan?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '|Day 1',
      'Lecture 1|Intro to parallel programming',
      'Hands-on lab 1|Vector addition',
      '|Day 2',
      'Lecture 2|CUDA threads',
      'Hands-on lab 2|Julia Set CUDA/C++',
      '|Course Goals',
    ]);
    expect(plan?.schedule.map((e) => `${e.when}: ${e.items.join(' / ')}`)).toEqual([
      'Day 1: Intro to parallel programming / Vector addition',
      'Day 2: CUDA threads / Julia Set CUDA/C++',
    ]);
  });

  it('a schedule whose bold names are centred over left-set cells, a name in two lines, cells set apart by spaces', () => {
    // Items as Word's PDF export wrote them (x, width), cells of a row one run of text with spaces between.
    const at = (y: number, x: number, width: number, str: string, font = 'ArialMT') => ({
      ...item(y, str, 11, x, font),
      width,
    });
    const b = 'Arial-BoldMT';
    const row = (y: number, cells: [number, number, string][]) =>
      cells.flatMap(([x, width, str], k) => {
        const next = cells[k + 1];
        return next && next[0] < 400 ? [at(y, x, width, str), at(y, x + width + 1, 2, ' ')] : [at(y, x, width, str)];
      });
    const doc = readPdfItems([
      at(530, 72, 49, 'Schedule', b),
      at(507, 85, 24, 'Date', b),
      at(507, 109, 2, ' ', b),
      at(507, 136, 26, 'Lead', b),
      at(507, 162, 13, ' ', b),
      at(507, 309, 29, 'Topic', b),
      at(507, 338, 15, ' ', b),
      at(507, 509, 43, 'Reading', b),
      at(494, 495, 72, '(before class)', b),
      at(507, 615, 63, 'Assignment', b),
      at(494, 604, 84, '(all due at 5 PM)', b),
      ...row(481, [
        [78, 33, 'Jan 27'],
        [127, 31, 'Tabea'],
        [181, 153, 'File Organization and Workflow'],
        [477, 81, 'Workflow Basics'],
        [595, 94, 'Data Importing HW'],
      ]),
      ...row(442, [
        [78, 28, 'Feb 3'],
        [127, 28, 'Olivia'],
        [181, 106, 'Data Transformations'],
        [477, 44, 'Numbers'],
        [595, 96, 'Transformations HW'],
      ]),
      ...row(403, [
        [78, 33, 'Feb 10'],
        [127, 31, 'Tabea'],
        [181, 74, 'Data Structure'],
        [477, 45, 'Tidy data'],
        [595, 90, 'Data Structure HW'],
      ]),
    ]);
    const table = doc.blocks.find((x) => x.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => c.lines.join(' / ')))).toEqual([
      ['Date', 'Lead', 'Topic', 'Reading / (before class)', 'Assignment / (all due at 5 PM)'],
      ['Jan 27', 'Tabea', 'File Organization and Workflow', 'Workflow Basics', 'Data Importing HW'],
      ['Feb 3', 'Olivia', 'Data Transformations', 'Numbers', 'Transformations HW'],
      ['Feb 10', 'Tabea', 'Data Structure', 'Tidy data', 'Data Structure HW'],
    ]);
    const [plan] = extractBlocks(doc).document.plans;
    expect(plan?.schedule.map((e) => e.when)).toEqual(['Jan 27', 'Feb 3', 'Feb 10']);
  });

  it('a task book: each dated step a paragraph set in two characters, going on at the margin; a step after a full stop is new', () => {
    const song = 'LNUHNF+SimSun';
    // Chinese characters a full em wide; the lines that go on reach the right margin (505).
    const line = (y: number, x: number, str: string, right?: number) => ({
      ...item(y, str, 12, x, song),
      width: (right ?? x + str.length * 12) - x,
    });
    const doc = readPdfItems([
      item(780, '四、进度和要求', 14, 85, 'SimHei'),
      line(760, 85, '本课题分阶段完成，各阶段的工作安排见下，请按时完成并提交材料，逾期不再受理。', 505),
      line(740, 114, '2026 年 1 月 7 日-2026 年 1 月 20 日，查找及阅读文献，学习结构', 505),
      line(720, 90, '设计、强度校验相关知识。'),
      line(700, 114, '2026 年 1 月 21 日-2026 年 1 月 31 日，整理工作内容，完成文献翻译。', 505),
      line(680, 114, '2026 年 2 月 1 日-2026 年 2 月 28 日，撰写开题报告。', 400),
    ]);
    const [plan] = extractBlocks(doc).document.plans;
    expect(plan?.schedule).toEqual([
      { when: '2026 年 1 月 7 日-2026 年 1 月 20 日', items: ['查找及阅读文献，学习结构设计、强度校验相关知识'] },
      { when: '2026 年 1 月 21 日-2026 年 1 月 31 日', items: ['整理工作内容，完成文献翻译'] },
      { when: '2026 年 2 月 1 日-2026 年 2 月 28 日', items: ['撰写开题报告'] },
    ]);
  });

  it('a lab guide: a cover in spaced-out type over its term, a contents list whose pages come before their leaders', () => {
    const bold = 'PingFangSC-Semibold';
    const doc = readPdfItems([
      item(700, 'P Y T H O N 编 程 技 术', 40, 100, bold),
      item(640, '实 验 指 导 书', 40, 150, bold),
      item(560, '2 0 2 3 秋', 48, 170, bold),
      { ...item(500, '实验一、Python 开发环境搭建与编程基础（2学时）', 16, 54, bold), page: 2 },
      { ...item(480, '3........................', 16, 480, bold), page: 2 },
      { ...item(460, '实验二、Python 序列结构（2学时）', 16, 54, bold), page: 2 },
      { ...item(440, '4........................', 16, 480, bold), page: 2 },
      { ...item(760, '实 验 一 、 P Y T H O N 开 发 环 境 搭 建 （ 2 学 时 ）', 26, 59, bold), page: 3 },
      { ...item(720, '一 、 实 验 目 的', 17, 54, bold), page: 3 },
      { ...item(690, '1. 熟练掌握 Python 解释器安装与基本用法。', 16, 54), page: 3 },
      { ...item(660, '2. 熟练掌握使用 pip 命令安装扩展库。', 16, 54), page: 3 },
      { ...item(760, '实 验 二 、 P Y T H O N 序 列 结 构 （ 2 学 时 ）', 26, 59, bold), page: 4 },
      { ...item(720, '一 、 实 验 目 的', 17, 54, bold), page: 4 },
      { ...item(690, '1. 熟练掌握列表、元组的使用方法。', 16, 54), page: 4 },
    ]);
    const { document, removed } = extractBlocks(doc);
    const [plan] = document.plans;
    expect(plan?.title).toBe('PYTHON编程技术实验指导书');
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 实验一、|PYTHON开发环境搭建（2学时）',
      '2 一、|实验目的',
      '3 1.|熟练掌握 Python 解释器安装与基本用法',
      '3 2.|熟练掌握使用 pip 命令安装扩展库',
      '1 实验二、|PYTHON序列结构（2学时）',
      '2 一、|实验目的',
      '3 1.|熟练掌握列表、元组的使用方法',
    ]);
    expect(removed.filter((r) => r.reason === 'table of contents')).toHaveLength(4);
  });

  it('bylaws set like a book: the cover under its title, each bylaw numbered on a line over its name, lettered sections', () => {
    const body =
      'The executive board shall be composed of the following five positions: 1) President, 2) Vice President,';
    const doc = readPdfItems([
      item(760, 'Worcester Polytechnic Institute', 17),
      item(740, 'Student Branch of the', 12),
      item(720, 'Branch Bylaws', 25),
      item(700, 'Approved November 6th, 2017', 17),
      item(660, 'Preamble', 25),
      item(640, 'This document shall outline the Bylaws of the Branch.'),
      item(600, 'Bylaw A', 21),
      item(580, 'Basic Laws', 25),
      item(560, 'A.1 Name', 14),
      item(540, 'The name of this organization shall be the Branch.'),
      item(520, 'A.2 Executives', 14),
      item(500, body),
      item(486, '3) Treasurer, and 4) Secretary.'),
      item(460, 'Bylaw B', 21),
      item(440, 'Membership', 25),
      item(420, 'B.1 Classes of Membership', 14),
      item(400, 'The Branch shall have three classes of membership.'),
    ]);
    const [plan] = extractBlocks(doc).document.plans;
    expect(plan?.title).toBe('Branch Bylaws');
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |Preamble',
      '1 Bylaw A|Basic Laws',
      '2 A.1|Name',
      '2 A.2|Executives',
      '1 Bylaw B|Membership',
      '2 B.1|Classes of Membership',
    ]);
    // The sentence counting its points goes on past the line break.
    expect(texts(doc.blocks)).toContain(`${body} 3) Treasurer, and 4) Secretary.`);
  });

  it('a number set apart from its text at a tab stop ("6.1.1.  Student Member: …") numbers that text', () => {
    const doc = readPdfItems([
      item(760, '6. Membership', 14),
      item(740, '6.1. Categories of Membership', 11, 80),
      item(720, '6.1.1.', 11, 90),
      item(720, 'Student Member: members currently enrolled', 11, 160),
      item(700, '6.1.2.', 11, 90),
      item(700, 'Non-Student Member: members not currently enrolled', 11, 160),
    ]);
    expect(texts(doc.blocks)).toEqual([
      '6. Membership',
      '6.1. Categories of Membership',
      '6.1.1. Student Member: members currently enrolled',
      '6.1.2. Non-Student Member: members not currently enrolled',
    ]);
  });

  it("a macOS variable font's weight in its name: wght2BC0000 (700) is bold, wght (400) is not", () => {
    const bold = '.SFNS-Regular_wdth_opsz110000_GRAD_wght2BC0000';
    const regular = '.SFNS-Regular_wdth_opsz110000_GRAD_wght';
    const doc = readPdfItems([
      item(760, 'Team Contract', 22, 78, '.SFNS-Regular_wdth_opsz1D07AE_GRAD_wght1FE0000'),
      item(720, 'Expectations', 10, 78, bold),
      item(700, 'The time expected for group members to work on the project is six hours a week.', 10, 78, regular),
      item(680, 'Meetings', 10, 78, bold),
      item(660, 'All members are expected to attend the meetings held every week.', 10, 78, regular),
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? `${b.emphasis ?? '-'} ${b.text}` : ''))).toEqual([
      '- Team Contract',
      'all Expectations',
      '- The time expected for group members to work on the project is six hours a week.',
      'all Meetings',
      '- All members are expected to attend the meetings held every week.',
    ]);
  });

  it("LaTeX's bold faces (CMBX): a bold phrase run in ahead of its paragraph names a section; a bold number does not", () => {
    const bold = 'RVBHVJ+CMBX12';
    const roman = 'IRSQZQ+CMR12';
    const doc = readPdfItems([
      item(760, 'Biological Data Analysis', 20, 72, bold),
      item(720, 'Course Description', 12, 72, bold),
      item(720, 'In this course, we will explore the fundamentals of managing data', 12, 190, roman),
      item(705, 'and performing analyses computationally.', 12, 72, roman),
      item(670, 'Course Objectives', 12, 72, bold),
      item(650, 'Work with data using programming, and make appropriate visualizations of data.', 12, 72, roman),
      item(620, '4.1', 12, 72, bold),
      item(620, 'The Club in General Meeting may from time to time admit new persons who are, or', 12, 93, roman),
      item(606, 'have been members of the Guild.', 12, 72, roman),
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? [b.text, b.emphasis ?? '', b.lead ?? ''] : []))).toEqual([
      ['Biological Data Analysis', '', ''],
      [
        'Course Description In this course, we will explore the fundamentals of managing data and performing analyses computationally.',
        'lead',
        'Course Description',
      ],
      ['Course Objectives', 'all', ''],
      ['Work with data using programming, and make appropriate visualizations of data.', '', ''],
      [
        '4.1 The Club in General Meeting may from time to time admit new persons who are, or have been members of the Guild.',
        '',
        '',
      ],
    ]);
    const [plan] = extractBlocks(doc).document.plans;
    expect(plan?.headings.map((h) => h.text)).toEqual(['Course Description', 'Course Objectives']);
  });

  it("a course's outline of dot-leader lines is a schedule; its title broken over two lines and its dates are the cover", () => {
    const dots = ' . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ';
    const doc = readPdfItems([
      item(760, 'Computational Neuroscience Summer', 22),
      item(735, 'Program: Introductory Course', 22),
      item(712, 'June 1 – 4, 2010', 13),
      item(690, 'Course overview: an intensive course on the basics of modeling neurons.'),
      item(668, 'Course Outline:', 13),
      item(650, `Ethics training${dots}June 1 (AM)`, 11, 90),
      item(636, `Introduction to programming in Matlab${dots}June 1 (PM)`, 11, 90),
      item(622, `Free lab time${dots}June 4 (PM)`, 11, 90),
      item(600, 'Note: The above outline is subject to change.'),
    ]);
    const [plan] = extractBlocks(doc).document.plans;
    expect(plan?.title).toBe('Computational Neuroscience Summer Program: Introductory Course');
    expect(plan?.headings.map((h) => h.text)).toEqual(['Course Outline']);
    expect(plan?.schedule).toEqual([
      { when: 'June 1 (AM)', items: ['Ethics training'] },
      { when: 'June 1 (PM)', items: ['Introduction to programming in Matlab'] },
      { when: 'June 4 (PM)', items: ['Free lab time'] },
    ]);
  });

  it('a number heading over a smaller heading is a part and its first section, not one name ("## Session 2" / "### Contents")', () => {
    const md = '# Course plan\n\n## Session 1\n\n### Goals\n\nPlan.\n\n## Session 2\n\n### Contents\n\nTactics.\n';
    const [plan] = extractPlans(md).document.plans;
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |Session 1',
      '2 |Goals',
      '1 |Session 2',
      '2 |Contents',
    ]);
  });

  it("a cover's title over three lines in falling sizes is one title; sections numbered 1.1 after 1. are read", () => {
    const doc = readPdfItems([
      item(760, '2026 第六届智能无人系统应用挑战赛', 22),
      item(735, '算法赛道—无人车避障 3.0', 16),
      item(715, '竞赛规则（第三版）', 16),
      item(680, '1. 比赛背景', 20),
      item(660, '无人车自主避障技术是自动驾驶领域的重要组成部分。'),
      item(640, '1.1 名词解释', 16),
      item(620, 'MWORKS 是本次比赛指定的仿真建模软件。'),
      item(600, '1.2 比赛安排', 16),
      item(580, '竞赛分为初赛和决赛两个阶段。'),
    ]);
    const [plan] = extractBlocks(doc).document.plans;
    expect(plan?.title).toBe('2026 第六届智能无人系统应用挑战赛算法赛道—无人车避障 3.0竞赛规则（第三版）');
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 1.|比赛背景',
      '2 1.1|名词解释',
      '2 1.2|比赛安排',
    ]);
  });

  it("reads Chinese set in a font that names one of PDF's predefined character maps (a LaTeX syllabus)", async () => {
    // Without the maps pdfjs reads such text as nothing: this file gave its course code and numbers only.
    const r = await readPdf(
      new Uint8Array(readFileSync(join(PLAN_CORPUS, 'studyplan-nwpu-signals-systems-syllabus.pdf'))),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = texts(r.doc.blocks);
    expect(shown[0]).toBe('U08M11002 信号与系统');
    expect(shown).toContain('教学大纲');
    expect(shown).toContain('第一章 信号与系统的基本概念 (6 学时)');
    // A page's running header ("U08M11002 信号与系统 … 3") over lines of one column is no table: the chapters under it
    // stay lines of their own.
    expect(shown).toContain('第六章 复频域系统函数与系统模拟 (8 学时)');
    expect(r.doc.blocks.some((b) => b.kind === 'table' && JSON.stringify(b.rows).includes('第六章'))).toBe(false);
  });

  it('joins a line to the one above only when its first word would not have fitted there, first-line indents included', () => {
    // CJK characters are as wide as the type is high, others half as wide.
    const line = (y: number, str: string, x = 72) => ({
      ...item(y, str, 11, x),
      width: [...str].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 11 : 5.5), 0),
    });
    const doc = readPdfItems([
      // Short lines one under the other, as close as wrapped lines: each is a paragraph of its own.
      line(760, '4-20课程二 django基础的测试 留言板的创建'),
      line(745, '4-23课程三 时光课堂项目建立, model的分析和设计'),
      // A paragraph set in two characters (首行缩进) runs on at the margin; the next starts again set in.
      line(720, '课后作业提交要点：（1）手写在纸上，（2）拍照并转成pdf文件，（3）照片必须', 94),
      line(705, '清晰，且能看清姓名与学号，（4）在截止日期前发送到教师邮箱'),
      line(690, '（macrodai@126.com），（5）邮件主题格式为（姓名+学号+第X次作业）。'),
      line(675, '第1周：第一章，以及第二章开个头。', 94),
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual([
      '4-20课程二 django基础的测试 留言板的创建',
      '4-23课程三 时光课堂项目建立, model的分析和设计',
      '课后作业提交要点：（1）手写在纸上，（2）拍照并转成pdf文件，（3）照片必须清晰，且能看清姓名与学号，（4）在截止日期前发送到教师邮箱（macrodai@126.com），（5）邮件主题格式为（姓名+学号+第X次作业）。',
      '第1周：第一章，以及第二章开个头。',
    ]);
  });

  it('puts list marks and numbers written after their text in front of it, and a title written last on top', () => {
    // OneNote's order: each item's text, then its number or bullet; the page title at the end of the page.
    const wide = 'x'.repeat(70);
    const doc = readPdfItems([
      item(696, '学习内容', 16, 99),
      item(696, '1.', 16, 78),
      item(674, wide, 12, 99),
      item(674, '•', 12, 85),
      item(653, 'continued', 12, 99),
      item(632, 'OS原理', 12, 99),
      item(632, '•', 12, 85),
      item(612, '调度算法', 12, 126),
      item(612, '○', 12, 111),
      item(592, '预计时间：2周', 12, 99),
      item(781, '学习计划', 20, 72),
    ]);
    expect(doc.blocks).toMatchObject([
      { text: '学习计划', heading: 1 },
      { text: '1. 学习内容', heading: 2 },
      { text: `${wide} continued`, list: { depth: 0, parent: false } },
      { text: 'OS原理', list: { depth: 0, parent: true } },
      { text: '调度算法', list: { depth: 1, parent: false } },
      // A short line ends its paragraph: the next line is not joined to it.
      { text: '预计时间：2周' },
    ]);
  });

  it('reads ❖, ➢ and ✓ at the start of a line as bullets, as it does •', () => {
    const doc = readPdfItems([
      item(760, 'Restaurants', 16, 72),
      item(740, '❖ On-campus', 12, 90),
      item(720, '➢ Off-campus', 12, 90),
      item(700, '✓ Parking', 12, 90),
    ]);
    expect(doc.blocks).toMatchObject([
      { text: 'Restaurants' },
      { text: 'On-campus', list: { depth: 0 } },
      { text: 'Off-campus', list: { depth: 0 } },
      { text: 'Parking', list: { depth: 0 } },
    ]);
  });

  it('counts list numbers whose glyphs the text layer cannot name, per indent, as the page shows them', () => {
    const doc = readPdfItems([
      item(760, '团队开发', 16, 72),
      item(740, '\u0000. 集中的开发方法', 12, 90),
      item(720, '\u0000. 时间：每周六', 12, 108),
      item(700, '\u0000. 地点：图书馆', 12, 108),
      item(680, '\u0000. 开发信息交互', 12, 90),
      item(660, '\u0000. 通过QQ群联系', 12, 108),
      item(630, '团队建设', 16, 72),
      item(610, '\u0000. 确定角色', 12, 90),
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? `${b.list?.marker ?? ''}${b.text}` : ''))).toEqual([
      '团队开发',
      '1.集中的开发方法',
      '1.时间：每周六',
      '2.地点：图书馆',
      '2.开发信息交互',
      '1.通过QQ群联系',
      '团队建设',
      '1.确定角色',
    ]);
  });

  it('reads a table written cell by cell: columns from its header, rows keyed by the first column', () => {
    // As Word and Google Docs write it: each cell's wrapped lines, then the next cell of the row.
    const doc = readPdfItems([
      item(700, 'Lesson Plan', 24, 72),
      item(660, 'Time', 10, 76),
      item(660, 'Activity', 10, 124),
      item(660, 'Notes', 10, 215),
      item(637, '0:20', 10, 76),
      item(637, 'Introduction &', 10, 124),
      item(625, 'Deep Time', 10, 124),
      item(637, 'Introduce myself and go', 10, 215),
      item(625, 'through the activity.', 10, 215),
      item(601, 'Explain the rules.', 10, 215),
      item(577, '(Break)', 10, 76),
      item(577, 'Recess', 10, 215),
      item(553, '1:35 (20', 10, 76),
      item(541, 'minutes)', 10, 76),
      item(553, 'Fossils', 10, 124),
      item(500, 'After the lesson, collect the letters and send them on to the museum for answers.', 10, 72),
    ]);
    expect(doc.blocks).toMatchObject([
      { text: 'Lesson Plan' },
      {
        kind: 'table',
        header: 1,
        rows: [
          [{ lines: ['Time'] }, { lines: ['Activity'] }, { lines: ['Notes'] }],
          [
            { lines: ['0:20'] },
            { lines: ['Introduction & Deep Time'] },
            { lines: ['Introduce myself and go through the activity.', 'Explain the rules.'] },
          ],
          [{ lines: ['(Break)'] }, { lines: [] }, { lines: ['Recess'] }],
          [{ lines: ['1:35 (20 minutes)'] }, { lines: ['Fossils'] }, { lines: [] }],
        ],
      },
      { text: 'After the lesson, collect the letters and send them on to the museum for answers.' },
    ]);
  });

  it('takes a short phrase at the margin over a list set in under it as the heading of that list', () => {
    const doc = readPdfItems([
      item(710, 'Lesson 1'),
      item(672, 'Welcome'),
      item(653, '● Make sure student can access Zoom', 11, 90),
      item(634, '● Ice breakers', 11, 90),
      item(615, 'Music Motivation'),
      item(596, '● Ask whose idea it was to study music', 11, 90),
      item(577, 'Then we ask, and we listen to the answer.'),
      item(558, '● A last point', 11, 90),
    ]);
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => h.text)).toEqual(['Welcome', 'Music Motivation']);
  });

  it('takes a bold title under a byline, Word\'s "o" as a second-level bullet, and a timed bullet with items as a heading', () => {
    const doc = readPdfItems([
      item(760, 'Christian John'),
      item(745, '#maptimeDavis Workshop Jan 12'),
      item(720, 'Contextual maps lesson plan', 11, 200, 'Arial-BoldMT'),
      item(690, 'Schedule:', 11, 72, 'Arial-BoldMT'),
      item(670, '● Introduction (10 minutes, CJ talking)', 11, 90),
      item(652, 'o Who is Christian', 11, 126),
      item(634, 'o Goals of workshop', 11, 126),
      item(616, '● R coding (30 minutes, CJ live code)', 11, 90),
      item(598, 'o Live code walkthrough', 11, 126),
    ]);
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('Contextual maps lesson plan');
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Schedule',
      '2 Introduction (10 minutes, CJ talking)',
      '2 R coding (30 minutes, CJ live code)',
    ]);
  });

  it('drops the running header and footer a browser prints on each page, and keeps a body line that repeats', () => {
    const page = (n: number, lines: string[]) => [
      { ...item(810, 'lesson-plan.md', 8), page: n },
      { ...item(810, '10/12/2021', 8, 400), page: n },
      ...lines.map((t, k) => ({ ...item(700 - k * 20, t), page: n })),
      { ...item(60, '期末测试 第 12 课时'), page: n },
      { ...item(20, `${n} / 3`, 8, 300), page: n },
      { ...item(8, `第${n}页 共3页`, 11, 280), page: n },
    ];
    const body = ['Students work in pairs.', 'Each pair reads one page.', 'Then they share.'];
    const doc = readPdfItems([
      ...page(1, ['Lesson Plan', ...body]),
      ...page(2, ['Objectives', ...body]),
      ...page(3, ['Roles', ...body]),
    ]);
    const texts = doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''));
    expect(texts.filter((t) => /lesson-plan|2021|\/ 3|页/.test(t))).toEqual([]);
    expect(texts.filter((t) => t.startsWith('期末测试'))).toHaveLength(3);
    expect(texts[0]).toBe('Lesson Plan');
  });

  it('keeps each numbered clause a line of its own under a long one, and a heading that goes on in another face whole', () => {
    const doc = readPdfItems([
      // "第1講" in a Chinese face, the rest of the heading in a Latin one, over two lines.
      item(743, '第1講', 23, 61, 'PingFangSC-Semibold'),
      item(743, 'Computer Networks and the', 23, 127, 'OpenSans-Bold'),
      item(716, 'Internet', 23, 61, 'OpenSans-Bold'),
      item(675, 'L01_A', 18, 61, 'OpenSans-Bold'),
      item(642, '1.1 What is the Internet? ("Ch1-1_Ch1-3" 00:00~15:43) and more words to fill', 10, 85, 'OpenSans'),
      item(626, '1.2 Network edge ("Ch1-1_Ch1-3" 15:44~25:43)', 10, 85, 'OpenSans'),
      item(610, '1.3 Network core', 10, 85, 'OpenSans'),
    ]);
    expect(texts(doc.blocks)).toEqual([
      '第1講 Computer Networks and the Internet',
      'L01_A',
      '1.1 What is the Internet? ("Ch1-1_Ch1-3" 00:00~15:43) and more words to fill',
      '1.2 Network edge ("Ch1-1_Ch1-3" 15:44~25:43)',
      '1.3 Network core',
    ]);
  });

  it('reads a paragraph set in a heading’s type as one paragraph, and Chinese spread out by justification as words', () => {
    // Each line as wide as the text column (72 to 402), the heading-type lines too; a signature's date set further in.
    const line = (y: number, str: string, size: number, x = 72, width = 402 - x) => ({
      ...item(y, str, size, x),
      width,
    });
    const body = '模拟一个采用多道程序设计方法的单用户操作系统。';
    const doc = readPdfItems([
      line(780, '二、小组人数', 13, 72, 78),
      line(760, '建议 4～6 人一组共同完成模拟系统的实现，并在课上演示各自负责的部分。', 11),
      line(740, '选择题目“模拟操作系统实现”的小组在最终提交时须公开演示及讲解。由', 13, 84),
      line(722, '于这个题目最复杂，难度和工作量最大，故小组成员最后得分也酌情高于选择其', 13),
      line(704, '它题目的同学的分数（高 5~15 分）。', 13, 72, 200),
      line(680, '三、编程语言', 13, 72, 78),
      line(660, body, 11, 72, 260),
      line(644, body, 11, 72, 260),
      line(628, '（ 2） 磁 盘 模 拟', 11, 84, 100),
      line(612, body, 11, 72, 260),
      line(596, body, 11, 72, 260),
      line(580, body, 11, 72, 260),
      line(550, '中国翻译协会语言服务行业创业创新中心', 13, 160),
      line(532, '2024 年 3 月 18 日', 13, 200),
    ]);
    expect(texts(doc.blocks)).toEqual([
      '二、小组人数',
      '建议 4～6 人一组共同完成模拟系统的实现，并在课上演示各自负责的部分。',
      '选择题目“模拟操作系统实现”的小组在最终提交时须公开演示及讲解。由于这个题目最复杂，难度和工作量最大，故小组成员最后得分也酌情高于选择其它题目的同学的分数（高 5~15 分）。',
      '三、编程语言',
      body,
      body,
      '（2） 磁盘模拟',
      body,
      body,
      body,
      '中国翻译协会语言服务行业创业创新中心',
      '2024 年 3 月 18 日',
    ]);
  });

  it('drops a running head that names the page’s section with the page number at its end (LaTeX), in body type', () => {
    // "2 技术指标: 阶段一" over the pages of stage one, "3 技术指标: 阶段二" over stage two: the text changes with the
    // sections, the number at its right counts the pages; page 1 has its number at the foot.
    const page = (n: number, head: string | null, lines: string[]) => [
      ...(head
        ? [
            { ...item(760, head, 11, 85), page: n },
            { ...item(760, String(n), 11, 522), page: n },
          ]
        : []),
      // The section headings in larger type, the text in the body's.
      ...lines.map((t, k) => ({ ...item(700 - k * 30, t, /技术指标|开始之前/.test(t) ? 15 : 11), page: n })),
      ...(head ? [] : [{ ...item(40, String(n), 11, 300), page: n }]),
    ];
    const doc = readPdfItems([
      ...page(1, null, ['塔防游戏', '1 开始之前', '同项目 1 一样，抄袭是被严厉禁止的。']),
      ...page(2, '1 开始之前', ['2 技术指标: 阶段一', '游戏中存在两个对立阵营。']),
      ...page(3, '2 技术指标: 阶段一', ['地图是游戏的舞台。']),
      ...page(4, '2 技术指标: 阶段一', ['3 技术指标: 阶段二', '词缀库选择。']),
      ...page(5, '3 技术指标: 阶段二', ['第 3 页说的词缀。', '12']),
    ]);
    const texts = doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''));
    expect(texts).toEqual([
      '塔防游戏',
      '1 开始之前',
      '同项目 1 一样，抄袭是被严厉禁止的。',
      '2 技术指标: 阶段一',
      '游戏中存在两个对立阵营。',
      '地图是游戏的舞台。',
      '3 技术指标: 阶段二',
      '词缀库选择。',
      // A number in the text that is not the page's stays.
      '第 3 页说的词缀。12',
    ]);
  });

  it('leaves out icons a web page printed in an icon font, and takes the term under the title as no section', () => {
    const icon = (y: number, str: string, x: number) => item(y, str, 10, x, 'XQPUJH+FontAwesome5Free-Solid');
    const doc = settleTitle(
      readPdfItems([
        item(780, 'BEE 4750/5750 Syllabus', 20, 100),
        item(750, 'Fall 2023', 14, 200),
        item(700, 'Course Information', 14),
        icon(680, 'i', 89),
        item(680, 'Vivek Srikrishnan', 10, 101),
        icon(668, 'ć', 89),
        item(668, 'viveks@cornell.edu', 10, 101),
        item(640, 'Course Policies', 14),
        item(620, 'Attendance is expected at every class meeting of the term.', 10),
      ]),
    );
    expect(doc.title).toBe('BEE 4750/5750 Syllabus');
    expect(doc.blocks.filter((b) => b.kind === 'text' && b.heading !== undefined).map((b) => texts([b])[0])).toEqual([
      'Course Information',
      'Course Policies',
    ]);
    expect(texts(doc.blocks)).toEqual(expect.arrayContaining(['Vivek Srikrishnan', 'viveks@cornell.edu']));
  });

  it("takes a PDF cover's first line, in a type of its own, as the title, with a larger line under it", () => {
    const doc = settleTitle(
      readPdfItems([
        item(780, 'KELAIDOSCOPE ENGLISH WORKSHOP', 18, 160),
        item(750, 'Course Schedule', 20, 180),
        item(700, 'Some words about the course that run on for a line.', 12),
        item(660, '课程具体介绍', 15),
        item(640, '第一天', 12),
      ]),
    );
    expect(doc.title).toBe('KELAIDOSCOPE ENGLISH WORKSHOP');
    expect(doc.blocks.filter((b) => b.kind === 'text' && b.heading !== undefined)).toMatchObject([
      { text: '课程具体介绍' },
    ]);
  });

  it('reads a table whose cells are centred, with a merged day column left of the headers, row by row', () => {
    // Word's 居中 cells: nothing starts where its header does; "Day 1" sits in the middle of the rows it spans, and
    // each cell is written in turn, row by row.
    const c = (y: number, str: string, mid: number, size = 12) => item(y, str, size, mid - str.length * size * 0.25);
    const doc = readPdfItems([
      item(780, 'Workshop', 20, 150),
      c(700, '时间', 160),
      c(700, '项目', 300),
      c(700, '备注', 450),
      c(600, 'Day 1', 100),
      c(680, '8:30-9:00', 160),
      c(688, 'Warming up', 300),
      c(670, '自我介绍与热身', 300),
      c(680, '破冰环节', 450),
      c(640, '9:00-10:00', 160),
      c(648, 'Game in English', 300),
      c(630, '训练呈现观点、', 300),
      c(612, '谈判技巧', 300),
      c(640, '小游戏', 450),
      c(560, 'Day 2', 100),
      c(560, '全天', 160),
      c(568, 'Role play', 300),
      c(550, '情景扮演', 300),
      item(500, '课程具体介绍：', 16, 72),
    ]);
    expect(doc.blocks).toMatchObject([
      { text: 'Workshop' },
      {
        kind: 'table',
        header: 1,
        rows: [
          [{ lines: [] }, { lines: ['时间'] }, { lines: ['项目'] }, { lines: ['备注'] }],
          [
            { lines: ['Day 1'] },
            { lines: ['8:30-9:00'] },
            { lines: ['Warming up', '自我介绍与热身'] },
            { lines: ['破冰环节'] },
          ],
          [
            { lines: [] },
            { lines: ['9:00-10:00'] },
            { lines: ['Game in English', '训练呈现观点、谈判技巧'] },
            { lines: ['小游戏'] },
          ],
          [{ lines: ['Day 2'] }, { lines: ['全天'] }, { lines: ['Role play', '情景扮演'] }, { lines: [] }],
        ],
      },
      { text: '课程具体介绍：' },
    ]);
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.schedule.map((e) => e.when)).toEqual(['Day 1 8:30-9:00', 'Day 1 9:00-10:00', 'Day 2 全天']);
  });

  it('reads an agenda whose rows keep room to write in, and a row that starts close under the one before', () => {
    // Word's order, cell by cell: the lesson cell's three short lines, then the topic (wrapped: its next word did not
    // fit), then the activities; the next row's number follows the activities however close below it sits.
    const w = (y: number, str: string, x: number, width: number) => ({ ...item(y, str, 10, x), width });
    const doc = readPdfItems([
      w(777, 'Lesson', 145, 31),
      w(777, 'Agenda', 220, 40),
      w(777, 'Activities', 296, 40),
      w(761, '1', 145, 5),
      w(750, '31/7 AM', 145, 36),
      w(739, '(4h)', 145, 17),
      w(761, 'IDE & Data', 220, 48),
      w(750, 'Structures', 220, 44),
      w(761, 'Python', 296, 30),
      w(657, '2', 145, 5),
      w(646, '2/8', 145, 14),
      w(657, 'Operators', 220, 45),
      w(657, 'int, float', 296, 40),
      w(642, '3', 145, 5),
      w(631, '7/8 PM', 145, 36),
      w(642, 'Files', 220, 20),
      w(642, 'open, read', 296, 45),
    ]);
    expect(doc.blocks).toMatchObject([
      {
        kind: 'table',
        rows: [
          [{ lines: ['Lesson'] }, { lines: ['Agenda'] }, { lines: ['Activities'] }],
          [{ lines: ['1', '31/7 AM', '(4h)'] }, { lines: ['IDE & Data Structures'] }, { lines: ['Python'] }],
          [{ lines: ['2', '2/8'] }, { lines: ['Operators'] }, { lines: ['int, float'] }],
          [{ lines: ['3', '7/8 PM'] }, { lines: ['Files'] }, { lines: ['open, read'] }],
        ],
      },
    ]);
  });

  it('reads a timetable whose headers sit over their columns and whose week cell spans its rows (WPS export)', () => {
    // "周次 课次" written as one run of two words; the topics start left of their centred header; "9" sits between its
    // rows, written before them.
    const w = (y: number, str: string, x: number, width: number) => ({ ...item(y, str, 11, x), width });
    const doc = readPdfItems([
      w(650, '周次 ', 29, 25),
      w(650, '课次 ', 57, 22),
      w(650, '时间 ', 116, 22),
      w(650, '讲课内容 ', 277, 43),
      w(650, '类型', 442, 22),
      w(615, '9', 37, 6),
      w(630, '1 ', 65, 6),
      w(630, '周一1-2节 ', 102, 50),
      w(630, '1 软件构造的多维度视图', 178, 120),
      w(630, '讲课', 442, 22),
      w(615, '2 ', 65, 6),
      w(615, '周三3-4节 ', 102, 50),
      w(615, '2 测试优先的软件构造', 178, 106),
      w(615, '讲课', 442, 22),
      w(599, '周五23:55 ', 102, 50),
      w(599, '提交个人博客地址', 178, 86),
    ]);
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.schedule).toEqual([
      { when: '9 周一1-2节', items: ['1 软件构造的多维度视图'] },
      { when: '9 周三3-4节', items: ['2 测试优先的软件构造'] },
      { when: '9 周五23:55', items: ['提交个人博客地址'] },
    ]);
    expect(p?.sessions).toEqual(['1 软件构造的多维度视图', '2 测试优先的软件构造']);
  });

  it('keeps a line that spans the columns of a table in it when the columns go on below it', () => {
    const wide = 'Ask students to organise the information in a way that makes sense on paper, then share it.';
    const doc = readPdfItems([
      item(700, 'Agenda', 12, 78),
      item(700, 'Notes', 12, 311),
      item(685, 'Warm Up (3 mins)', 12, 78),
      item(670, 'Name five songs.', 12, 78),
      item(685, 'Students may list a genre.', 12, 311),
      item(640, 'Mini Lesson (7 mins)', 12, 78),
      item(625, wide, 12, 78),
      item(640, 'They may draw a table.', 12, 311),
    ]);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]).toMatchObject({ kind: 'table', header: 1 });
  });

  it('reads lines set out at tab stops as a table without a header, and a subject line as its separate runs', () => {
    const run = (y: number, a: string, b: string, font = 'SimSun') => [
      { ...item(y, a, 11, 90, font) },
      { ...item(y, ' ', 11, 90 + a.length * 5.5), width: 311 - 90 - a.length * 5.5 },
      { ...item(y, b, 11, 311, font) },
    ];
    const doc = readPdfItems([
      ...run(697, '数学', '授课教师：邵俊喆', 'SimSun-Bold'),
      ...run(681, '摸底测试、因式分解', '第 1 课时'),
      ...run(665, '因式分解习题课', '第 2 课时'),
      // A topic that reaches the next column with less than a tab's gap.
      item(650, '质量守恒定律、化学方程式书写、定量计算和化学反应的习题课及复习巩固练习四道例题', 11, 90, 'SimSun'),
      item(650, '第 3 课时', 11, 311, 'SimSun'),
    ]);
    expect(doc.blocks).toMatchObject([
      { text: '数学', emphasis: 'all' },
      { text: '授课教师：邵俊喆' },
      {
        kind: 'table',
        header: 0,
        rows: [
          [{ lines: ['摸底测试、因式分解'] }, { lines: ['第 1 课时'] }],
          [{ lines: ['因式分解习题课'] }, { lines: ['第 2 课时'] }],
          [
            { lines: ['质量守恒定律、化学方程式书写、定量计算和化学反应的习题课及复习巩固练习四道例题'] },
            { lines: ['第 3 课时'] },
          ],
        ],
      },
    ]);
  });

  it("puts a table the file paints before the page's heading back where it sits, and reads radicals as characters", () => {
    const doc = readPdfItems([
      // A browser's print: the table at the foot of the page first, cell by cell, then the page from its top.
      item(120, 'ID', 11, 72),
      item(120, '案例', 11, 318),
      item(104, '说明', 11, 388),
      item(78, '1', 11, 72),
      item(78, '⻘山村徒步', 11, 318),
      item(78, '常⻅路线', 11, 388),
      item(743, '活动计划', 24, 61),
      item(709, '全流程计划', 18, 61),
      item(681, '1. 分⻚操作', 11, 70),
      item(150, '（设计）案例：', 11, 61),
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : b.kind))).toEqual([
      '活动计划',
      '全流程计划',
      '1. 分页操作',
      '（设计）案例：',
      'table',
    ]);
    expect(JSON.stringify(doc.blocks)).toContain('青山村徒步');
    expect(JSON.stringify(doc.blocks)).toContain('常见路线');
  });

  it('reads a page printed a font at a time, its runs across the same width, from top to bottom', () => {
    const doc = readPdfItems([
      // The regular type's lines all down the page, then the title's and the bold type's.
      item(750, '选修', 11, 240),
      item(720, '2. 总时数：32 学时', 11, 330),
      item(600, '语种', 11, 237),
      item(409, '第一章 绪论', 11, 91),
      item(780, '天津理工大学教师教学日历', 18, 80),
      item(720, '课程：化工应用数学', 11, 40),
      item(600, '名称', 11, 100),
      item(409, '8.27', 11, 33),
    ]);
    expect(texts(doc.blocks).slice(0, 3)).toEqual(['天津理工大学教师教学日历', '选修', '课程：化工应用数学']);
  });

  it("reads a browser's list, whose bullets the text layer lacks, from how far its lines are set in", () => {
    const doc = readPdfItems([
      item(760, '主要规划的阶段或单元', 16, 72),
      item(730, '编程是什么？计算机是什么', 11, 96),
      item(715, '参考CS50 、个人计算、CodeLab', 11, 120),
      item(700, '你的地盘', 11, 96),
      item(685, '在互联网发布你的主页', 11, 120),
      item(655, '这是一个段落。', 11, 72),
      // Cells centred one under the other are no list.
      item(600, '姓名', 11, 200),
      item(585, 'Fan Long', 11, 190),
    ]);
    const list = (t: string) => (find(doc.blocks, t) as { list?: { depth: number } } | undefined)?.list;
    expect(list('编程是什么？计算机是什么')).toMatchObject({ depth: 0, parent: true });
    expect(list('参考CS50 、个人计算、CodeLab')).toMatchObject({ depth: 1 });
    expect(list('你的地盘')).toMatchObject({ depth: 0, parent: true });
    expect(list('这是一个段落。')).toBeUndefined();
    expect(list('Fan Long')).toBeUndefined();
  });

  it('takes lines set at more than four places across the page for the columns of a table, not a list', () => {
    const doc = readPdfItems([
      item(760, 'Bootcamp', 16, 72),
      item(730, 'Day 0', 11, 80),
      item(715, 'Registration', 11, 130),
      item(700, 'and', 11, 150),
      item(685, '0', 11, 200),
      item(670, '11:00 A.M - 09:00 P.M', 11, 250),
      item(655, 'Registration of the participants', 11, 380),
      item(640, 'Day 1', 11, 80),
    ]);
    expect(doc.blocks.some((b) => b.kind === 'text' && b.list)).toBe(false);
  });

  it('reads names set across four columns with one row of notes under them as a table, not nested lists', () => {
    const doc = readPdfItems([
      item(760, 'Learning Goals:', 16),
      item(730, 'Sanha:', 11, 72),
      item(730, 'Madhvi:', 11, 200),
      item(730, 'Maggie:', 11, 320),
      item(730, 'Jianing:', 11, 440),
      item(712, '-Python coding', 11, 72),
      item(712, '-Data Wrangling', 11, 200),
      item(698, '-Regression', 11, 200),
      item(712, '-Literature', 11, 320),
      item(712, '-Practise English', 11, 440),
      item(660, 'Strengths:', 16),
    ]);
    expect(doc.blocks.some((b) => b.kind === 'text' && b.list)).toBe(false);
    expect(doc.blocks[1]).toMatchObject({
      kind: 'table',
      rows: [
        [{ lines: ['Sanha:'] }, { lines: ['Madhvi:'] }, { lines: ['Maggie:'] }, { lines: ['Jianing:'] }],
        [
          { lines: ['Python coding'] },
          { lines: ['Data Wrangling', 'Regression'] },
          { lines: ['Literature'] },
          { lines: ['Practise English'] },
        ],
      ],
    });
    // Two runs on a line, once, are still two lines of text.
    const two = readPdfItems([item(730, 'Date:', 11, 72), item(730, 'Place:', 11, 300), item(712, 'Monday', 11, 72)]);
    expect(two.blocks.every((b) => b.kind === 'text')).toBe(true);
  });

  it('keeps a title set in the page header once, and joins an ordinal ending set small and raised ("16th")', () => {
    const doc = readPdfItems([
      item(780, 'The A-Team Plot-A-Charter', 20),
      item(740, '1. Respect one another', 11),
      item(720, '2. Celebrate the birthday on the 16', 11),
      // The run ends at 72 + 35 characters × 5.5; the raised "th" follows it, then a space and "December".
      item(724, 'th', 7, 72 + 35 * 5.5),
      item(720, 'December', 11, 72 + 35 * 5.5 + 7 + 3),
      { ...item(780, 'The A-Team Plot-A-Charter', 20), page: 2 },
      { ...item(740, '3. Set up an agenda', 11), page: 2 },
    ]);
    expect(texts(doc.blocks).filter((t) => t === 'The A-Team Plot-A-Charter')).toHaveLength(1);
    expect(texts(doc.blocks)).toContain('2. Celebrate the birthday on the 16th December');
  });

  it('a label and its value set at a tab stop after it are one field; a name over a field of its own is two lines', () => {
    const doc = readPdfItems([
      item(780, '课程教学大纲', 20),
      item(740, '课程编号(Course Code):', 14, 72),
      item(740, 'IB01017', 14, 300),
      item(720, '本课程是计算机类专业的基础课，讲授 Python 语言的基本语法与程序设计方法。', 11),
      item(680, '物理：', 11, 72, 'SimHei-Bold'),
      item(680, '授课教师：李宗桓', 11, 300, 'SimHei-Bold'),
    ]);
    expect(texts(doc.blocks)).toContain('课程编号(Course Code): IB01017');
    expect(texts(doc.blocks)).toContain('物理：');
    expect(texts(doc.blocks)).toContain('授课教师：李宗桓');
  });

  it('joins a formula mark set small and raised to its line ("k∗"), and drops a running header over a larger title', () => {
    const page = (n: number, y: number, str: string, size = 11, x = 72) => ({ ...item(y, str, size, x), page: n });
    const doc = readPdfItems([
      // The header runs across the top of every page, in body type; the first page sets its title larger under it.
      page(1, 780, 'CSC311 Fall 2024', 11),
      page(1, 780, 'Final Project', 11, 470),
      page(1, 740, 'Final Project', 14),
      page(1, 700, '(b) Choose k', 11),
      // "(b) Choose k" ends at 72 + 12 characters × 5.5; the raised "∗" follows it, then the rest of the line.
      page(1, 704, '∗', 7, 72 + 12 * 5.5),
      page(1, 700, 'that has the highest accuracy.', 11, 72 + 12 * 5.5 + 7 + 3),
      page(2, 780, 'CSC311 Fall 2024', 11),
      page(2, 780, 'Final Project', 11, 470),
      page(2, 740, '(c) Report the test accuracy.', 11),
    ]);
    expect(texts(doc.blocks)).toContain('(b) Choose k∗ that has the highest accuracy.');
    expect(texts(doc.blocks).some((t) => t.includes('CSC311'))).toBe(false);
    expect(texts(doc.blocks)[0]).toBe('Final Project');
  });

  it('joins a bold paragraph the layout broke, and a heading that stops on "AND" to its next line', () => {
    // 5.5 points a character at 11 points: the first bold line runs to the right edge of the body lines.
    const wide = (y: number, str: string, font = 'Arial-BoldMT', size = 11) => ({
      ...item(y, str, size, 72, font),
      width: str.length * size * 0.5,
    });
    const doc = readPdfItems([
      wide(760, 'ARTICLE I – NAME, PURPOSE, AND', 'Arial-BoldMT', 14),
      wide(742, 'NON-HAZING POLICY OF THE ORGANIZATION', 'Arial-BoldMT', 14),
      wide(
        720,
        'Whether you will use R or Python. You can do different parts of the project in different',
        'Arial-BoldMT',
      ),
      wide(706, 'languages, but agree how you are going to manage this.', 'Arial-BoldMT'),
      wide(690, 'Python because we are all familiar with it, and it is what the course teaches us to use.', 'ArialMT'),
      wide(676, 'Short body line.', 'ArialMT'),
      wide(650, 'Meetings', 'Arial-BoldMT', 14),
      wide(632, 'Officers', 'Arial-BoldMT', 14),
    ]);
    expect(texts(doc.blocks)).toEqual([
      'ARTICLE I – NAME, PURPOSE, AND NON-HAZING POLICY OF THE ORGANIZATION',
      'Whether you will use R or Python. You can do different parts of the project in different languages, but agree how you are going to manage this.',
      'Python because we are all familiar with it, and it is what the course teaches us to use. Short body line.',
      'Meetings',
      'Officers',
    ]);
  });

  it('joins a sentence set in a heading type where its next line opens in lower case; a new heading stays apart', () => {
    // The body's lines run to 72 + 100 × 5.5; the letter's first line stops well short of that.
    const body = 'Children must be signed in upon arrival by a parent or by an adult the parent has named in writing.';
    const doc = readPdfItems([
      item(760, 'Parent Handbook', 24),
      item(720, 'Our program exists for your families. We strive to provide loving', 14),
      item(702, "care and guidance for your child's needs.", 14),
      item(670, 'Arrival', 14),
      ...[652, 638, 624, 610].map((y) => item(y, body, 11)),
    ]);
    expect(texts(doc.blocks).slice(0, 3)).toEqual([
      'Parent Handbook',
      "Our program exists for your families. We strive to provide loving care and guidance for your child's needs.",
      'Arrival',
    ]);
  });

  it('joins a centred title broken after its colon, and no centred heading that ends without one', () => {
    // A 612-point page: each line centred on 306.
    const centred = (y: number, str: string, size: number) => item(y, str, size, 306 - (str.length * size * 0.5) / 2);
    const doc = readPdfItems([
      centred(760, 'The Private Firm CFO:', 20),
      centred(736, 'Accounting and Finance Strategies', 20),
      item(700, 'This course is about the CFO role at a private, entrepreneurial company.', 11),
      centred(660, 'Course Schedule', 20),
      centred(636, 'Fall Term', 20),
      item(600, 'We meet twice a week.', 11),
    ]);
    expect(texts(doc.blocks)).toEqual([
      'The Private Firm CFO: Accounting and Finance Strategies',
      'This course is about the CFO role at a private, entrepreneurial company.',
      'Course Schedule',
      'Fall Term',
      'We meet twice a week.',
    ]);
  });

  it("reads a LaTeX constitution's §-numbered sections inside its articles, and its author's web address and date as no section", () => {
    const h = (y: number, str: string, size = 14) => item(y, str, size, 72, 'CMBX12');
    const doc = readPdfItems([
      h(780, 'Constitution of Drag and Drop', 20),
      h(750, 'https://github.com/DragandDrop-wsu', 12),
      h(730, 'March 16, 2018', 12),
      h(700, '1 Article I: Name'),
      h(680, '§1'),
      item(660, 'The name of this organization shall be Drag and Drop.'),
      h(640, '2 Article IV: Officers'),
      h(620, '§1 — Positions'),
      item(600, 'The officers are a President and a Secretary.'),
      h(580, '§2 — Qualifications'),
      h(560, '§2.1 — President'),
      item(540, 'Must have attended the university for a year.'),
      h(520, '§2.2 — Secretary'),
      item(500, 'Must take the minutes.'),
    ]);
    const p = extractBlocks(doc).document.plans[0];
    expect(p?.title).toBe('Constitution of Drag and Drop');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 1|Article I',
      '2 §1|',
      '1 2|Article IV',
      '2 §1|Positions',
      '2 §2|Qualifications',
      '3 §2.1|President',
      '3 §2.2|Secretary',
    ]);
  });

  it('drops a revision stamp set at the top of every page, the first included', () => {
    const page = (p: number) => [
      { ...item(790, 'Last modified on June 5th of 2023', 12, 380), page: p },
      { ...item(740, p === 1 ? 'Constitution of the Club' : `ARTICLE ${p}`, 14), page: p },
      { ...item(720, `Text of page ${p}.`, 11), page: p },
    ];
    const doc = readPdfItems([...page(1), ...page(2), ...page(3)]);
    expect(texts(doc.blocks)).not.toContain('Last modified on June 5th of 2023');
    expect(texts(doc.blocks)[0]).toBe('Constitution of the Club');
  });

  it("reads a cover's lines under the title, in types no section uses again, as text; one such line is a section", () => {
    const cover = readPdfItems([
      item(780, 'SCHEDULE 1 TO THE CONSTITUTION', 32),
      item(740, 'ADELAIDE UNIVERSITY COMPUTER SCIENCE CLUB', 22),
      item(710, 'Committee Composition', 20),
      item(680, '1 Introduction', 14),
      item(660, 'The purpose of this Schedule is to list the positions.', 11),
      item(640, '2 Composition', 14),
      item(620, 'The Committee consists of its officers.', 11),
    ]);
    const [p] = extractBlocks(cover).document.plans;
    expect(p?.title).toBe('SCHEDULE 1 TO THE CONSTITUTION');
    expect(p?.headings.map((h) => `${h.level} ${h.marker} ${h.text}`)).toEqual(['1 1 Introduction', '1 2 Composition']);
    const charter = readPdfItems([
      item(780, 'Software development Project NES-NN', 18),
      item(750, 'Team Mission and Objectives or Goals', 17),
      item(720, 'Team Purpose', 14),
      item(700, 'To complete the project with a high mark.', 11),
      item(680, 'Duration and Time Commitment', 14),
      item(660, 'Twelve weeks, two meetings a week.', 11),
    ]);
    expect(extractBlocks(charter).document.plans[0]?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Team Mission and Objectives or Goals',
      '2 Team Purpose',
      '2 Duration and Time Commitment',
    ]);
    // A cover all in the title's type, the sections in bold body type: the cover's lines head nothing, and the bold
    // capitals name the sections over the bold small letters.
    const rules = readPdfItems([
      item(780, 'Official Rules & Regulations', 20),
      item(750, 'Imagine Cup', 20),
      item(720, '2025 Season', 20),
      item(690, 'Version 1', 20),
      item(660, 'OVERVIEW', 11, 72, 'Arial-BoldMT'),
      item(640, 'The competition enables student founders to turn ideas into startups.', 11),
      item(620, 'SPONSOR', 11, 72, 'Arial-BoldMT'),
      item(600, 'These rules govern the operation of the competition.', 11),
      item(580, 'ELIGIBILITY', 11, 72, 'Arial-BoldMT'),
      item(560, 'You are a student;', 11),
      // A joining word set in bold between two conditions names nothing.
      item(540, 'and', 11, 80, 'Arial-BoldMT'),
      item(520, 'You are 18 or older.', 11),
      item(500, 'ROUNDS', 11, 72, 'Arial-BoldMT'),
      item(480, 'The competition has two rounds.', 11),
      // Bold in small letters under bold capitals: a part of the section in capitals.
      item(460, 'Semifinals Round', 11, 72, 'Arial-BoldMT'),
      item(440, 'Teams present their product to the judges.', 11),
      item(420, 'World Championship', 11, 72, 'Arial-BoldMT'),
      item(400, 'The winners of the semifinals meet in the final.', 11),
      item(380, 'PRIZES', 11, 72, 'Arial-BoldMT'),
      item(360, 'The winners share the prizes.', 11),
    ]);
    const [r] = extractBlocks(rules).document.plans;
    expect(r?.title).toBe('Official Rules & Regulations');
    expect(r?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 OVERVIEW',
      '1 SPONSOR',
      '1 ELIGIBILITY',
      '1 ROUNDS',
      '2 Semifinals Round',
      '2 World Championship',
      '1 PRIZES',
    ]);
  });

  it('reads a run drawn twice a fraction of a point apart (bold drawn by overprinting) once', () => {
    const doc = readPdfItems([
      item(780, '实验七指导书', 16),
      item(780, '实验七指导书', 16, 72.3),
      item(750, '实验要求', 13),
      item(750, '实验要求', 13, 72.3),
      item(730, '组队人数要求', 11),
      item(730, '最多', 11, 105),
      item(730, '最多', 11, 105.3),
      item(730, '3人一组。', 11, 116),
      // The same words again further along the line are words of the line.
      item(710, '好好学习，好好学习。', 11),
    ]);
    expect(texts(doc.blocks)).toEqual(['实验七指导书', '实验要求', '组队人数要求最多3人一组。好好学习，好好学习。']);
  });

  it('keeps the order of lines set side by side, as in two columns', () => {
    const doc = readPdfItems([
      item(700, '1. Left one', 11, 72),
      item(680, '2. Left two', 11, 72),
      item(700, '3. Right one', 11, 320),
      item(680, '4. Right two', 11, 320),
    ]);
    expect(texts(doc.blocks)).toEqual(['1. Left one', '2. Left two', '3. Right one', '4. Right two']);
  });

  it('reads a line that starts with blank runs once, from its first visible run', () => {
    const doc = readPdfItems([
      item(760, 'Week 1', 14),
      item(730, ' ', 11, 60),
      item(730, ' ', 11, 66),
      item(730, 'Read chapter 1', 11, 72),
      item(730, 'before class', 11, 160),
      item(715, 'and bring questions', 11, 72),
    ]);
    expect(doc.blocks).toEqual([
      { kind: 'text', text: 'Week 1', no: 1, heading: 1, size: 1.27 },
      { kind: 'text', text: 'Read chapter 1 before class and bring questions', no: 2 },
    ]);
  });

  it('refuses a PDF whose text layer is not the text on the page (fonts with no map to characters)', async () => {
    const bytes = new Uint8Array(readFileSync(join(PLAN_CORPUS, 'notice-missing-semester-course-arrangement.pdf')));
    expect(await readPdf(bytes)).toEqual({ ok: false, reason: 'garbled' });
    // A few glyphs without characters (a list number) are normal: the tj-music charter still reads.
    const charter = new Uint8Array(readFileSync(join(PLAN_CORPUS, 'charter-tj-music-team.pdf')));
    expect((await readPdf(charter)).ok).toBe(true);
  });

  it('reads a real PDF through pdfjs-dist without a worker, and a generated one', async () => {
    const r = await readPdf(new Uint8Array(readFileSync(join(PLAN_CORPUS, 'charter-nes-nn-team.pdf'))));
    expect(r.ok && texts(r.doc.blocks).slice(0, 3)).toEqual([
      'Software development Project NES-NN',
      'Team Mission and Objectives or Goals',
      'Team Purpose',
    ]);
    const g = await readPdf(pdfInput(3000));
    expect(g.ok && g.doc.blocks.length).toBeGreaterThan(5);
  });

  it('reads a landscape page as it is shown: a portrait page turned by /Rotate, its text drawn turned back', async () => {
    // Text drawn a quarter turn anticlockwise on a page shown a quarter turn clockwise reads across the screen.
    const run = (size: number, x: number, y: number, s: string) =>
      `BT /F1 ${size} Tf 0 1 -1 0 ${x} ${y} Tm (${s}) Tj ET`;
    const page = [
      run(20, 60, 60, 'Reading Club Plan'),
      run(11, 100, 60, '1. Meet every'),
      run(11, 100, 130, 'Friday at lunch'),
      run(11, 118, 60, '2. Read one chapter a week'),
    ].join('\n');
    const r = await readPdf(pdfFile([page], 90));
    expect(r.ok && r.doc.blocks).toMatchObject([
      { text: 'Reading Club Plan', heading: 1 },
      { text: '1. Meet every Friday at lunch' },
      { text: '2. Read one chapter a week' },
    ]);
  });

  it("reads a table drawn with borders by its borders: wrapped cells, a merged row's passage, a table going on over a page", async () => {
    const text = (x: number, y: number, s: string, size = 11) => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`;
    // Columns at 50 | 100 | 200 | 400; page 1 draws its borders as stroked lines, page 2 as thin filled bars (Word).
    const stroked = (ys: number[], inner: [number, number][]) =>
      [
        '0.5 w',
        ...ys.map((y) => `50 ${y} m 400 ${y} l S`),
        `50 ${ys[0]} m 50 ${ys[ys.length - 1]} l S`,
        `400 ${ys[0]} m 400 ${ys[ys.length - 1]} l S`,
        // Inner borders row by row: a row without them is one cell across the table.
        ...inner.flatMap(([top, bottom]) => [100, 200].map((x) => `${x} ${top} m ${x} ${bottom} l S`)),
      ].join('\n');
    const page1 = [
      text(50, 760, 'Scheme of Work', 18),
      stroked(
        [720, 700, 650, 590, 560],
        [
          [720, 700],
          [700, 650],
          [590, 560],
        ],
      ),
      text(55, 706, 'Week'),
      text(105, 706, 'Topic'),
      text(205, 706, 'Outcomes'),
      text(55, 686, '1'),
      // "Acids, bases and" fills its narrow cell: "salts" goes on below.
      text(105, 686, 'Acids, bases and'),
      text(105, 672, 'salts'),
      text(205, 686, 'Test household liquids'),
      text(55, 636, 'Notes for the teacher'),
      text(55, 622, 'Bring litmus paper and three liquids from home.'),
      text(55, 608, '1. Test each liquid in turn'),
      text(55, 576, '2'),
      text(105, 576, 'Rocks'),
      text(205, 576, 'Name three rocks'),
    ].join('\n');
    const bar = (x: number, y: number, w: number, h: number) => `${x} ${y} ${w} ${h} re f`;
    const page2 = [
      bar(50, 700, 350, 0.6),
      bar(50, 660, 350, 0.6),
      ...[50, 100, 200, 400].map((x) => bar(x, 660, 0.6, 40)),
      text(55, 686, '3'),
      text(105, 686, 'Periodic table'),
      text(205, 686, 'Group the elements'),
    ].join('\n');
    const r = await readPdf(pdfFile([page1, page2]));
    const cells = (b: Block) => (b.kind === 'table' ? b.rows.map((row) => row.map((c) => c.lines.join(' / '))) : null);
    expect(r.ok && r.doc.blocks.map((b) => cells(b) ?? (b as TextBlock).text)).toEqual([
      'Scheme of Work',
      [
        ['Week', 'Topic', 'Outcomes'],
        ['1', 'Acids, bases and salts', 'Test household liquids'],
      ],
      'Notes for the teacher',
      'Bring litmus paper and three liquids from home.',
      '1. Test each liquid in turn',
      [
        ['2', 'Rocks', 'Name three rocks'],
        ['3', 'Periodic table', 'Group the elements'],
      ],
    ]);
  });

  it("takes a grid of mostly empty boxes (a rubric's tick boxes) for a form, whose text is the page's; a grid of written cells is a table", () => {
    const across = (page: number, y: number, x0: number, x1: number) => ({ page, x0, y0: y, x1, y1: y });
    const down = (page: number, x: number, y0: number, y1: number) => ({ page, x0: x, y0, x1: x, y1 });
    // Page 1: six boxes to tick to the right of each criterion, each box drawn on its own.
    const rules = [700, 680, 660, 640].map((y) => across(1, y, 50, 500));
    for (let x = 50; x <= 500; x += 50) rules.push(down(1, x, 700, 640));
    // Page 2: the points of each criterion, two columns written in full.
    rules.push(across(2, 700, 50, 300), across(2, 680, 50, 300), across(2, 660, 50, 300));
    rules.push(down(2, 50, 700, 660), down(2, 150, 700, 660), down(2, 300, 700, 660));
    const doc = readPdfItems(
      [
        onPage(1, 760, 'Presentation Rubric', 11, 50),
        onPage(1, 686, 'Clarity', 11, 55),
        onPage(1, 666, 'Teamwork', 11, 55),
        onPage(1, 646, 'Slides', 11, 55),
        onPage(2, 686, 'Criterion', 11, 55),
        onPage(2, 686, 'Points', 11, 155),
        onPage(2, 666, 'Clarity', 11, 55),
        onPage(2, 666, '5', 11, 155),
      ],
      rules,
    );
    expect(
      doc.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.lines.join())) : b.text)),
    ).toEqual([
      'Presentation Rubric',
      'Clarity',
      'Teamwork',
      'Slides',
      [
        ['Criterion', 'Points'],
        ['Clarity', '5'],
      ],
    ]);
  });

  it('drops a footer that numbers its page with a bar ("2 | Chemistry Department"), as Word sets it', () => {
    const doc = readPdfItems(
      [1, 2, 3].flatMap((p) => [
        onPage(p, 760, `Week ${p}: lesson notes`, 11, 50),
        onPage(p, 740, 'Group work on the topic of the week.', 11, 50),
        onPage(p, 40, `${p} | Chemistry Department`, 11, 50),
      ]),
    );
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : '')).filter((t) => t.includes('Chemistry'))).toEqual([]);
  });

  it("drops a designed rulebook's banner printed large at the top of each page, keeping its first page's", () => {
    const page = (p: number, heading: string, text: string) => [
      onPage(p, 740, 'WIE', 60),
      onPage(p, 660, 'HACK 2.0', 60),
      onPage(p, 600, heading, 20),
      onPage(p, 560, text, 11),
    ];
    const doc = readPdfItems([
      ...page(1, 'RULEBOOK', 'An all women virtual hackathon, 8 to 10 April 2020.'),
      ...page(2, 'TEAM GUIDELINES', 'Teams of one to four members may take part in the hackathon.'),
      ...page(3, 'SCORING CRITERIA', 'Proposal, coding and the final presentation are each scored.'),
      ...page(4, 'GENERAL RULES', 'Every member must register on the event page before the start.'),
    ]);
    const shown = doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''));
    expect(shown.filter((t) => t === 'WIE')).toHaveLength(1);
    expect(shown.filter((t) => t === 'HACK 2.0')).toHaveLength(1);
    expect(shown).toContain('SCORING CRITERIA');
    expect(shown).toContain('GENERAL RULES');
  });

  it('reads bullets set in two columns as one list, not each left bullet heading the right one', () => {
    // "Challenge categories may include:" over "• Cryptography   • OSINT" / "• Web Exploitation   • General Skills" / ….
    const doc = readPdfItems([
      item(700, 'Challenge categories may include:', 11, 72, 'Arial-BoldMT'),
      // (The file gives the left column, then the right one.)
      item(680, '• Cryptography', 11, 80),
      item(660, '• Web Exploitation', 11, 80),
      item(640, '• Forensics', 11, 80),
      item(680, '• OSINT', 11, 300),
      item(660, '• General Skills', 11, 300),
      item(640, '• Miscellaneous', 11, 300),
      item(610, 'Rules', 11, 72, 'Arial-BoldMT'),
      item(595, '• Flags must be submitted in the correct format.', 11, 80),
      item(580, 'Participants will be given random text to type and both speed and accuracy count here.', 11, 72),
    ]);
    const bullets = doc.blocks.flatMap((b) => (b.kind === 'text' && b.list ? [[b.text, b.list.parent]] : []));
    expect(bullets).toEqual([
      ['Cryptography', false],
      ['Web Exploitation', false],
      ['Forensics', false],
      ['OSINT', false],
      ['General Skills', false],
      ['Miscellaneous', false],
      ['Flags must be submitted in the correct format.', false],
    ]);
    const plan = extractBlocks(doc).document.plans[0];
    expect(plan?.headings.map((h) => h.text)).not.toContain('Cryptography');
  });

  it('reads a list or a paragraph set a size larger than the body as body text, and a bullet over smaller ones as their heading', () => {
    const doc = readPdfItems([
      item(780, 'Class Conduct', 24, 50),
      item(740, '• Come to class prepared with supplies', 16, 50),
      item(720, '• Respect yourself, classmates, staff,', 16, 50),
      item(700, 'the building and its supplies', 16, 62),
      item(680, '• Always do your best!', 16, 50),
      item(640, 'ENFORCEMENT PLAN', 16, 50),
      item(620, 'Students who break a rule will speak with the teacher after class.', 11, 50),
      item(600, 'Each step below is taken only when the one before it did not help.', 11, 50),
      item(570, '• Day 1:', 16, 50),
      item(550, '• Lecture 1: Rules of the room', 11, 62),
      item(535, '• Lecture 2: Working in groups', 11, 62),
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? [b.text, b.heading ?? null] : null))).toEqual([
      ['Class Conduct', 1],
      ['Come to class prepared with supplies', null],
      ['Respect yourself, classmates, staff, the building and its supplies', null],
      ['Always do your best!', null],
      ['ENFORCEMENT PLAN', 2],
      [
        'Students who break a rule will speak with the teacher after class. Each step below is taken only when the one before it did not help.',
        null,
      ],
      ['Day 1:', 2],
      ['Lecture 1: Rules of the room', null],
      ['Lecture 2: Working in groups', null],
    ]);
  });

  it("drops a letterhead at the top of every page (the sender's address and telephone), and takes the title under it", () => {
    const doc = readPdfItems(
      [1, 2].flatMap((p) => [
        onPage(p, 800, 'The Richmond Building', 11, 50),
        onPage(p, 786, '105 Queens Road, Clifton, Bristol Tel (0117) 331 8600', 11, 50),
        onPage(p, 772, 'www.ubu.org.uk', 11, 50),
        ...(p === 1 ? [onPage(1, 740, 'Riding Club Constitution', 16, 50)] : []),
        onPage(p, 700, `[${p}] Part ${p}`, 13, 50),
        onPage(p, 680, 'The club shall meet once a week during term.', 11, 50),
      ]),
    );
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual([
      'Riding Club Constitution',
      '[1] Part 1',
      'The club shall meet once a week during term.',
      '[2] Part 2',
      'The club shall meet once a week during term.',
    ]);
  });

  it("reads a ruled table whose cells' sides stop short of the line above them, as Word draws them: no rows between", () => {
    const across = (y: number) => ({ page: 1, x0: 50, y0: y, x1: 400, y1: y });
    const down = (x: number, y0: number, y1: number) => ({ page: 1, x0: x, y0, x1: x, y1 });
    // Time | Session | Speaker: each row's sides run from the line below it to 5 points under the line above.
    const lines = [700, 680, 640, 600];
    const rules = lines.map(across);
    for (let r = 0; r + 1 < lines.length; r++)
      for (const x of [50, 150, 300, 400]) rules.push(down(x, (lines[r] ?? 0) - 5, lines[r + 1] ?? 0));
    const doc = readPdfItems(
      [
        item(686, 'Time', 11, 55),
        item(686, 'Session', 11, 155),
        item(686, 'Speaker', 11, 305),
        item(660, '9.00-9.30', 11, 55),
        item(660, 'Welcome', 11, 155),
        item(660, 'Chair', 11, 305),
        item(620, '9.30-11.00', 11, 55),
        item(620, 'Basics', 11, 155),
        item(620, 'Lecturer', 11, 305),
      ],
      rules,
    );
    expect(
      doc.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.lines.join())) : null)),
    ).toEqual([
      [
        ['Time', 'Session', 'Speaker'],
        ['9.00-9.30', 'Welcome', 'Chair'],
        ['9.30-11.00', 'Basics', 'Lecturer'],
      ],
    ]);
  });

  it('refuses a broken PDF and one without text', async () => {
    expect(await readPdf(new TextEncoder().encode('%PDF-1.4\nnot really'))).toMatchObject({ ok: false });
    const blank = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    );
    expect(await readPdf(blank)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('the file reader', () => {
  it('tells kinds apart by content when the extension lies, and by extension where content allows either', async () => {
    const pdf = new Uint8Array(readFileSync(join(PLAN_CORPUS, 'charter-nes-nn-team.pdf')));
    expect((await readPlanFile(pdf, 'plan.txt')).ok && (await readPlanFile(pdf, 'plan.txt'))).toMatchObject({
      kind: 'pdf',
    });
    const docx = new Uint8Array(readFileSync(join(PLAN_CORPUS, 'notice-buaa-homework.docx')));
    expect(await readPlanFile(docx, 'notice.pdf')).toMatchObject({ ok: true, kind: 'docx' });
    const html = new TextEncoder().encode('<html><body><h1>计划</h1><p>一、目标</p></body></html>');
    expect(await readPlanFile(html, 'page.txt')).toMatchObject({ ok: true, kind: 'html' });
    expect(await readPlanFile(new TextEncoder().encode('# 计划\n\n正文'), 'x.md')).toMatchObject({ kind: 'markdown' });
  });

  it('reads an MDX page (Docusaurus) as Markdown: its front matter, its sections, not its module lines', async () => {
    const mdx =
      "---\ntitle: 编程挑战赛章程\nhide_table_of_contents: true\n---\nimport Navbar, { items } from '@site/src/components/Navbar';\n\n<Navbar items={items} />\n\n## 一、竞赛总则\n\n本赛事面向全球开发者。\n\n## 二、赛道设置\n\n1. 游戏开发挑战赛\n";
    const r = await readPlanFile(new TextEncoder().encode(mdx), 'zhangcheng.mdx');
    expect(r).toMatchObject({ ok: true, kind: 'markdown' });
    if (!r.ok) return;
    const [p] = extractBlocks(r.doc).document.plans;
    expect(p?.title).toBe('编程挑战赛章程');
    expect(p?.headings.map((h) => `${h.marker}${h.text}`)).toEqual([
      '一、竞赛总则',
      '二、赛道设置',
      '1.游戏开发挑战赛',
    ]);
    expect(texts(r.doc.blocks).join('\n')).not.toMatch(/import|Navbar/);
  });

  it('says in both languages what is wrong with an empty, broken or encrypted file', async () => {
    for (const [bytes, name, word] of [
      [new Uint8Array([]), 'empty.docx', 'empty'],
      [new TextEncoder().encode('%PDF-1.7 broken'), 'x.pdf', 'damaged'],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'x.docx', 'encrypted'],
    ] as const) {
      const r = await readPlanFile(bytes, name);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(word);
        expect(r.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
