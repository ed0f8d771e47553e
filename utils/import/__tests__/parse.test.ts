import { describe, expect, it } from 'vitest';
import { answerParseRequest, createParseAssembler, parseBackupBytes, parseMessages, type ParseMessage, type ParseResult } from '@/utils/import/parse';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Sends a parse result through the messages a worker posts, each copied as postMessage copies it. */
function roundTrip(result: ParseResult, perMessage?: number): { result: ParseResult | undefined; messages: ParseMessage[] } {
  const assemble = createParseAssembler();
  const messages = [...parseMessages(result, perMessage)].map((message) => structuredClone(message));
  let assembled: ParseResult | undefined;
  for (const [i, message] of messages.entries()) {
    assembled = assemble(message);
    // Nothing is handed over before the last part has arrived.
    if (i < messages.length - 1) expect(assembled).toBeUndefined();
  }
  return { result: assembled, messages };
}

describe('parsing a backup file', () => {
  it('should parse UTF-8 JSON, with or without a byte order mark', () => {
    expect(parseBackupBytes(utf8('{"format":"pressclip-backup"}'))).toEqual({ ok: true, data: { format: 'pressclip-backup' } });
    expect(parseBackupBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('[1]')]))).toEqual({ ok: true, data: [1] });
  });

  it('should name what a file is when it is not UTF-8 JSON', () => {
    expect(parseBackupBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({ ok: false, problem: { reason: 'binary', kind: 'zip' } });
    expect(parseBackupBytes(new Uint8Array([0x1f, 0x8b, 8, 0]))).toEqual({ ok: false, problem: { reason: 'binary', kind: 'gzip' } });
    expect(parseBackupBytes(utf8('%PDF-1.7'))).toEqual({ ok: false, problem: { reason: 'binary', kind: 'pdf' } });
    expect(parseBackupBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0]))).toEqual({ ok: false, problem: { reason: 'not-utf8' } });
    expect(parseBackupBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toEqual({ ok: false, problem: { reason: 'not-utf8' } });
    expect(parseBackupBytes(utf8(' \n\t '))).toEqual({ ok: false, problem: { reason: 'empty' } });
    const broken = parseBackupBytes(utf8('{"format": "pressclip-backup", "clippings": ['));
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problem.reason).toBe('not-json');
  });
});

describe('handing a parsed backup from the worker to the page', () => {
  const clippings = Array.from({ length: 1001 }, (_, i) => ({ id: `c${i}`, title: `Meldung ${i}`, tags: ['Lokales'] }));
  const backup = { format: 'pressclip-backup', version: 1, collections: [{ id: 'inbox' }], clippings, settings: {} };

  it('should send the clippings in parts and put the file back together as it was', () => {
    const { result, messages } = roundTrip({ ok: true, data: backup }, 200);
    expect(result).toEqual({ ok: true, data: backup });
    // The file without its clippings, then six parts of at most 200.
    expect(messages.map((m) => m.type)).toEqual(['head', ...Array<string>(6).fill('clippings')]);
    expect(messages.every((m) => m.type !== 'clippings' || m.items.length <= 200)).toBe(true);
    expect(messages[0]).toMatchObject({ type: 'head', parts: 6, data: { clippings: [] } });
  });

  it('should pass on a file without a list of clippings, or with an empty one, in one message', () => {
    for (const data of [{ format: 'pressclip-backup', clippings: 'none' }, [1, 2], 'text', { ...backup, clippings: [] }]) {
      const { result, messages } = roundTrip({ ok: true, data });
      expect(result).toEqual({ ok: true, data });
      expect(messages).toHaveLength(1);
    }
  });

  it('should pass on the problem with a file that cannot be parsed', () => {
    const failed: ParseResult = { ok: false, problem: { reason: 'binary', kind: 'zip' } };
    expect(roundTrip(failed).result).toEqual(failed);
  });

  it('should answer a file it cannot read with a message, and the page should raise it as an error', async () => {
    // A file moved or changed on disk after it was chosen: reading it rejects.
    const gone = new Blob(['{}']);
    gone.arrayBuffer = () => Promise.reject(new Error('The requested file could not be read'));
    const posted: ParseMessage[] = [];

    await answerParseRequest(gone, (message) => posted.push(message));

    expect(posted).toEqual([{ type: 'unreadable', message: 'The requested file could not be read' }]);
    expect(() => createParseAssembler()(posted[0]!)).toThrow('The requested file could not be read');
  });

  it('should answer a readable file with the messages of its parse', async () => {
    const posted: ParseMessage[] = [];
    await answerParseRequest(new Blob([JSON.stringify(backup)]), (message) => posted.push(message));

    const assemble = createParseAssembler();
    expect(posted.map((m) => assemble(m)).at(-1)).toEqual({ ok: true, data: backup });
  });
});
