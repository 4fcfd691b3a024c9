// The light part of every table's definition: its sheet position, its seed file and version, and its
// page (path, menu entry, menu group). Each table's entry (tables/<table>.ts) takes its part from here;
// the first page needs these for every table (the database's stores, the seed versions, the menu)
// without loading the tables' columns and rules (see registry.ts: which definitions are loaded where).
import type { TableDef } from './define';

export interface TableHead {
	sheetOrder: number;
	seed: TableDef['seed'];
	page?: TableDef['page'];
}

/** In the registry's order (all.ts checks it). */
export const HEADS = {
	// Version 2 adds the poor-district flag and the source of each district's region (rows marked seedRevised 2).
	districts: { sheetOrder: 6, seed: { file: 'districts.json', version: 2 }, page: {} },
	// Version 2: the units formed by the 2025 reforms (rows marked seedSince 2).
	communes: { sheetOrder: 2, seed: { file: 'communes.json', version: 2 }, page: { path: '/communes', nav: 'nav.communes' } },
	targets: { sheetOrder: 1, seed: { file: 'targets.json', version: 1 }, page: { path: '/targets', nav: 'nav.targets' } },
	districtTargets: { sheetOrder: 3, seed: { file: 'district-targets.json', version: 1 }, page: {} },
	// Version 2: the district units' starting point (3-4 units before 2024, implied by II.5.a).
	goals: { sheetOrder: 4, seed: { file: 'goals.json', version: 2 }, page: {} },
	// Version 2: the income indicator's baseline is a value (1 time the 2020 income), not a year.
	indicators: { sheetOrder: 5, seed: { file: 'indicators.json', version: 2 }, page: {} },
	campaigns: { sheetOrder: 10, seed: { file: 'campaigns.json', version: 1 }, page: { group: 'association' } },
	models: { sheetOrder: 11, seed: { file: 'models.json', version: 1 }, page: { group: 'association' } },
	memberHouseholds: { sheetOrder: 12, seed: { file: 'member-households.json', version: 1 }, page: { group: 'association' } },
	memberHouses: { sheetOrder: 13, seed: { file: 'member-houses.json', version: 1 }, page: { group: 'association' } },
	ocopProducts: { sheetOrder: 14, seed: { file: 'ocop-products.json', version: 1 }, page: { group: 'association' } },
	periods: { sheetOrder: 20, seed: { file: 'periods.json', version: 1 }, page: { group: 'association' } },
	resultMeasures: { sheetOrder: 21, seed: { file: 'result-measures.json', version: 1 }, page: { group: 'association' } },
	results: { sheetOrder: 15, seed: { file: 'results.json', version: 1 }, page: { group: 'association' } },
	commendations: { sheetOrder: 16, seed: { file: 'commendations.json', version: 1 }, page: { group: 'association' } },
	criteriaSets: { sheetOrder: 6.2, seed: { file: 'criteria-sets.json', version: 1 }, page: { group: 'plan' } },
	criteria: { sheetOrder: 6.3, seed: { file: 'criteria.json', version: 1 }, page: { group: 'plan' } },
	assessments: { sheetOrder: 6.15, seed: { file: 'assessments.json', version: 1 }, page: { path: '/criteria', nav: 'nav.criteria', group: 'plan' } },
	// A database of an earlier release keeps what its planner entered as commune levels and recognised targets.
	recognitions: { sheetOrder: 6.1, seed: { file: 'recognitions.json', version: 1, adopt: { from: ['communes', 'targets', 'districtTargets'], load: async () => (await import('$lib/domain/register-conversion')).adoptRegister } }, page: { path: '/recognitions', nav: 'nav.recognitions', group: 'plan' } },
	reports: { sheetOrder: 22, seed: { file: 'reports.json', version: 1 }, page: { path: '/reports', nav: 'nav.reports', group: 'association' } },
	packages: { sheetOrder: 40, seed: { file: 'packages.json', version: 1 }, page: { path: '/collect', nav: 'nav.collect', group: 'association' } },
	successions: { sheetOrder: 6.05, seed: { file: 'successions.json', version: 1 }, page: { group: 'plan' } },
	phases: { sheetOrder: 6.06, seed: { file: 'phases.json', version: 1 }, page: { path: '/phases', nav: 'nav.phases', group: 'plan' } }
} satisfies Record<string, TableHead>;

export type HeadName = keyof typeof HEADS;
/** Every table's name, in the registry's order: the database's stores, whole-dataset work. */
export const TABLE_NAMES = Object.keys(HEADS) as HeadName[];
