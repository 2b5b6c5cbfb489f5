import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter } from '../../src/server/features/contingent-import/read-csv.js';
import { readSheet } from '../../src/server/features/contingent-import/read-sheet.js';
import { sniffFile } from '../../src/server/features/contingent-import/sniff-file.js';
import { AppError } from '../../src/server/http/errors.js';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Encodes text in Windows-1251, the code page of Russian Windows, for the Cyrillic letters it has. */
function windows1251(text: string): Buffer {
  return Buffer.from([...text].map((character) => {
    const code = character.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no Windows-1251 byte for ${character}`);
  }));
}

describe('sniffFile', () => {
  it('tells containers and text by their first bytes', () => {
    expect(sniffFile(Buffer.from('PK\u0003\u0004rest'))).toBe('xlsx');
    expect(sniffFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('xls');
    expect(sniffFile(Buffer.from('ИИН;Фамилия\r\n'))).toBe('text');
    expect(sniffFile(Buffer.from([0xff, 0xfe, 0x18, 0x04]))).toBe('text');
    expect(sniffFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('other');
    expect(sniffFile(Buffer.from('%PDF-1.7\n%\u0000\u0001'))).toBe('other');
  });
});

describe('CSV decoding', () => {
  it('reads UTF-8 with a byte-order mark and Windows-1251', () => {
    expect(decodeText(Buffer.from('\uFEFFИИН;Әлем', 'utf8'))).toBe('ИИН;Әлем');
    expect(decodeText(windows1251('ИИН;Фамилия'))).toBe('ИИН;Фамилия');
  });

  it('picks the separator of the header', () => {
    expect(detectDelimiter('Школа, №5\nИИН;Фамилия;Имя;Параллель\n1;2;3;4')).toBe(';');
    expect(detectDelimiter('ИИН,Фамилия,Имя\n')).toBe(',');
    expect(detectDelimiter('ИИН\tФамилия\tИмя\n')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
  });
});

describe('readSheet', () => {
  it('reads cell types of an .xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Лист');
    sheet.addRow(['ИИН', 'Фамилия', 'Дата']);
    sheet.addRow([80401621889, { richText: [{ text: 'Әлі' }, { text: 'бекова' }] }, new Date(Date.UTC(2008, 3, 1))]);
    sheet.getCell('C2').numFmt = 'dd.mm.yyyy';
    sheet.addRow([]);
    sheet.addRow(['x', { formula: '1+1', result: 2 }]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const file = await readSheet(bytes);

    expect(file.type).toBe('xlsx');
    expect(file.rows).toEqual([
      { number: 1, cells: ['ИИН', 'Фамилия', 'Дата'] },
      { number: 2, cells: [80401621889, 'Әлібекова', new Date(Date.UTC(2008, 3, 1))] },
      { number: 4, cells: ['x', 2] },
    ]);
  });

  it('reads a CSV in Windows-1251 with semicolons and keeps line numbers', async () => {
    const file = await readSheet(windows1251('ИИН;Фамилия\r\n\r\n080401621889;Иванова\r\n'));

    expect(file).toEqual({ type: 'csv', rows: [{ number: 1, cells: ['ИИН', 'Фамилия'] }, { number: 3, cells: ['080401621889', 'Иванова'] }] });
  });

  it('rejects files it cannot read', async () => {
    expect((await rejection(readSheet(Buffer.alloc(0)))).code).toBe('import.file_empty');
    expect((await rejection(readSheet(Buffer.from('\r\n \r\n')))).code).toBe('import.file_empty');
    expect((await rejection(readSheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2])))).code).toBe('import.xls_not_supported');
    expect((await rejection(readSheet(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])))).code).toBe('import.not_spreadsheet');
    expect((await rejection(readSheet(Buffer.from('PK\u0003\u0004 not really a zip')))).code).toBe('import.file_unreadable');
    const csv = await rejection(readSheet(Buffer.from('ИИН;Фамилия\n1;"Ахметов\n')));
    expect(csv.code).toBe('import.csv_syntax');
    expect(csv.params).toEqual({ row: 2 });
  });

  it('rejects a file over 10 MB with status 413', async () => {
    const error = await rejection(readSheet(Buffer.alloc(20 * 1024 * 1024, 'a')));

    expect(error.status).toBe(413);
    expect(error.code).toBe('import.file_too_large');
    expect(error.params).toEqual({ maxMegabytes: 10 });
  });
});
