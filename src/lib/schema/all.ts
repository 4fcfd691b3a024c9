// Every table's definition, registered in the registry (registry.ts): imported through `$lib/schema`
// by the pages and the code that work on all tables. Adding a table: its entry in tables/, its head in
// heads.ts, and one line here.
import { registerTables } from './registry';
import type { TableDef } from './define';
import { HEADS } from './heads';
import { districts } from './tables/districts';
import { communes } from './tables/communes';
import { targets } from './tables/targets';
import { districtTargets } from './tables/district-targets';
import { goals } from './tables/goals';
import { indicators } from './tables/indicators';
import { campaigns } from './tables/campaigns';
import { models } from './tables/models';
import { memberHouseholds } from './tables/member-households';
import { memberHouses } from './tables/member-houses';
import { ocopProducts } from './tables/ocop-products';
import { periods } from './tables/periods';
import { resultMeasures } from './tables/result-measures';
import { results } from './tables/results';
import { commendations } from './tables/commendations';
import { criteriaSets } from './tables/criteria-sets';
import { criteria } from './tables/criteria';
import { assessments } from './tables/assessments';
import { recognitions } from './tables/recognitions';
import { reports } from './tables/reports';
import { packages } from './tables/packages';
import { successions } from './tables/successions';
import { phases } from './tables/phases';

export const TABLES = [
	districts,
	communes,
	targets,
	districtTargets,
	goals,
	indicators,
	campaigns,
	models,
	memberHouseholds,
	memberHouses,
	ocopProducts,
	periods,
	resultMeasures,
	results,
	commendations,
	criteriaSets,
	criteria,
	assessments,
	recognitions,
	reports,
	packages,
	successions,
	phases
] as const;
registerTables(TABLES as unknown as TableDef[]);

// heads.ts names the same tables (the database's stores, the menu, the seeds): a table missing from
// either fails the type check here; tests/unit/registry-split.test.ts checks the order.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTables: Same<keyof typeof HEADS, (typeof TABLES)[number]['name']> = true;
void sameTables;
