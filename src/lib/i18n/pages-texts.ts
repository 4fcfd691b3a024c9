// Importing this module registers the Vietnamese texts of the pages after the first one (the table
// list, the plan page, the add form): loaded with those pages.
import { pages } from './vi/pages';
import { registerDictionary } from './translate';

registerDictionary('vi', pages);
