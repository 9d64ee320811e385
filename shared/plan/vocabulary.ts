/**
 * The words the stages share, in one place so they cannot drift apart: section nouns, kinds of document, lead-in
 * phrases. Each list names a concept a careful reader knows (what a section label ends with, what a title names),
 * never the sentences of any one document.
 */

/** Nouns that end a bare section label ("班级教育工作重点", "招募方法", "时间安排表"). */
export const SECTION_NOUNS = [
  '重点',
  '目标',
  '目的',
  '工作',
  '内容',
  '方法',
  '措施',
  '要求',
  '原则',
  '思想',
  '背景',
  '步骤',
  '形式',
  '方式',
  '时间',
  '地点',
  '对象',
  '流程',
  '职责',
  '分工',
  '评价',
  '评估',
  '保障',
  '任务',
  '安排',
  '意义',
  '做法',
  '宗旨',
  '口号',
  '理念',
  '分析',
  '准备',
  '总结',
  '小结',
  '预算',
  '说明',
  '计划表',
  '安排表',
] as const;

/**
 * Nouns that end a label line ("注意事项") but also name a document of their own ("大作业事项", "关于期末考试有关事项的
 * 通知"): a label's, never a sign that a first heading is no title.
 */
export const LABEL_NOUNS: readonly string[] = [...SECTION_NOUNS, '事项'];

/** Section nouns that also end ordinary clauses or name a table. */
const CLAUSE_NOUNS: ReadonlySet<string> = new Set([
  '时间',
  '地点',
  '对象',
  '口号',
  '分析',
  '小结',
  '说明',
  '计划表',
  '安排表',
]);

/**
 * The narrower set that marks a label run onto the text before a list when line breaks were lost ("…。具体工作1、…"):
 * nouns that also end ordinary clauses (时间, 地点, 说明…) are left out, since there the run is usually a sentence.
 */
export const RUN_ON_SECTION_NOUNS: readonly string[] = SECTION_NOUNS.filter((n) => !CLAUSE_NOUNS.has(n));

/** Words a plan's title ends with: the kind of document it is. */
export const DOCUMENT_KINDS = [
  '方案',
  '计划',
  '策划书',
  '策划',
  '章程',
  '规划',
  '细则',
  '办法',
  '纲要',
  '大纲',
  '指南',
  '通知',
  '倡议书',
  '简章',
  '须知',
  '公约',
  '日历',
  '进度表',
  '课程表',
  '安排表',
  '规则',
  '规程',
  '制度',
  '指导书',
  '任务书',
  'plan',
  'programme',
  'program',
  'proposal',
  'scheme',
  'charter',
  'constitution',
  'bylaws',
  'contract',
  'syllabus',
  'agenda',
  'rules',
] as const;

export const alternation = (words: readonly string[]): string => words.join('|');

/** The plan kinds of DOCUMENT_KINDS: the words a collection's part title ends with ("…工作计划【第一篇】"). */
const PLAN_KINDS: ReadonlySet<string> = new Set(['方案', '计划', '策划书', '章程']);

/**
 * Where a collection's part title ends after its marker ("篇一 小组活动方案策划书…"): the plan kinds only, since a
 * part title is cut right after its kind word and the others (策划 before 书, 规划, 通知…) would cut it short or at
 * a word of its body; with the compounds that may follow a kind word ("…方案实施方案").
 */
export const PART_TITLE_KINDS: readonly string[] = [
  '工作计划',
  '实施方案',
  '活动方案',
  ...DOCUMENT_KINDS.filter((k) => PLAN_KINDS.has(k)),
];

/** Nouns that end a "label：value" field's label in a plan's field block ("组员人数", "活动地点", "带领者"). */
export const FIELD_NOUNS = [
  '名称',
  '性质',
  '对象',
  '人数',
  '次数',
  '时间',
  '地点',
  '场地',
  '目标',
  '目的',
  '方法',
  '形式',
  '督导',
  '分工',
  '主题',
  '口号',
  '者',
] as const;

/**
 * A lead-in that introduces what follows rather than naming a section: "…如下：", "…的计划是：", "…由两部分组成：", "Here are…:",
 * "…as follows:", "…the following:", a sentence ("The data are available at:", "By the end of this workshop, students
 * will:"), a clause ending in a preposition ("Attendance is required for:"). Whole words: "Software:" names a part.
 */
