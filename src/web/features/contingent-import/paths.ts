/** The page of the contingent import, under the contingent list so that the list's menu item stays highlighted. */
export const CONTINGENT_IMPORT_PATH = '/contingent/import';
