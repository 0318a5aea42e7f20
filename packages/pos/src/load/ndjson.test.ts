import { describe, expect, it } from 'vitest';
import { NdjsonError, readNdjson } from './ndjson.ts';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const value of readNdjson(streamOf(chunks))) out.push(value);
  return out;
}

describe('readNdjson', () => {
  it.each([
    ['one record per chunk', ['{"a":1}\n', '{"a":2}\n'], [{ a: 1 }, { a: 2 }]],
    ['a record split across chunks', ['{"a"', ':1}\n{"b":', '2}\n'], [{ a: 1 }, { b: 2 }]],
    ['no newline after the last record', ['{"a":1}\n{"a":2}'], [{ a: 1 }, { a: 2 }]],
    ['blank lines skipped', ['\n{"a":1}\n\n', '\n'], [{ a: 1 }]],
    ['CRLF line ends', ['{"a":1}\r\n{"a":2}\r\n'], [{ a: 1 }, { a: 2 }]],
  ])('%s', async (_name, chunks, expected) => {
    expect(await collect(chunks)).toEqual(expected);
  });

  it('keeps a multi-byte character split between chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"Café"}\n');
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 13));
        c.enqueue(bytes.slice(13));
        c.close();
      },
    });
    const out: unknown[] = [];
    for await (const v of readNdjson(stream)) out.push(v);
    expect(out).toEqual([{ name: 'Café' }]);
  });

  it('names the line that is not JSON', async () => {
    await expect(collect(['{"a":1}\n', 'oops\n'])).rejects.toThrowError(NdjsonError);
    await expect(collect(['{"a":1}\n', 'oops\n'])).rejects.toThrow(/line 2/);
  });
});
