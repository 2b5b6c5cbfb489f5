import type { BenchCase } from '../support/context.js';
import { bulkActionsCase } from './bulk-actions.js';
import { contingentListCase } from './contingent-list.js';
import { excelExportCase } from './excel-export.js';
import { fiftySchoolsCase } from './fifty-schools.js';
import { graduationSizesCase } from './graduation-sizes.js';
import { regionYearEndCase } from './region-year-end.js';
import { statementsCase } from './statements.js';

/**
 * Every case of `npm run bench`, in the order they run at each stage. Add a
 * case as one file under bench/cases and one entry here. Cases that change
 * many students come last: the year-end of region 1 moves the whole region.
 */
export const BENCH_CASES: BenchCase[] = [contingentListCase, bulkActionsCase, statementsCase, graduationSizesCase, excelExportCase, fiftySchoolsCase, regionYearEndCase];
