/** The kind of an uploaded file, judged by its first bytes rather than by its name. */
export type FileKind = 'xlsx' | 'xls' | 'text' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** How much of a file the text test reads: enough for a header row and many rows after it. */
const SNIFF_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Tells an .xlsx (a zip container), an old .xls (an OLE2 container), text
 * that may be CSV, and anything else. Text in UTF-16 starts with a byte-order
 * mark; any other text has no control characters but tab, line feed and
 * carriage return, which rules out images, PDFs and archives.
 */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE2)) return 'xls';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';

  const sample = bytes.subarray(0, SNIFF_BYTES);
  for (const byte of sample) {
    const isControl = byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
    if (isControl || byte === 0x7f) return 'other';
  }

  return 'text';
}
