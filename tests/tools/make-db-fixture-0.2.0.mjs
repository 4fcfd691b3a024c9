// Writes a fixture of the browser database exactly as the released 0.2.0 app leaves it after a
// planner has worked in it, through the UI only: edits on /targets, /communes, the district
// targets and /plan, the association's registers (a model, member households, an OCOP product, a
// commendation) and its results entry, added and deleted rows, and undo history with both undo
// and redo entries. tests/unit/migration-0.2.0.test.ts restores it (tests/unit/db-fixture.ts) so
// that later builds prove they open a 0.2.0 database and keep every edit. Run once, against a
// build of the 0.2.0 release (commit 20bd451), not of the current sources:
//
//   git worktree add /tmp/v020 20bd451 && cd /tmp/v020 && npm ci --no-audit --no-fund
//   BUILD_DIR=/tmp/v020-build KIT_OUT_DIR=.svelte-kit-v020 npx vite build --logLevel warn
//
// then, from this repository's root:
//
//   node tests/tools/make-db-fixture-0.2.0.mjs /tmp/v020-build tests/fixtures/db-0.2.0.json
//
// It serves the build on port 4191, drives it in real Chromium (db-fixture-driver.mjs, shared
// with the 0.1.0 script), waits after each action until IndexedDB holds the value, then dumps
// every object store with the native IndexedDB API.
import { makeFixture, poll } from './db-fixture-driver.mjs';
import { addRow, pickRef, same, laterSteps } from './db-fixture-steps.mjs';

const [buildArg, outArg] = process.argv.slice(2);
if (!buildArg || !outArg) {
	console.error('usage: node tests/tools/make-db-fixture-0.2.0.mjs <buildDir> <out.json>');
	process.exit(2);
}
const PORT = 4191;

// The planner's data: ids from seeds/ of 0.2.0, in Đại Lộc (district 506) so one filtered view
// holds them.
const T_RECOGNISED = '2024-ntm-20503'; // Đại Sơn, NTM 2024: status -> recognised, decision number and date
const T_CRITERIA = '2024-ntm-20533'; // Đại Tân, NTM 2024: criteriaMet 17
const T_NOTES = '2024-ntm-20530'; // Đại Chánh, NTM 2024: notes
const T_DELETE = '2024-nang_cao-20506'; // Đại Lãnh, NTM nâng cao 2024: deleted
const T_REDONE = '2024-nang_cao-20542'; // Đại Thắng, NTM nâng cao 2024: edited, undone, redone
const T_UNDONE = '2024-nang_cao-20548'; // Đại Hòa, NTM nâng cao 2024: edited, then undone
const ADD_TARGET = { commune: 'Đại Sơn', choice: 'Đại Sơn (Đại Lộc)', communeId: '20503', level: 'kieu_mau', year: 2025 };
const C_RAISED = '20503'; // commune Đại Sơn (no level in the seed): NTM nâng cao, 2023
const C_CRITERIA = '20527'; // commune Đại Thạnh: criteriaMet 18
const C_CLEARED = '20515'; // commune Đại Đồng (seeded 'ntm'): level emptied
const C_HAMLETS = '20530'; // commune Đại Chánh: hamlets total and model hamlets
const DT_RECOGNISED = '2025-ntm-506'; // district target: Đại Lộc NTM 2025 recognised, with its decision
const GOAL = 'communes_ntm'; // goal: target 154 -> 160
const INDICATOR = 'ind-water-clean'; // indicator: actual '' -> '61,5'
const DAI_LOC = '506';
const PERIOD = '2025-h1';
const M_COURSES = 'kq-lop-tap-huan'; // training courses (lớp)
const M_LAND = 'kq-hien-dat'; // land given (m²)

const NOTE = 'Đã rà soát hồ sơ, chờ thẩm định';
const DECISION = '1234/QĐ-UBND';
const DT_DECISION = '567/QĐ-TTg';