export const LEAD_IN =
  /(?:如下|以下|是|为|有|包括|包含|组成|构成|分为|例如|比如|如|可以|能)$|(?:请|敬请|详|可)(?:参考|参阅|查看|查阅|见|访问)$|^(?:here (?:are|is)|these are|this is|the following|below|for example|e\.g\.)|^(?:the|this|these|those|our|we|you|it|they)\b.*\b(?:are|is|was|were|will|can|should|must|may|shall)\b|\b(?:as follows|the following|below|include|includes|including|are|is|such as|will|should|can|must|need|needs|write down|be able to|for|of|to|with|from|about|into|than|like)$/i;

/** A lead-in that counts what it lists ("搬运物品包括有三种：", "分为四个方面："): no section's name. */
export const COUNTED_LIST =
  /(?:有|包括|包含|分为|分成)有?[一二三四五六七八九十两几\d]+(?:[种类项点条步个]|个?(?:部分|方面|阶段|环节))$/;

/** Words that head a document's notes ("注：", "说明：1、…"): a label over the notes listed under it. */
export const NOTES = '注|备注|说明';

/** A label that heads notes alone ("注", "备注："): one of the items it sits among, never a part of one. */
export const NOTES_LABEL = new RegExp(`^(?:${NOTES})[:：]?$`);

/**
 * What the name of a body that issues a document ends with: a notice's sign-off ("江苏省翻译协会", "教务处", "初二（3）班
 * 班委会") names one or more of them over its date.
 */
/** A web address alone on its line: "https://…", "www.…". */
export const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

/** A person's name as English sets it: "Michael Katz", "Mary J. Blige", "Anne-Marie O’Neil". */
export const PERSON_NAME = /^[A-Z][a-z]+(?: [A-Z]\.?)?(?: [A-Z][a-z'’-]+){1,2}$/;
/** …and as Chinese writes it: two to four characters ("翟起龙"). */
export const PERSON_NAME_ZH = /^[\u4e00-\u9fff]{2,4}$/;

export const ISSUER_NOUNS = [
  '会',
  '中心',
  '学校',
  '学院',
  '大学',
  '中学',
  '小学',
  '幼儿园',
  '处',
  '办公室',
  '政府',
  '局',
  '厅',
  '部',
  '院',
  '系',
  '团委',
  '支部',
  '工作室',
  '组',
  '社',
  '班',
] as const;

/** A caption under or over a figure or table ("表1 字段表举例", "Figure 2: …"): it names the figure, not a section. */
export const CAPTION_LINE =
  /^(?:图|表|figure|fig\.?|table|tab\.?)\s*\d{1,2}(?:[-.]\d{1,2})?(?=[\s:：.、]|[\u4e00-\u9fff])/i;

/** A line that stops on a word that joins it to what follows ("…POLICY, AND", "…governed by the", "…的"): it goes on. */
export const RUNS_ON = /(?:\b(?:and|or|of|the|for|to|in|on|with|by|a|an)|[,，、和与及的])$/i;

/** Words that name a stretch of a plan made of weeks and days. */
const PHASES = 'phase|stage';
/** Parts of a plan named as stretches of time ("Phase 1", "Stage 2", "第一阶段"): they hold the weeks they run for. */
export const PHASE_STYLE = new RegExp(`^(?:w:)?(?:${PHASES}|第阶段)$`);

/** Words that name a period of a programme (as a marker's style): a heading element so named is that period's heading, as written. */
const PERIODS = `week|day|${PHASES}|session`;
export const PERIOD_WORD = new RegExp(`^(?:w:)?(?:${PERIODS})$`);

/**
 * A word that numbers a part of a course or a programme ("Part 1", "Module 2", "Lesson 00"): alone on its line it is
 * the part's name, as "Week 1" is. A constitution's or a book's numbers (Article, Section, Chapter) stay markers.
 */
export const PART_WORD = new RegExp(`^(?:w:)?(?:${PERIODS}|part|unit|module|lesson|step)$`);

/** A heading that names a table of contents: what follows it repeats the document's headings, or links to other pages. */
export const CONTENTS_HEAD = /^(?:contents|table of contents|目\s*录)$/i;
