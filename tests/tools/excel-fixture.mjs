// Writes tests/fixtures/workbook-v<SCHEMA_VERSION>.xlsx from the seed data: the exported format of
// this schema version, kept so later versions prove they still import it. Run once per schema version:
//   node tests/tools/excel-fixture.mjs
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { withModules } from './excel-load.mjs';

await withModules(async (load) => {
	await load('/src/lib/i18n/excel-texts.ts'); // every table's Vietnamese labels, as the app's Excel code has them
	const { datasetToXlsx } = await load('/src/lib/excel/export.ts');
	const { SCHEMA_VERSION } = await load('/src/lib/schema/registry.ts');
	const { seedData } = await load('/seeds/index.ts');
	const path = new URL(`../fixtures/workbook-v${SCHEMA_VERSION}.xlsx`, import.meta.url);
	if (existsSync(path) && !process.argv.includes('--force')) {
		console.log(`${path.pathname} exists; a fixture is written once per schema version (--force to overwrite).`);
		return;
	}
	const bytes = datasetToXlsx(seedData, {
		datasetId: 'fixture-v' + SCHEMA_VERSION,
		exportedAt: new Date('2025-06-30T08:00:00Z'),
		appVersion: JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
		filters: ''
	});
	writeFileSync(path, bytes);
	console.log(`wrote ${path.pathname} (${bytes.length} bytes)`);
});
