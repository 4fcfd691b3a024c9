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
// It serves the build on port 4191 (or $PORT), drives it in real Chromium (db-fixture-driver.mjs, shared
// with the 0.1.0 script), waits after each action until IndexedDB holds the value, then dumps
// every object store with the native IndexedDB API.
import { makeFixture, poll, sleep } from './db-fixture-driver.mjs';

const [buildArg, outArg] = process.argv.slice(2);
if (!buildArg || !outArg) {
	console.error('usage: node tests/tools/make-db-fixture-0.3.0.mjs <buildDir> <out.json>');
	process.exit(2);
}
const PORT = Number(process.env.PORT ?? 4191);

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

/** Fill a reference field of the add form and pick the named row in its list. */
async function pickRef(page, field, typed, label) {
	await page.getByTestId(`add-${field}`).fill(typed);
	await page.locator('.choices button', { hasText: label }).first().click();
}

/** Open the add form, fill it (`fill(page)`), submit; the new row is recorded and returned. */
async function addRow(s, table, fill) {
	return s.added(table, async () => {
		await s.page.getByTestId('add-row').click();
		await s.page.locator('form[data-testid="add-form"]').waitFor({ state: 'visible' });
		await fill(s.page);
		await s.page.getByTestId('add-submit').click();
	});
}

function same(what, rec, want) {
	for (const [k, v] of Object.entries(want)) if (rec[k] !== v) throw new Error(`${what}: ${k} is ${JSON.stringify(rec[k])}, not ${JSON.stringify(v)}`);
}

/** Open a table page that may be empty (no row to wait for: its row counter instead). */
async function openTable(s, name) {
	await s.page.goto(`${s.base}/tables/${name}`);
	await s.page.getByTestId('row-count').waitFor({ state: 'visible' });
}

