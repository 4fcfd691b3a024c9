// Importing this module registers the Vietnamese texts of the results entry page (/association/results)
// and of the packages' results sheets: loaded with them, not on the first page.
import { resultsEntry } from './vi/results-entry';
import { registerDictionary } from './translate';

registerDictionary('vi', resultsEntry);
