/**
 * The part of papaparse's API the core uses, declared without Node: @types/papaparse references Node's types
 * (for its stream API), which would let Node APIs into the core unnoticed. shared/tsconfig.json maps the module
 * here; everything else (CLI, tests, extension) type-checks against @types/papaparse, so a mismatch shows there.
 */
declare module 'papaparse' {
  export interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
    message: string;
    /** 0-based index of the data row the error is on; absent for whole-input errors. */
    row?: number;
    index?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    cursor: number;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface ParseConfig {
    delimiter?: string;
    newline?: '' | '\r' | '\n' | '\r\n';
    quoteChar?: string;
    escapeChar?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    delimitersToGuess?: string[];
  }
  export interface UnparseConfig {
    quotes?: boolean | boolean[];
    delimiter?: string;
    newline?: string;
    escapeFormulae?: boolean | RegExp;
  }
  export function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
  export function unparse(data: unknown[][], config?: UnparseConfig): string;
  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}
