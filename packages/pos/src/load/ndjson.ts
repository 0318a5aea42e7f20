/**
 * Reads newline-delimited JSON from a byte stream, one value per line, as the bytes arrive: a
 * record is handed on as soon as its line is complete, so the till can show progress and start
 * selling before the stream ends. Blank lines are skipped; a line that is not JSON is an error
 * that names the line.
 */
export async function* readNdjson(stream: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let lineNumber = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        lineNumber++;
        if (line.trim() !== '') yield parseLine(line, lineNumber);
        newline = buffered.indexOf('\n');
      }
      if (done) break;
    }
    if (buffered.trim() !== '') yield parseLine(buffered, lineNumber + 1);
  } finally {
    reader.releaseLock();
  }
}

export class NdjsonError extends Error {
  constructor(
    readonly lineNumber: number,
    detail: string,
  ) {
    super(`line ${lineNumber} of the load is not valid JSON: ${detail}`);
    this.name = 'NdjsonError';
  }
}

function parseLine(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch (e) {
    throw new NdjsonError(lineNumber, e instanceof Error ? e.message : String(e));
  }
}
