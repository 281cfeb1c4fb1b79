/**
 * Every error Parley reports on purpose has a code, a message that says what happened, and a hint that
 * says how to fix it. `file` and `line` name the input, so a batch can report each failure on one line.
 */
export type ErrorCode =
  | 'E_PIPELINE_ORDER'
  | 'E_PIPELINE_UNKNOWN_LAYER'
  | 'E_PIPELINE_DUPLICATE'
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_FORMAT'
  | 'E_HTML_NO_TEXT'
  | 'E_JSONL_RECORD'
  | 'E_FEED_MALFORMED'
  | 'E_FETCH_FAILED'
  | 'E_FETCH_TIMEOUT'
  | 'E_FETCH_STATUS'
  | 'E_FETCH_CONTENT_TYPE'
  | 'E_FETCH_TOO_LARGE'
  | 'E_STORE'
  | 'E_USAGE'
  | 'E_INTERNAL';

/** An expected failure with a code and a fix. Anything else thrown is a bug. */
export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { hint?: string; file?: string; line?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ParleyError';
    this.code = code;
    this.hint = options.hint;
    this.file = options.file;
    this.line = options.line;
  }

  /** One line for a batch report: `file:line: CODE message (hint)`. */
  toLine(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    const hint = this.hint ? ` (${this.hint})` : '';
    return `${where}${this.code} ${this.message}${hint}`;
  }
}

/** Whether a thrown value is a ParleyError with the given code (or any code when none is given). */
export function isParleyError(value: unknown, code?: ErrorCode): value is ParleyError {
  return value instanceof ParleyError && (code === undefined || value.code === code);
}
