// Measures Excel export and import in node: the plan's data, then 10,000 and 64,000 target rows.
//   node tests/tools/excel-bench.mjs
import 'fake-indexeddb/auto';
import * as XLSX from 'xlsx';
import { withModules } from './excel-load.mjs';

const ms = (t) => Math.round(performance.now() - t);

await withModules(async (load) => {
	const { buildDatasetWorkbook } = await load('/src/lib/excel/workbook-write.ts');
	const { patchXlsx } = await load('/src/lib/excel/ooxml-patch.ts');
	const { parseWorkbookBytes } = await load('/src/lib/excel/read.ts');
	const { buildPreview } = await load('/src/lib/excel/preview.ts');
	const { NtmDatabase } = await load('/src/lib/db/database.ts');
	const { TABLE_NAMES } = await load('/src/lib/schema/registry.ts');
	const { seedData } = await load('/seeds/index.ts');
	const info = { datasetId: 'bench', exportedAt: new Date(), appVersion: '0.1.0', filters: '' };
	const sizes = [null, 10_000, 64_000];
	console.log('| data | target rows | build wb | XLSX.write | OOXML patch | file | parse | preview | ');
	for (const n of sizes) {
		const data = structuredClone(seedData);
		if (n) {
			const base = data.targets;
			data.targets = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], id: `t-bench-${i}`, year: 2000 + (i % 100), notes: `ghi chú số ${i}` }));
		}
		let t = performance.now();
		const { wb, patches } = buildDatasetWorkbook(data, info);
		const tBuild = ms(t);
		t = performance.now();
		const raw = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }));
		const tWrite = ms(t);
		t = performance.now();
		const bytes = patchXlsx(raw, patches, { errorTitle: 'x', error: 'y' });
		const tPatch = ms(t);
		t = performance.now();
		const parsed = parseWorkbookBytes(bytes, 'bench.xlsx');
		const tParse = ms(t);
		if ('error' in parsed) throw new Error(parsed.error.message);
		const db = new NtmDatabase('bench-' + Math.random());
		for (const tn of TABLE_NAMES) await db.table_(tn).bulkAdd(structuredClone(data[tn]));
		t = performance.now();
		const preview = await buildPreview(db, parsed);
		const tPreview = ms(t);
		if (preview.errorCount || preview.rows.length) throw new Error('bench round trip not clean: ' + preview.issues[0]?.message);
		console.log(`| ${n ? 'plan + generated' : 'plan (seed)'} | ${data.targets.length} | ${tBuild} ms | ${tWrite} ms | ${tPatch} ms | ${(bytes.length / 1048576).toFixed(2)} MB | ${tParse} ms | ${tPreview} ms |`);
		db.close();
	}
});
