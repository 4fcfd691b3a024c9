// Where the built app finds the seed files: Vite copies each JSON file as an asset and gives its URL,
// so the plan's data is fetched as data on the first run, not shipped as script.
import districts from './districts.json?url';
import communes from './communes.json?url';
import targets from './targets.json?url';
import districtTargets from './district-targets.json?url';
import goals from './goals.json?url';
import indicators from './indicators.json?url';

export const SEED_URLS = { districts, communes, targets, districtTargets, goals, indicators };
export { SEED_VERSION } from './version';
