// Importing this module registers the Vietnamese texts of the district packages and the collection
// board: imported by the board (/collect) and by the Excel code (the packages table is a sheet).
import { collect } from './vi/collect';
import { registerDictionary } from './translate';

registerDictionary('vi', collect);
