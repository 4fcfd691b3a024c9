// Importing this module registers the Vietnamese texts of the Excel import and export.
import { excel } from './vi/excel';
import { registerDictionary } from './translate';

registerDictionary('vi', excel);
