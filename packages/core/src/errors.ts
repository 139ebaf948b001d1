/**
 * The one error type. `message` is for logs and developers; `userMessage` is the Chinese text shown to people.
 * Exactly one place per edge (HTTP, CLI) turns it into a response; anything else is an unknown error.
 */
export type JixiaoErrorCode =
  | "not_a_document" // the input is not a readable performance document
  | "unsupported_format" // a file type we do not read
  | "malformed_file" // a file of a type we read, but broken
  | "hostile_file" // zip bomb, entity expansion, oversized
  | "invalid_document" // a jixiao/v1 document that fails the schema
  | "validation" // request data of the wrong shape
  | "not_found"
  | "conflict" // stale write (optimistic concurrency)
  | "unauthenticated"
  | "forbidden"
  | "rate_limited"
  | "workflow" // a transition that is not allowed now
  | "check_failed" // submission refused while checks report errors
  | "too_large"
  | "config"
  | "locked" // data folder held by another process
  | "unavailable"; // a needed external tool (LibreOffice …) is not installed

export interface JixiaoErrorOptions {
  userMessage: string;
  details?: unknown;
  cause?: unknown;
}

export class JixiaoError extends Error {
  readonly code: JixiaoErrorCode;
  readonly userMessage: string;
  readonly details: unknown;

  constructor(code: JixiaoErrorCode, message: string, options: JixiaoErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "JixiaoError";
    this.code = code;
    this.userMessage = options.userMessage;
    this.details = options.details;
  }
}

export function isJixiaoError(e: unknown): e is JixiaoError {
  return e instanceof JixiaoError;
}
