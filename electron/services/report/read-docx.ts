/**
 * Reads the parts of a .docx (a zip file) with node:zlib: enough for tests to look at the
 * XML Word will read, and for anyone to check a report without unzipping it by hand.
 */
import { inflateRawSync } from 'node:zlib';

/** Every entry of a zip file, by path. Supports stored and deflated entries (what docx writes). */
export function readZip(data: Buffer): Map<string, Buffer> {
  // End of central directory: the last 0x06054b50 signature.
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('Not a zip file: no end of central directory.');
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new Error('Broken zip central directory.');
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const localName = data.readUInt16LE(local + 26);
    const localExtra = data.readUInt16LE(local + 28);
    const start = local + 30 + localName + localExtra;
    const raw = data.subarray(start, start + compressed);
    entries.set(name, method === 0 ? Buffer.from(raw) : inflateRawSync(raw));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The XML parts of a .docx as text, by path. */
export function docxXml(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, content] of readZip(data)) if (/\.(xml|rels)$/.test(name)) out.set(name, content.toString('utf8'));
  return out;
}
