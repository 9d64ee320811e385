/** Word .docx bytes → blocks: the shared reader (../plan/read/docx.ts), which runs in Node and in the extension. */
export { type DocxRead, readDocx } from '../plan/read/docx.ts';
