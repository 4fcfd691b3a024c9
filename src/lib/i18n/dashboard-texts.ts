// Importing this module registers the Vietnamese texts of the dashboard and its charts.
import { dashboard } from './vi/dashboard';
import { registerDictionary } from './translate';

registerDictionary('vi', dashboard);
