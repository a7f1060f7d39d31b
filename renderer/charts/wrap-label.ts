/**
 * Splits a label into lines of at most `max` "columns", counting CJK characters as two
 * (they are about twice as wide), breaking at spaces where there are any.
 */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return n;
}

export function wrapLabel(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = [];
  const words = /\s/.test(text) ? text.split(/\s+/) : [...text];
  const joiner = /\s/.test(text) ? ' ' : '';
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line}${joiner}${word}` : word;
    if (columns(candidate) <= max || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}
