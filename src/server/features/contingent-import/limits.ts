/**
 * Largest import file. A school of 3,000 students with every passport column
 * makes an .xlsx of about 1 MB (the export of filled test passports takes 310
 * bytes a row) and, by estimate, a .csv of about 3 MB, so the limit leaves
 * room while keeping a whole file in memory cheap.
 */
export const MAX_IMPORT_FILE_MEGABYTES = 10;
export const MAX_IMPORT_FILE_BYTES = MAX_IMPORT_FILE_MEGABYTES * 1024 * 1024;

/** Most rows of students in one file: above the largest schools, so one file can contain a whole school. */
export const MAX_IMPORT_ROWS = 10_000;

/** Most columns read from a row; the contingent layout has about 60. */
export const MAX_IMPORT_COLUMNS = 300;

/**
 * Most bytes the parts of an .xlsx file may unpack to, as its zip directory
 * declares them. A sheet at MAX_IMPORT_ROWS with every column unpacks to
 * about 30 MB (an estimate: 10,000 rows of 60 cells of 50 bytes of XML), so
 * far more means a file built to exhaust memory.
 */
export const MAX_UNPACKED_XLSX_BYTES = 256 * 1024 * 1024;
