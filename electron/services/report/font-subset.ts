/**
 * A small TrueType subsetter: keeps the glyphs of the given characters (and the glyphs
 * their composites use), renumbers them, and writes a minimal font (head, hhea, maxp, OS/2,
 * name, cmap, hmtx, loca, glyf, post). resvg reads a font file again for every piece of
 * text it lays out, so a 5-10 MB CJK font costs ~12 ms a label; a subset of a chart's few
 * hundred characters is a few kilobytes and costs nothing. Layout tables (GSUB, GPOS) are
 * dropped: chart labels need neither ligatures nor kerning.
 */

interface Tables {
  data: Buffer;
  table: (tag: string) => Buffer | undefined;
}

function readTables(data: Buffer): Tables {
  const count = data.readUInt16BE(4);
  const map = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = data.toString('latin1', at, at + 4);
    const offset = data.readUInt32BE(at + 8);
    const length = data.readUInt32BE(at + 12);
    map.set(tag, data.subarray(offset, offset + length));
  }
  return { data, table: (tag) => map.get(tag) };
}

/** Maps code points to glyph ids from the best Unicode cmap subtable (format 12, else format 4). */
export function cmapLookup(cmap: Buffer): (codePoint: number) => number {
  const count = cmap.readUInt16BE(2);
  let format4: Buffer | undefined;
  let format12: Buffer | undefined;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const offset = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= cmap.subarray(offset);
    if (format === 4) format4 ??= cmap.subarray(offset);
  }
  if (format12) {
    const t = format12;
    const groups = t.readUInt32BE(12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = 16 + mid * 12;
        const start = t.readUInt32BE(at);
        const end = t.readUInt32BE(at + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return t.readUInt32BE(at + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4) {
    const t = format4;
    const segX2 = t.readUInt16BE(6);
    const ends = 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const rangeOffsets = deltas + segX2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segX2; s += 2) {
        if (cp > t.readUInt16BE(ends + s)) continue;
        const start = t.readUInt16BE(starts + s);
        if (cp < start) return 0;
        const delta = t.readInt16BE(deltas + s);
        const ro = t.readUInt16BE(rangeOffsets + s);
        if (ro === 0) return (cp + delta) & 0xffff;
        const at = rangeOffsets + s + ro + (cp - start) * 2;
        const glyph = t.readUInt16BE(at);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  return () => 0;
}

export interface ParsedFont {
  tables: Tables;
  glyphOf: (codePoint: number) => number;
  glyph: (id: number) => Buffer;
  numGlyphs: number;
}

export function parseFont(data: Buffer): ParsedFont {
  const tables = readTables(data);
  const need = (tag: string) => {
    const t = tables.table(tag);
    if (!t) throw new Error(`The font has no ${tag} table.`);
    return t;
  };
  const head = need('head');
  const loca = need('loca');
  const glyf = need('glyf');
  const numGlyphs = need('maxp').readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const offset = (i: number) => (longLoca ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2);
  const lookup = cmapLookup(need('cmap'));
  return {
    tables,
    numGlyphs,
    glyphOf: lookup,
    glyph: (id) => (id < numGlyphs ? glyf.subarray(offset(id), offset(id + 1)) : Buffer.alloc(0)),
  };
}

const ARG_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE = 0x0020;
const XY_SCALE = 0x0040;
const TWO_BY_TWO = 0x0080;

/** The component glyph ids of a composite glyph and where each id is written. */
function components(glyph: Buffer): { id: number; at: number }[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const out: { id: number; at: number }[] = [];
  let at = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(at);
    out.push({ id: glyph.readUInt16BE(at + 2), at: at + 2 });
    at += 4 + (flags & ARG_WORDS ? 4 : 2);
    if (flags & HAVE_SCALE) at += 2;
    else if (flags & XY_SCALE) at += 4;
    else if (flags & TWO_BY_TWO) at += 8;
    if (!(flags & MORE)) break;
  }
  return out;
}

function checksum(data: Buffer): number {
  let sum = 0;
  const padded = data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeFont(tables: Record<string, Buffer>): Buffer {
  const tags = Object.keys(tables).sort();
  const count = tags.length;
  const searchRange = 2 ** Math.floor(Math.log2(count)) * 16;
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(Math.floor(Math.log2(count)), 8);
  header.writeUInt16BE(count * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables[tag] as Buffer;
    const at = 12 + i * 16;
    header.write(tag, at, 4, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    const pad = (4 - (data.length % 4)) % 4;
    parts.push(data, Buffer.alloc(pad));
    offset += data.length + pad;
  });
  const font = Buffer.concat(parts);
  const headAt = header.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/** cmap with a format 4 (BMP) and a format 12 (all planes) subtable, one entry per character. */
function buildCmap(entries: [number, number][]): Buffer {
  const bmp = entries.filter(([cp]) => cp <= 0xffff);
  const segments = [...bmp, [0xffff, 0] as [number, number]];
  const segCount = segments.length;
  const f4 = Buffer.alloc(16 + segCount * 8);
  f4.writeUInt16BE(4, 0);
  f4.writeUInt16BE(f4.length, 2);
  f4.writeUInt16BE(segCount * 2, 6);
  const sr = 2 * 2 ** Math.floor(Math.log2(segCount));
  f4.writeUInt16BE(sr, 8);
  f4.writeUInt16BE(Math.floor(Math.log2(segCount)), 10);
  f4.writeUInt16BE(segCount * 2 - sr, 12);
  segments.forEach(([cp, gid], i) => {
    f4.writeUInt16BE(cp, 14 + i * 2);
    f4.writeUInt16BE(cp, 16 + segCount * 2 + i * 2);
    f4.writeUInt16BE(cp === 0xffff ? 1 : (gid - cp) & 0xffff, 16 + segCount * 4 + i * 2);
  });
  const f12 = Buffer.alloc(16 + entries.length * 12);
  f12.writeUInt16BE(12, 0);
  f12.writeUInt32BE(f12.length, 4);
  f12.writeUInt32BE(entries.length, 12);
  entries.forEach(([cp, gid], i) => {
    f12.writeUInt32BE(cp, 16 + i * 12);
    f12.writeUInt32BE(cp, 20 + i * 12);
    f12.writeUInt32BE(gid, 24 + i * 12);
  });
  const header = Buffer.alloc(4 + 2 * 8);
  header.writeUInt16BE(2, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(header.length, 8);
  header.writeUInt16BE(3, 12);
  header.writeUInt16BE(10, 14);
  header.writeUInt32BE(header.length + f4.length, 16);
  return Buffer.concat([header, f4, f12]);
}

/** A font holding only the glyphs of `codePoints` (the ones this font has); null when it has none of them. */
export function subsetFont(font: ParsedFont, codePoints: Iterable<number>): Buffer | null {
  const mapped: [number, number][] = [];
  for (const cp of new Set(codePoints)) {
    const gid = font.glyphOf(cp);
    if (gid > 0 && gid < font.numGlyphs) mapped.push([cp, gid]);
  }
  if (mapped.length === 0) return null;
  mapped.sort((a, b) => a[0] - b[0]);

  // Glyphs to keep: .notdef, the mapped ones, and the components of composites, recursively.
  const keep = new Set<number>([0]);
  const stack = mapped.map(([, gid]) => gid);
  while (stack.length > 0) {
    const gid = stack.pop() as number;
    if (keep.has(gid)) continue;
    keep.add(gid);
    for (const c of components(font.glyph(gid))) if (!keep.has(c.id)) stack.push(c.id);
  }
  const old = [...keep].sort((a, b) => a - b);
  const newId = new Map(old.map((gid, i) => [gid, i]));

  const glyphs = old.map((gid) => {
    const g = Buffer.from(font.glyph(gid));
    for (const c of components(g)) g.writeUInt16BE(newId.get(c.id) ?? 0, c.at);
    return g.length % 4 ? Buffer.concat([g, Buffer.alloc(4 - (g.length % 4))]) : g;
  });
  const loca = Buffer.alloc((glyphs.length + 1) * 4);
  let at = 0;
  glyphs.forEach((g, i) => {
    loca.writeUInt32BE(at, i * 4);
    at += g.length;
  });
  loca.writeUInt32BE(at, glyphs.length * 4);

  const t = font.tables.table.bind(font.tables);
  const hhea = Buffer.from(t('hhea') as Buffer);
  const oldHmtx = t('hmtx') as Buffer;
  const metrics = hhea.readUInt16BE(34);
  const hmtx = Buffer.alloc(old.length * 4);
  old.forEach((gid, i) => {
    const advance = oldHmtx.readUInt16BE(Math.min(gid, metrics - 1) * 4);
    const lsb = gid < metrics ? oldHmtx.readInt16BE(gid * 4 + 2) : oldHmtx.readInt16BE(metrics * 4 + (gid - metrics) * 2);
    hmtx.writeUInt16BE(advance, i * 4);
    hmtx.writeInt16BE(lsb, i * 4 + 2);
  });
  hhea.writeUInt16BE(old.length, 34);

  const head = Buffer.from(t('head') as Buffer);
  head.writeUInt32BE(0, 8);
  head.writeInt16BE(1, 50);
  const maxp = Buffer.from(t('maxp') as Buffer);
  maxp.writeUInt16BE(old.length, 4);
  const post = Buffer.from((t('post') as Buffer).subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);

  const tables: Record<string, Buffer> = {
    head,
    hhea,
    maxp,
    hmtx,
    loca,
    glyf: Buffer.concat(glyphs),
    cmap: buildCmap(mapped.map(([cp, gid]) => [cp, newId.get(gid) as number])),
    post,
  };
  for (const tag of ['OS/2', 'name']) {
    const table = t(tag);
    if (table) tables[tag] = table;
  }
  return writeFont(tables);
}
