// Importing this module registers the Vietnamese texts of the Excel import and export.
import { excel } from './vi/excel';
import { registerDictionary } from './translate';
// Workbooks hold every table, so the Excel code needs the texts of the association's tables too.
import './association-texts';
import './criteria-texts';
import './units-texts';
import './report-texts';
import './collect-texts';
import './results-texts';

registerDictionary('vi', excel);
