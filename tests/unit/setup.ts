// Unit tests see every text of both languages, as the app does once a feature and English are loaded.
import 'fake-indexeddb/auto';
import { en } from '../../src/lib/i18n/en';
import { registerDictionary } from '../../src/lib/i18n/translate';
import '../../src/lib/i18n/excel-texts';
import '../../src/lib/i18n/dashboard-texts';
import '../../src/lib/i18n/association-texts';
import '../../src/lib/i18n/help-texts';
import '../../src/lib/i18n/pages-texts';
import '../../src/lib/i18n/backup-texts';

registerDictionary('en', en);

// SheetJS loaded, as the parse worker has it once a read asks for it (excel/sheetjs.ts); the
// worker's reading without it is tested in excel-sheetjs-lazy.test.ts.
import { loadSheetJS } from '../../src/lib/excel/sheetjs';
await loadSheetJS();
