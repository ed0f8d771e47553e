/**
 * A worker that reads and parses a backup file for the options page (utils/import-worker.ts):
 * decoding and JSON.parse of a large library take a third of a second in one piece, which the
 * page would spend not answering clicks.
 * @module utils/import/parse.worker
 */
import { answerParseRequest, type ParseMessage } from './parse';

const scope = self as unknown as { onmessage: ((event: MessageEvent<Blob>) => void) | null; postMessage(message: ParseMessage): void };

scope.onmessage = ({ data: file }) => void answerParseRequest(file, (message) => scope.postMessage(message));