async function planner(s) {
	const { page } = s;

	// a. Targets: status (list editor), decision number and date, criteria met, a note, an added
	// target and a deleted one.
	console.log('targets: edits');
	await s.open('/targets?district=506');
	await s.pickIn(T_RECOGNISED, 'status', 'Đã công nhận');
	await s.stored('targets', T_RECOGNISED, 'status', 'recognised');
	await s.typeInto(T_RECOGNISED, 'decisionNo', DECISION);
	await s.stored('targets', T_RECOGNISED, 'decisionNo', DECISION);
	await s.typeInto(T_RECOGNISED, 'decisionDate', '15/03/2024');
	await s.stored('targets', T_RECOGNISED, 'decisionDate', '2024-03-15');
	await s.typeInto(T_CRITERIA, 'criteriaMet', '17');
	await s.stored('targets', T_CRITERIA, 'criteriaMet', 17);
	await s.typeInto(T_NOTES, 'notes', NOTE);
	await s.stored('targets', T_NOTES, 'notes', NOTE);

	console.log('targets: add');
	const target = await addRow(s, 'targets', async (p) => {
		await pickRef(p, 'communeId', ADD_TARGET.commune, ADD_TARGET.choice);
		await p.getByTestId('add-level').selectOption(ADD_TARGET.level);
		await p.getByTestId('add-year').fill(String(ADD_TARGET.year));
	});
	same('the added target', target, { communeId: ADD_TARGET.communeId, districtId: DAI_LOC, level: ADD_TARGET.level, year: ADD_TARGET.year });

	console.log('targets: delete');
	const box = page.locator(`[row-id="${T_DELETE}"] .ag-selection-checkbox input[type="checkbox"]`).first();
	await box.click();
	await poll(`row ${T_DELETE} selected`, () => box.isChecked(), Boolean);
	await page.getByTestId('delete-rows').click();
	await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
	await s.deleted('targets', T_DELETE);
	await s.shot('targets');

	// b. Communes: recognised level and year on one, criteria met on another, a seeded level
	// emptied on a third, hamlets on a fourth.
	console.log('communes: edits');
	await s.open('/communes?district=506');
	await s.pickIn(C_RAISED, 'recognisedLevel', 'NTM nâng cao');
	await s.stored('communes', C_RAISED, 'recognisedLevel', 'nang_cao');
	await s.typeInto(C_RAISED, 'recognisedYear', '2023');
	await s.stored('communes', C_RAISED, 'recognisedYear', 2023);
	await s.typeInto(C_CRITERIA, 'criteriaMet', '18');
	await s.stored('communes', C_CRITERIA, 'criteriaMet', 18);
	if ((await s.readRecord('communes', C_CLEARED)).recognisedLevel !== 'ntm') throw new Error(`communes/${C_CLEARED} is not seeded 'ntm'`);
	// The list's empty choice (the first item: the level is not required).
	await s.cell(C_CLEARED, 'recognisedLevel').dblclick();
	await page.locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
	await page.locator('.ag-select-list .ag-list-item').first().click();
	await s.stored('communes', C_CLEARED, 'recognisedLevel', null, (v) => v == null || v === '');
	await s.typeInto(C_HAMLETS, 'hamletsTotal', '9');
	await s.stored('communes', C_HAMLETS, 'hamletsTotal', 9);
	await s.typeInto(C_HAMLETS, 'modelHamlets', '2');
	await s.stored('communes', C_HAMLETS, 'modelHamlets', 2);
	await s.shot('communes');

	await laterSteps(s, { DT_RECOGNISED, DT_DECISION, GOAL, INDICATOR, DAI_LOC, PERIOD, M_COURSES, M_LAND, T_REDONE, T_UNDONE });
}

await makeFixture({
	buildDir: buildArg,
	outFile: outArg,
	port: PORT,
	release: '0.2.0',
	commit: '20bd451',
	madeBy: 'tests/tools/make-db-fixture-0.2.0.mjs (real Chromium driving the 0.2.0 build through its UI)',
	planner,
	check: (byName, expectation) => {
		for (const k of ['seedState', 'aliases', 'datasetId']) if (!byName.meta.keys.includes(k)) throw new Error(`meta has no ${k}`);
		const r = expectation.redone;
		const rec = byName[r.table].records[byName[r.table].keys.indexOf(r.id)];
		if (rec?.[r.field] !== r.valueBeforeUndo) throw new Error('the redone value is not in the data');
	}
});
