// Writes a fixture of the browser database exactly as the released 0.1.0 app leaves it after a
// planner has worked in it: edits on /targets, /communes and /plan, an added target, two deleted
// targets, and undo history with both undo and redo entries. A unit test restores it (see
// tests/unit/db-fixture.ts) so that later builds can prove they open a 0.1.0 database and keep
// every edit. Run once, against a build of the 0.1.0 release, not of the current sources.
//
//   node tests/tools/make-db-fixture.mjs <buildDir> <out.json>
//
// <buildDir> is the static build of release 0.1.0 (commit 021bc05). To make it, in a clone of the
// repository at commit 021bc05:
//
//   git clone <this repository> /tmp/v010 && cd /tmp/v010 && git checkout 021bc05
//   ln -s <this repository>/node_modules node_modules      # or `npm ci` if package-lock.json has
//                                                          # changed since 021bc05
//   npx svelte-kit sync && npx vite build                  # writes /tmp/v010/build
//
// then, from this repository's root:
//
//   node tests/tools/make-db-fixture.mjs /tmp/v010/build tests/fixtures/db-0.1.0.json
//
// The script serves <buildDir> with tests/tools/serve.mjs on port 4190, drives it in real Chromium
// through the UI (as the end-to-end tests do), waits after each action until IndexedDB holds the
// value, then dumps every object store with the native IndexedDB API. What it shares with the
// script of release 0.2.0 (make-db-fixture-0.2.0.mjs) is in db-fixture-driver.mjs.
import { makeFixture, poll, sleep } from './db-fixture-driver.mjs';

const [buildArg, outArg] = process.argv.slice(2);
if (!buildArg || !outArg) {
	console.error('usage: node tests/tools/make-db-fixture.mjs <buildDir> <out.json>');
	process.exit(2);
}
// 4190 is on the Fetch standard's list of blocked ports (ManageSieve): node's fetch() refuses it
// ("bad port"), so the driver's server check uses node:http. Chromium 156 loads it.
const PORT = 4190;

// The planner's data (ids from seeds/ of 0.1.0; all in Đại Lộc, district 506, so one filtered view holds them).
const T_STATUS = '2024-ntm-20503'; // Đại Sơn, NTM 2024: status -> recognised, decision date
const T_NOTES = '2024-ntm-20530'; // Đại Chánh, NTM 2024: notes
const T_CRITERIA = '2024-ntm-20533'; // Đại Tân, NTM 2024: criteriaMet
const T_UNDONE = '2024-nang_cao-20548'; // Đại Hòa, NTM nâng cao 2024: edited, then undone
const T_DELETE = ['2024-nang_cao-20506', '2025-nang_cao-20547']; // Đại Lãnh 2024, Đại An 2025
const C_CRITERIA = '20527'; // commune Đại Thạnh: criteriaMet
const C_RECOGNISED = '20503'; // commune Đại Sơn: recognisedLevel, recognisedYear
const GOAL = 'communes_ntm'; // goal: target 154 -> 160
const INDICATOR = 'ind-water-clean'; // indicator: actual '' -> '61,5'
const ADD = { commune: 'Đại Sơn (Đại Lộc)', communeId: '20503', level: 'kieu_mau', year: 2025 };

const NOTE = 'Đã rà soát hồ sơ, chờ thẩm định';

