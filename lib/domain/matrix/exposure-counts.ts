/**
 * Deployments per matrix cell, sparse, as compact text for the browser: for each cell with any,
 * the gap since the previous such cell and the count, both in base 36, as "gap.count" joined by
 * commas ("0.1,7.b" = cell 0 has 1, cell 8 has 11). About half the size of a JSON number array.
 */
export function encodeCounts(cells: readonly number[], counts: readonly number[]): string {
  const parts = new Array<string>(cells.length);
  let previous = -1;
  for (let i = 0; i < cells.length; i++) {
    parts[i] = `${(cells[i] - previous - 1).toString(36)}.${counts[i].toString(36)}`;
    previous = cells[i];
  }
  return parts.join(",");
}

export function decodeCounts(text: string): Map<number, number> {
  const map = new Map<number, number>();
  if (text === "") return map;
  let cell = -1;
  for (const part of text.split(",")) {
    const dot = part.indexOf(".");
    cell += parseInt(part.slice(0, dot), 36) + 1;
    map.set(cell, parseInt(part.slice(dot + 1), 36));
  }
  return map;
}
