// Importing this module registers the Vietnamese texts of units over time (successions, phases,
// the map switch): imported by the pages and the Excel code that show those tables.
import { units } from './vi/units';
import { registerDictionary } from './translate';

registerDictionary('vi', units);
