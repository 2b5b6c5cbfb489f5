/** A part of a zip container as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** Size after unpacking, as the directory declares it; 0xFFFFFFFF marks a ZIP64 size. */
  unpackedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
// The end record is 22 bytes followed by a comment of up to 65,535 bytes.
const MAX_END_RECORD_DISTANCE = 22 + 0xffff;

/**
 * Lists the parts of a zip container from its central directory, without
 * unpacking anything. Returns null when the bytes have no readable directory.
 */
export function readZipDirectory(bytes: Buffer): ZipEntry[] | null {
  const endRecord = findEndRecord(bytes);
  if (endRecord === null) return null;

  const count = bytes.readUInt16LE(endRecord + 10);
  let position = bytes.readUInt32LE(endRecord + 16);
  const entries: ZipEntry[] = [];

  for (let index = 0; index < count; index += 1) {
    if (position + 46 > bytes.length || bytes.readUInt32LE(position) !== DIRECTORY_ENTRY) return null;

    const unpackedSize = bytes.readUInt32LE(position + 24);
    const nameLength = bytes.readUInt16LE(position + 28);
    const extraLength = bytes.readUInt16LE(position + 30);
    const commentLength = bytes.readUInt16LE(position + 32);
    if (position + 46 + nameLength > bytes.length) return null;

    entries.push({ name: bytes.toString('utf8', position + 46, position + 46 + nameLength), unpackedSize });
    position += 46 + nameLength + extraLength + commentLength;
  }

  return entries;
}

function findEndRecord(bytes: Buffer): number | null {
  const lowest = Math.max(0, bytes.length - MAX_END_RECORD_DISTANCE);

  for (let position = bytes.length - 22; position >= lowest; position -= 1) {
    if (bytes.readUInt32LE(position) === END_OF_DIRECTORY) return position;
  }

  return null;
}
