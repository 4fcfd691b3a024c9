// Writes tests/fixtures/workbook-v<SCHEMA_VERSION>.xlsx from the seed data: the exported format of
// this schema version, kept so later versions prove they still import it. Run once per schema version:
//   node tests/tools/excel-fixture.mjs
import { writeFileSync, existsSync } from 'node:fs';
import { withModules } from './excel-load.mjs';

await withModules(async (load) => {
	const { datasetToXlsx } = await load('/src/lib/excel/export.ts');
	const { SCHEMA_VERSION } = await load('/src/lib/schema/tables.ts');
	const { seedData } = await load('/seeds/index.ts');
	const path = new URL(`../tests/fixtures/workbook-v${SCHEMA_VERSION}.xlsx`, import.meta.url);
	if (existsSync(path) && !process.argv.includes('--force')) {
		console.log(`${path.pathname} exists; a fixture is written once per schema version (--force to overwrite).`);
		return;
	}
	const bytes = datasetToXlsx(seedData, {
		datasetId: 'fixture-v' + SCHEMA_VERSION,
		exportedAt: new Date('2025-06-30T08:00:00Z'),
		appVersion: '0.1.0',
		filters: ''
	});
	writeFileSync(path, bytes);
	console.log(`wrote ${path.pathname} (${bytes.length} bytes)`);
});
