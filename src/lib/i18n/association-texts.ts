// Importing this module registers the Vietnamese texts of the association's registers (their
// titles, columns and lists): imported by the pages and the Excel code that show those tables.
import { association } from './vi/association';
import { registerDictionary } from './translate';

registerDictionary('vi', association);