async function planner(s) {
	const { page, expectation } = s;

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

	// c. District targets: Đại Lộc's NTM 2025 recognised, with its decision.
	console.log('district targets: edits');
	await s.open('/tables/districtTargets');
	await s.pickIn(DT_RECOGNISED, 'status', 'Đã công nhận');
	await s.stored('districtTargets', DT_RECOGNISED, 'status', 'recognised');
	await s.typeInto(DT_RECOGNISED, 'decisionNo', DT_DECISION);
	await s.stored('districtTargets', DT_RECOGNISED, 'decisionNo', DT_DECISION);
	await s.typeInto(DT_RECOGNISED, 'decisionDate', '20/06/2025');
	await s.stored('districtTargets', DT_RECOGNISED, 'decisionDate', '2025-06-20');
	await s.shot('district-targets');

	// d. Plan: a goal's target, an indicator's actual value (text, as the plan writes it).
	console.log('plan: edits');
	await s.open('/plan');
	await s.typeInto(GOAL, 'target', '160');
	await s.stored('goals', GOAL, 'target', 160);
	await s.typeInto(INDICATOR, 'actual', '61,5');
	await s.stored('indicators', INDICATOR, 'actual', '61,5');
	await s.shot('plan');

	// e. The association's registers: a model, member households, an OCOP product (added, its
	// stars raised), a commendation; two figures on the results entry page.
	console.log('association: registers');
	await page.goto(`${s.base}/association`);
	await page.getByTestId('table-link-models').click();
	await page.getByTestId('row-count').waitFor({ state: 'visible' });
	const model = await addRow(s, 'models', async (p) => {
		await pickRef(p, 'communeId', 'Đại Thạnh', 'Đại Thạnh (Đại Lộc)');
		await p.getByTestId('add-name').fill('Bên sọt rác nhà ta');
		await p.getByTestId('add-runBy').selectOption('association');
	});
	same('the added model', model, { communeId: '20527', districtId: DAI_LOC, name: 'Bên sọt rác nhà ta', runBy: 'association' });
	await s.waitForRows();
	await s.typeInto(model.id, 'participants', '25');
	await s.stored('models', model.id, 'participants', 25);

	await openTable(s, 'memberHouseholds');
	const households = await addRow(s, 'memberHouseholds', async (p) => {
		await pickRef(p, 'districtId', 'dai loc', 'Đại Lộc');
		await p.getByTestId('add-year').fill('2025');
	});
	same('the added member households', households, { districtId: DAI_LOC, year: 2025 });
	await s.waitForRows();
	await s.typeInto(households.id, 'households', '1250');
	await s.stored('memberHouseholds', households.id, 'households', 1250);
	await s.typeInto(households.id, 'poor', '12');
	await s.stored('memberHouseholds', households.id, 'poor', 12);

	await openTable(s, 'ocopProducts');
	const product = await addRow(s, 'ocopProducts', async (p) => {
		await pickRef(p, 'communeId', 'Đại Hồng', 'Đại Hồng (Đại Lộc)');
		await p.getByTestId('add-name').fill('Mật ong rừng Đại Hồng');
		await p.getByTestId('add-stars').selectOption('3');
		await p.getByTestId('add-year').fill('2024');
	});
	same('the added OCOP product', product, { communeId: '20512', districtId: DAI_LOC, name: 'Mật ong rừng Đại Hồng', stars: '3', year: 2024 });
	await s.waitForRows();
	await s.pickIn(product.id, 'stars', '4 sao');
	await s.stored('ocopProducts', product.id, 'stars', '4');
	await s.shot('ocop-products');

	await openTable(s, 'commendations');
	const commendation = await addRow(s, 'commendations', async (p) => {
		await p.getByTestId('add-kind').selectOption('collective');
		await p.getByTestId('add-recipient').fill('Hội CCB xã Đại Sơn');
		// The field "form" (hình thức) has the test id of the form itself (add-form): the select is meant.
		await p.locator('select[data-testid="add-form"]').selectOption('giay_khen');
		await p.getByTestId('add-level').selectOption('district');
	});
	same('the added commendation', commendation, { kind: 'collective', recipient: 'Hội CCB xã Đại Sơn', form: 'giay_khen', level: 'district' });
	await s.waitForRows();
	await s.shot('commendations');

	console.log('association: results');
	await s.open(`/association/results?period=${PERIOD}`);
	for (const [measure, typed, value] of [
		[M_COURSES, '12', 12],
		[M_LAND, '1.234,5', 1234.5]
	]) {
		const fig = await s.added('results', () => s.typeInto(DAI_LOC, measure, typed));
		same('the typed figure', fig, { districtId: DAI_LOC, periodId: PERIOD, measureId: measure });
		await s.stored('results', fig.id, 'value', value);
	}
	await s.shot('results');

	// f. Undo and redo with the keyboard: an edit undone and redone (it stays), then an edit
	// undone (the history keeps its redo entry and the value is gone).
	console.log('targets: undo and redo');
	await s.open('/targets?district=506');
	const redoneBefore = (await s.readRecord('targets', T_REDONE)).criteriaMet;
	await s.typeInto(T_REDONE, 'criteriaMet', '16');
	await poll('the edit to redo', () => s.readRecord('targets', T_REDONE), (r) => r?.criteriaMet === 16);
	await page.keyboard.press('Control+z');
	await poll('its undo', () => s.readRecord('targets', T_REDONE), (r) => r?.criteriaMet === redoneBefore);
	await page.keyboard.press('Control+y');
	await s.stored('targets', T_REDONE, 'criteriaMet', 16);
	await poll('no redo entry', () => s.historyCounts(), (h) => h.redo === 0);
	expectation.redone = { table: 'targets', id: T_REDONE, field: 'criteriaMet', valueBeforeUndo: 16, valueAfterUndo: redoneBefore };

	const original = (await s.readRecord('targets', T_UNDONE)).criteriaMet;
	await s.typeInto(T_UNDONE, 'criteriaMet', '15');
	const edited = await poll('the edit to undo', () => s.readRecord('targets', T_UNDONE), (r) => r?.criteriaMet === 15);
	await page.keyboard.press('Control+z');
	const undone = await poll('the undo', () => s.readRecord('targets', T_UNDONE), (r) => r?.criteriaMet === original);
	await poll('one redo entry', () => s.historyCounts(), (h) => h.redo === 1);
	expectation.undone = { table: 'targets', id: T_UNDONE, field: 'criteriaMet', valueBeforeUndo: edited.criteriaMet, valueAfterUndo: undone.criteriaMet };
	console.log(`  targets/${T_UNDONE}.criteriaMet ${edited.criteriaMet} -> undone -> ${JSON.stringify(undone.criteriaMet)}`);
	// Let the page settle (no write may follow the undo, or the redo entry would be discarded).
	await sleep(500);
	await s.shot('undo-redo');
	expectation.history = await s.historyCounts();
}

await makeFixture({
	buildDir: buildArg,
	outFile: outArg,
	port: PORT,
	release: '0.3.0',
	commit: 'a946379',
	madeBy: 'tests/tools/make-db-fixture-0.3.0.mjs (real Chromium driving the 0.3.0 build through its UI)',
	planner,
	check: (byName, expectation) => {
		for (const k of ['seedState', 'aliases', 'datasetId']) if (!byName.meta.keys.includes(k)) throw new Error(`meta has no ${k}`);
		const r = expectation.redone;
		const rec = byName[r.table].records[byName[r.table].keys.indexOf(r.id)];
		if (rec?.[r.field] !== r.valueBeforeUndo) throw new Error('the redone value is not in the data');
	}
});
