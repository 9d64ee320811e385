/**
 * What a teacher is told when a plan file cannot be read, in both languages: one home for the CLI (which prints
 * both, not knowing the reader's language before it has read the text) and the extension (which picks one).
 */
import type { Localized } from '../../i18n/localized.ts';

export const FILE_PROBLEMS = {
  empty: {
    zh: '文件是空的。请把计划文本粘贴或保存进去再试。',
    en: 'The file is empty (or holds only spaces). Paste or save the plan text into it and try again.',
  },
  binary: {
    zh: '这不是文本文件（可能是 .docx、.pdf 或图片）。请打开它，复制计划文字，另存为 UTF-8 的 .txt 文件。',
    en: 'This looks like a binary file (for example .docx, .pdf or an image), not text. Open it, copy the plan text and save it as a .txt file (UTF-8).',
  },
  'unknown-encoding': {
    zh: '认不出文件的编码（不是 UTF-8、UTF-16 或 GB18030）。请另存为 UTF-8 文本。',
    en: 'The text encoding could not be recognised (it is neither UTF-8, UTF-16 nor GB18030). Save the file again as UTF-8 text.',
  },
  encrypted: {
    zh: '文件有密码保护（已加密），读不了。请在 Word 或 PDF 阅读器里取消密码后另存，再试。',
    en: 'The file is password-protected (encrypted). Remove the password in Word or your PDF reader, save it again and retry.',
  },
  broken: {
    zh: '文件已损坏或不完整，打不开。请重新下载或另存一份再试。',
    en: 'The file is damaged or incomplete and cannot be opened. Download or save it again and retry.',
  },
  noText: {
    zh: '文件里没有可读的文字（可能是扫描的图片）。请复制计划文字，另存为 .txt 文件。',
    en: 'The file holds no readable text (it may be a scanned image). Copy the plan text and save it as a .txt file.',
  },
  garbled: {
    zh: '这个 PDF 里的文字读出来是乱码（屏幕上看得到字，复制出来却不对）。请在 PDF 阅读器里选中计划文字，复制后粘贴到导入框；或把它另存为 Word 文件再试。',
    en: 'The text in this PDF comes out garbled (it shows on screen, but its characters cannot be read). Select the plan text in your PDF reader, copy it and paste it into the import box, or save the file as a Word document and retry.',
  },
  tooLarge: {
    zh: '文件太大（超过 30 MB），不像是一份计划。请只保存计划部分再试。',
    en: 'The file is too large (over 30 MB) to be a plan. Save just the plan and retry.',
  },
  oldWord: {
    zh: '这是旧版 Word 文件（.doc）或加密文件，读不了。请在 Word 里另存为 .docx 再试。',
    en: 'This is an old Word file (.doc) or an encrypted one. Save it as .docx in Word and retry.',
  },
} satisfies Record<string, Localized>;

export type FileProblem = keyof typeof FILE_PROBLEMS;

/** Both languages on one line, Chinese first. */
export const bothLanguages = (text: Localized): string => `${text.zh} / ${text.en}`;
