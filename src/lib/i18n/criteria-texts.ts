// Importing this module registers the Vietnamese texts of the criteria sets, the criteria matrix
// and the recognitions: imported by the pages and the Excel code that show those tables.
import { criteria } from './vi/criteria';
import { registerDictionary } from './translate';

registerDictionary('vi', criteria);
