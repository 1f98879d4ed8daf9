/**
 * The members of a ZIP archive (CEPII ships BACI as one: a CSV per year, the country and
 * product code lists and a readme), read from its central directory at the end of the file.
 * Members are stored or deflated, as every common archiver writes them; ZIP64 (archives past
 * 4 GiB) and encrypted members are refused with what to do.
 */
import { IngestError } from './types';

/** One file in an archive, and where its bytes are. */
export interface ZipMember {
  name: string;
  /** 0: stored as is; 8: deflated. */
  method: number;
  compressedSize: number;
  /** Its size once extracted, as the directory declares it (an archive may lie). */
  size: number;
  /** Offset of its local header, which the data follow. */
  localOffset: number;
}

/** Reads bytes `start` to `end` (exclusive) of the archive. */
export type ReadRange = (start: number, end: number) => Promise<Uint8Array>;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

/** True for the first bytes of a ZIP archive (and of the Office files built on one). */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

function refuse(name: string, why: string, code: string, params = {}): IngestError {
  return new IngestError(why, name, { code, params });
}

/** The members of the archive `name` of `size` bytes, directories and hidden files left out. */
export async function zipMembers(
  name: string,
  size: number,
  read: ReadRange,
): Promise<ZipMember[]> {
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const tail = await read(tailStart, size);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  const damaged =
    'is a ZIP archive that cannot be read (no table of contents at its end): it may be cut off or damaged; download it again';
  if (eocd < 0) throw refuse(name, damaged, 'zip_damaged');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff)
    throw refuse(
      name,
      'is a ZIP64 archive (over 4 GiB): extract the CSV files and open those',
      'zip64',
    );
  if (dirOffset + dirSize > size) throw refuse(name, damaged, 'zip_damaged');
  const dir = await read(dirOffset, dirOffset + dirSize);
  const d = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const members: ZipMember[] = [];
  for (let p = 0, n = 0; n < count; n++) {
    if (p + 46 > dir.length || d.getUint32(p, true) !== CENTRAL)
      throw refuse(name, damaged, 'zip_damaged');
    const flags = d.getUint16(p + 8, true);
    const method = d.getUint16(p + 10, true);
    const compressedSize = d.getUint32(p + 20, true);
    const size = d.getUint32(p + 24, true);
    const nameLength = d.getUint16(p + 28, true);
    const extraLength = d.getUint16(p + 30, true);
    const commentLength = d.getUint16(p + 32, true);
    const localOffset = d.getUint32(p + 42, true);
    const memberName = new TextDecoder().decode(dir.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    const base = memberName.split('/').pop() ?? '';
    if (memberName.endsWith('/') || memberName.startsWith('__MACOSX/') || base.startsWith('.'))
      continue;
    if (flags & 1)
      throw refuse(
        name,
        `holds ${memberName} encrypted: extract it with its password first`,
        'zip_encrypted',
        { member: memberName },
      );
    if (method !== 0 && method !== 8)
      throw refuse(
        name,
        `holds ${memberName} compressed in a way the app does not read (method ${method}): extract it first`,
        'zip_method',
        { member: memberName, method },
      );
    members.push({ name: memberName, method, compressedSize, size, localOffset });
  }
  // Spreadsheets and documents of LibreOffice (`mimetype`) and Microsoft Office
  // (`[Content_Types].xml`) are ZIP archives of XML parts, whatever their name.
  if (members.some((m) => m.name === 'mimetype' || m.name === '[Content_Types].xml'))
    throw refuse(
      name,
      'is an office document (a spreadsheet or text saved by LibreOffice, Excel or Word), not a table file: save the sheet as CSV (UTF-8) and open that',
      'office_document',
    );
  if (members.length === 0)
    throw refuse(
      name,
      'is a ZIP archive with no file in it (only folders or system files): choose the archive that holds the data',
      'zip_empty',
    );
  return members;
}

/** Where a member's data start: after its local header, whose name and extra field vary. */
export async function memberDataStart(member: ZipMember, read: ReadRange): Promise<number> {
  const header = await read(member.localOffset, member.localOffset + 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || view.getUint32(0, true) !== LOCAL)
    throw new Error(`no local header for ${member.name}`);
  return member.localOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
}
