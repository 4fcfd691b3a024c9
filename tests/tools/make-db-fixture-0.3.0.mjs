// Writes a fixture of the browser database exactly as the released 0.3.0 app leaves it after a
// planner has worked in it, through the UI only: edits on /targets, /communes, the district
// targets and /plan, the association's registers (a model, member households, an OCOP product, a
// commendation) and its results entry, added and deleted rows, and undo history with both undo
// and redo entries. tests/unit/migration-0.3.0.test.ts restores it (tests/unit/db-fixture.ts) so
// that later builds prove they open a 0.3.0 database and keep every edit. Run once, against a
// build of the 0.3.0 release (main at commit a946379, before the paged storage), not of the current
// sources:
//
//   git worktree add /tmp/v030 a946379 && cd /tmp/v030 && npm ci --no-audit --no-fund
//   BUILD_DIR=/tmp/v030-build KIT_OUT_DIR=.svelte-kit-v030 npx vite build --logLevel warn
//
// then, from this repository's root:
//
//   node tests/tools/make-db-fixture-0.3.0.mjs /tmp/v030-build tests/fixtures/db-0.3.0.json
//
// The same session makes the fixture of 0.4.0 (the paged storage, database version 4), against a
// build of main at 64ed295: FIXTURE_RELEASE=0.4.0 FIXTURE_COMMIT=64ed295 node tests/tools/make-db-fixture-0.3.0.mjs
// /tmp/v040-build tests/fixtures/db-0.4.0.json (the driver reads the rows from their pages there); and
// that of 0.5.0 against a build of main at 19d1b90 (FIXTURE_RELEASE=0.5.0 FIXTURE_COMMIT=19d1b90).
//
// It serves the build on port 4191 (or $PORT), drives it in real Chromium (db-fixture-driver.mjs, shared
// with the 0.1.0 script), waits after each action until IndexedDB holds the value, then dumps
// every object store with the native IndexedDB API.
import { makeFixture, poll } from './db-fixture-driver.mjs';
import { addRow, pickRef, same, laterSteps } from './db-fixture-steps.mjs';

const [buildArg, outArg] = process.argv.slice(2);
if (!buildArg || !outArg) {
	console.error('usage: node tests/tools/make-db-fixture-0.3.0.mjs <buildDir> <out.json>');
	process.exit(2);
}
const PORT = Number(process.env.PORT ?? 4191);
const RELEASE = process.env.FIXTURE_RELEASE ?? '0.3.0';

// The planner's data: ids from seeds/ of 0.3.0, in Đại Lộc (district 506) so one filtered view
// holds them.
const T_RECOGNISED = '2024-ntm-20503'; // Đại Sơn, NTM 2024: status -> recognised, decision number and date
const T_CRITERIA = '2024-ntm-20533'; // Đại Tân, NTM 2024: criteriaMet 17
const T_NOTES = '2024-ntm-20530'; // Đại Chánh, NTM 2024: notes
const T_DELETE = '2024-nang_cao-20506'; // Đại Lãnh, NTM nâng cao 2024: deleted
const T_REDONE = '2024-nang_cao-20542'; // Đại Thắng, NTM nâng cao 2024: edited, undone, redone
const T_UNDONE = '2024-nang_cao-20548'; // Đại Hòa, NTM nâng cao 2024: edited, then undone
const ADD_TARGET = { commune: 'Đại Sơn', choice: 'Đại Sơn (Đại Lộc)', communeId: '20503', level: 'kieu_mau', year: 2025 };
const C_CRITERIA = '20527'; // commune Đại Thạnh: criteriaMet 18
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

/** 0.3.0's dialog when a status becomes "recognised": the decision number and date, saved. */
async function answerRecognition(page, no, date) {
	const dialog = page.getByTestId('recognise-dialog');
	await dialog.waitFor({ state: 'visible' });
	await dialog.getByTestId('recognise-no').fill(no);
	await dialog.getByTestId('recognise-date').fill(date);
	await dialog.getByTestId('recognise-save').click();
	await dialog.waitFor({ state: 'hidden' });
}

async function planner(s) {
	const { page } = s;

	// a. Targets: status (list editor), decision number and date, criteria met, a note, an added
	// target and a deleted one.
	console.log('targets: edits');
	await s.open('/targets?district=506');
	// 0.3.0 asks for the decision when a status becomes "recognised" (and records a recognition).
	await s.pickIn(T_RECOGNISED, 'status', 'Đã công nhận');
	const recognition = await s.added('recognitions', () => answerRecognition(page, DECISION, '15/03/2024'));
	same('the recognition', recognition, { communeId: '20503', decisionNo: DECISION, decisionDate: '2024-03-15' });
	await s.stored('targets', T_RECOGNISED, 'status', 'recognised');
	await s.stored('recognitions', recognition.id, 'decisionNo', DECISION);
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

	// b. Communes: criteria met on one, hamlets on another.
	console.log('communes: edits');
	await s.open('/communes?district=506');
	// 0.3.0 derives a commune's recognised level and year from the register of recognitions
	// (read-only here); criteria met and hamlets are typed.
	await s.typeInto(C_CRITERIA, 'criteriaMet', '18');
	await s.stored('communes', C_CRITERIA, 'criteriaMet', 18);
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
	release: RELEASE,
	commit: process.env.FIXTURE_COMMIT ?? 'a946379',
	madeBy: `tests/tools/make-db-fixture-0.3.0.mjs (real Chromium driving the ${RELEASE} build through its UI)`,
	planner,
	check: (byName, expectation) => {
		for (const k of ['seedState', 'aliases', 'datasetId']) if (!byName.meta.keys.includes(k)) throw new Error(`meta has no ${k}`);
		const r = expectation.redone;
		const rec = byName[r.table].records[byName[r.table].keys.indexOf(r.id)];
		if (rec?.[r.field] !== r.valueBeforeUndo) throw new Error('the redone value is not in the data');
	}
});
