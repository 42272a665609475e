export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** the highlights covering this piece of text, innermost last */
  ids: string[];
}

/** Cuts text into pieces at every highlight boundary, so overlapping highlights both show. */
export function highlightSegments(length: number, ranges: HighlightRange[]): Segment[] {
  const valid = ranges.filter((r) => r.start < r.end && r.start >= 0 && r.end <= length);
  const cuts = new Set([0, length]);
  for (const r of valid) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({
      start,
      end,
      ids: valid.filter((r) => r.start <= start && r.end >= end).map((r) => r.id),
    });
  }
  return out;
}
