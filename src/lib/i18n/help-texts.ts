// Importing this module registers the Vietnamese texts of the help page (loaded with that page).
import { help } from './vi/help';
import { registerDictionary } from './translate';

registerDictionary('vi', help);