async function planner(s) {
	const { page, expectation } = s;
	// a. Targets: status (list editor), notes with diacritics, criteriaMet, decision date.
	console.log('targets: edits');
	await s.open('/targets?district=506');
	await s.pickIn(T_STATUS, 'status', 'Đã công nhận');
	await s.stored('targets', T_STATUS, 'status', 'recognised');
	await s.typeInto(T_NOTES, 'notes', NOTE);
	await s.stored('targets', T_NOTES, 'notes', NOTE);
	await s.typeInto(T_CRITERIA, 'criteriaMet', '17');
	await s.stored('targets', T_CRITERIA, 'criteriaMet', 17);
	await s.typeInto(T_STATUS, 'decisionDate', '15/03/2024');
	await s.stored('targets', T_STATUS, 'decisionDate', '2024-03-15');

	// d. Add a target through the form (Đại Sơn has no NTM kiểu mẫu target in 2025).
	console.log('targets: add');
	const before = new Set(await s.readKeys('targets'));
	await page.getByTestId('add-target').click();
	await page.getByTestId('add-commune').fill(ADD.commune);
	await page.getByTestId('add-level').selectOption(ADD.level);
	await page.getByTestId('add-year').fill(String(ADD.year));
	await page.getByTestId('add-submit').click();
	const after = await poll('the added target', () => s.readKeys('targets'), (keys) => keys.length === before.size + 1);
	const addedId = after.find((k) => !before.has(k));
	const added = await s.readRecord('targets', addedId);
	if (added.communeId !== ADD.communeId || added.level !== ADD.level || added.year !== ADD.year) {
		throw new Error(`the added target is not the one asked for: ${JSON.stringify(added)}`);
	}
	expectation.added.push({ table: 'targets', id: addedId });
	console.log(`  added targets/${addedId}`);

	// e. Delete two seeded targets: their row checkboxes, the delete button, the confirm dialog.
	console.log('targets: delete');
	for (const id of T_DELETE) {
		const box = page.locator(`[row-id="${id}"] .ag-selection-checkbox input[type="checkbox"]`).first();
		await box.click();
		await poll(`row ${id} selected`, () => box.isChecked(), Boolean);
	}
	await page.getByTestId('delete-rows').click();
	await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
	for (const id of T_DELETE) {
		await poll(`targets/${id} deleted`, () => s.readRecord('targets', id), (r) => r === null);
		expectation.deleted.push({ table: 'targets', id });
		console.log(`  deleted targets/${id}`);
	}

	// b. Communes: criteriaMet on one, recognised level and year on another.
	console.log('communes: edits');
	await s.open('/communes?district=506');
	await s.typeInto(C_CRITERIA, 'criteriaMet', '18');
	await s.stored('communes', C_CRITERIA, 'criteriaMet', 18);
	await s.pickIn(C_RECOGNISED, 'recognisedLevel', 'NTM');
	await s.stored('communes', C_RECOGNISED, 'recognisedLevel', 'ntm');
	await s.typeInto(C_RECOGNISED, 'recognisedYear', '2024');
	await s.stored('communes', C_RECOGNISED, 'recognisedYear', 2024);

	// c. Plan: a goal's target, an indicator's actual value (text, as the plan writes it).
	console.log('plan: edits');
	await s.open('/plan');
	await s.typeInto(GOAL, 'target', '160');
	await s.stored('goals', GOAL, 'target', 160);
	await s.typeInto(INDICATOR, 'actual', '61,5');
	await s.stored('indicators', INDICATOR, 'actual', '61,5');

	// f. One more edit, then Undo: the history keeps a redo entry and the value is gone.
	console.log('targets: edit, then undo');
	await s.open('/targets?district=506');
	const original = (await s.readRecord('targets', T_UNDONE)).criteriaMet;
	await s.typeInto(T_UNDONE, 'criteriaMet', '15');
	const edited = await poll('the edit to undo', () => s.readRecord('targets', T_UNDONE), (r) => r?.criteriaMet === 15);
	await page.getByTestId('undo').click();
	const undone = await poll('the undo', () => s.readRecord('targets', T_UNDONE), (r) => r?.criteriaMet === original);
	await poll('one redo entry', () => s.historyCounts(), (h) => h.redo === 1);
	expectation.undone = { table: 'targets', id: T_UNDONE, field: 'criteriaMet', valueBeforeUndo: edited.criteriaMet, valueAfterUndo: undone.criteriaMet };
	console.log(`  targets/${T_UNDONE}.criteriaMet ${edited.criteriaMet} -> undone -> ${JSON.stringify(undone.criteriaMet)}`);
	// Let the page settle (no write may follow the undo, or the redo entry would be discarded).
	await sleep(500);
	expectation.history = await s.historyCounts();
}

await makeFixture({
	buildDir: buildArg,
	outFile: outArg,
	port: PORT,
	release: '0.1.0',
	commit: '021bc05',
	madeBy: 'tests/tools/make-db-fixture.mjs (real Chromium driving the 0.1.0 build through its UI)',
	planner,
	check: (byName) => {
		for (const k of ['seeded', 'aliases', 'datasetId']) if (!byName.meta.keys.includes(k)) throw new Error(`meta has no ${k}`);
	}
});
