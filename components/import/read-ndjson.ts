/** Calls `onLine` with each JSON line of a streamed NDJSON response body, as it arrives. */
export async function readNdjson(
  response: Response,
  onLine: (value: unknown) => void,
): Promise<void> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) onLine(JSON.parse(line));
      newline = buffer.indexOf("\n");
    }
  }
  if (buffer.trim()) onLine(JSON.parse(buffer));
}
