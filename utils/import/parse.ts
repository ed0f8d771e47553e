/**
 * The first step of reading a backup: bytes to JSON. Recognises files that are not UTF-8 JSON
 * text at all (ZIP, PDF, UTF-16…) before parsing, so the message can say what the file is.
 * Pure; runs in the import worker (utils/import/parse.worker.ts) and, where no worker starts,
 * in the page.
 * @module utils/import/parse
 */
import type { ImportProblem } from './read';

export type ParseResult = { ok: true; data: unknown } | { ok: false; problem: ImportProblem };

/** Decodes and parses a backup file's bytes. Never throws for bad input. */
export function parseBackupBytes(bytes: Uint8Array): ParseResult {
  const fail = (problem: ImportProblem): ParseResult => ({ ok: false, problem });
  const kind = contentKind(bytes);
  if (kind === 'utf16') return fail({ reason: 'not-utf8' });
  if (kind !== 'text') return fail({ reason: 'binary', kind });
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 is an error, not a silent U+FFFD. A UTF-8 BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ reason: 'not-utf8' });
  }
  if (!text.trim()) return fail({ reason: 'empty' });
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    // SyntaxError for broken or truncated JSON; RangeError for nesting too deep to parse.
    return fail({ reason: 'not-json', detail: error instanceof Error ? error.message : String(error) });
  }
}

/** Reads and parses a backup file in the calling thread. */
export async function parseBackupFile(file: Blob): Promise<ParseResult> {
  return parseBackupBytes(new Uint8Array(await file.arrayBuffer()));
}

/** Recognises common binary files and UTF-16 text by their first bytes. */
function contentKind(bytes: Uint8Array): 'text' | 'utf16' | 'zip' | 'gzip' | 'pdf' | 'other' {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return 'utf16';
  // NUL bytes are valid UTF-8 but never occur in JSON text: every other byte NUL is UTF-16
  // without a byte order mark, a few of them a binary file.
  const head = bytes.subarray(0, 512);
  const nulls = head.filter((b) => b === 0).length;
  if (nulls === 0) return 'text';
  return nulls >= head.length / 3 ? 'utf16' : 'other';
}

/**
 * How a parsed backup crosses from the worker to the page: the page copies each message it
 * receives in one go, so a library of 10,000 clippings arrives as the file minus its clippings,
 * then the clippings in parts, each its own task, and the page keeps answering clicks between them.
 */
export type ParseMessage =
  | { type: 'failed'; problem: ImportProblem }
  /** The file could not be read at all (moved or changed on disk since it was chosen). */
  | { type: 'unreadable'; message: string }
  | { type: 'head'; data: unknown; parts: number }
  | { type: 'clippings'; items: unknown[] };

/** Clippings per message: one part is copied in a few milliseconds. */
export const CLIPPINGS_PER_MESSAGE = 200;

/** Splits a parse result into messages (see ParseMessage). */
export function* parseMessages(result: ParseResult, perMessage = CLIPPINGS_PER_MESSAGE): Generator<ParseMessage> {
  if (!result.ok) {
    yield { type: 'failed', problem: result.problem };
    return;
  }
  const { data } = result;
  if (!isRecord(data) || !Array.isArray(data.clippings) || data.clippings.length === 0) {
    yield { type: 'head', data, parts: 0 };
    return;
  }
  const clippings = data.clippings as unknown[];
  const parts = Math.ceil(clippings.length / perMessage);
  yield { type: 'head', data: { ...data, clippings: [] }, parts };
  for (let i = 0; i < clippings.length; i += perMessage) yield { type: 'clippings', items: clippings.slice(i, i + perMessage) };
}

/**
 * What the worker does with a file it is sent: every outcome becomes messages, a file that
 * cannot be read too, so the page never waits for an answer that does not come.
 */
export async function answerParseRequest(file: Blob, post: (message: ParseMessage) => void): Promise<void> {
  let result: ParseResult;
  try {
    result = await parseBackupFile(file);
  } catch (error) {
    post({ type: 'unreadable', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  for (const message of parseMessages(result)) post(message);
}

/**
 * Puts messages from parseMessages back together; undefined until the last one has arrived.
 * Throws, as reading the file in the page would, when the worker could not read it.
 */
export function createParseAssembler(): (message: ParseMessage) => ParseResult | undefined {
  let head: Record<string, unknown> | undefined;
  let remaining = 0;
  const clippings: unknown[] = [];
  return (message) => {
    if (message.type === 'failed') return { ok: false, problem: message.problem };
    if (message.type === 'unreadable') throw new Error(message.message);
    if (message.type === 'head') {
      if (message.parts === 0) return { ok: true, data: message.data };
      head = message.data as Record<string, unknown>;
      remaining = message.parts;
      return undefined;
    }
    for (const item of message.items) clippings.push(item);
    remaining--;
    return head && remaining === 0 ? { ok: true, data: { ...head, clippings } } : undefined;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
