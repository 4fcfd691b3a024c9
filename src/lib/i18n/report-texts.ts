// Importing this module registers the Vietnamese texts of the periodic reports (the /reports page,
// the report workbook and the figures' labels): imported by the report code, which loads on demand.
import { report } from './vi/report';
import { registerDictionary } from './translate';

registerDictionary('vi', report);
