// The steps every release's database-fixture script takes the same way (tests/tools/make-db-fixture-0.2.0.mjs,
// make-db-fixture-0.3.0.mjs): the add form's helpers, then the district target, the plan's goal and
// indicator, the association's registers and results, and an undo and a redo. Each script keeps its
// own first steps (the targets and communes, which differ between releases) and its own ids.
import { poll, sleep } from './db-fixture-driver.mjs';

/** Fill a reference field of the add form and pick the named row in its list. */
export async function pickRef(page, field, typed, label) {
	await page.getByTestId(`add-${field}`).fill(typed);
	await page.locator('.choices button', { hasText: label }).first().click();
}

/** Open the add form, fill it (`fill(page)`), submit; the new row is recorded and returned. */
export async function addRow(s, table, fill) {
	return s.added(table, async () => {
		await s.page.getByTestId('add-row').click();
		await s.page.locator('form[data-testid="add-form"]').waitFor({ state: 'visible' });
		await fill(s.page);
		await s.page.getByTestId('add-submit').click();
	});
}

export function same(what, rec, want) {
	for (const [k, v] of Object.entries(want)) if (rec[k] !== v) throw new Error(`${what}: ${k} is ${JSON.stringify(rec[k])}, not ${JSON.stringify(v)}`);
}

/** Open a table page that may be empty (no row to wait for: its row counter instead). */
export async function openTable(s, name) {
	await s.page.goto(`${s.base}/tables/${name}`);
	await s.page.getByTestId('row-count').waitFor({ state: 'visible' });
}

/**
 * Steps c-f of a release's planner, on the ids `k` the script gives (DT_RECOGNISED, DT_DECISION, GOAL,
 * INDICATOR, DAI_LOC, PERIOD, M_COURSES, M_LAND, T_REDONE, T_UNDONE).
 */
export async function laterSteps(s, k) {
	const { page, expectation } = s;

	// c. District targets: Đại Lộc's NTM 2025 recognised, with its decision.
	console.log('district targets: edits');
	await s.open('/tables/districtTargets');
	await s.pickIn(k.DT_RECOGNISED, 'status', 'Đã công nhận');
	await s.stored('districtTargets', k.DT_RECOGNISED, 'status', 'recognised');
	await s.typeInto(k.DT_RECOGNISED, 'decisionNo', k.DT_DECISION);
	await s.stored('districtTargets', k.DT_RECOGNISED, 'decisionNo', k.DT_DECISION);
	await s.typeInto(k.DT_RECOGNISED, 'decisionDate', '20/06/2025');
	await s.stored('districtTargets', k.DT_RECOGNISED, 'decisionDate', '2025-06-20');
	await s.shot('district-targets');

	// d. Plan: a goal's target, an indicator's actual value (text, as the plan writes it).
	console.log('plan: edits');
	await s.open('/plan');
	await s.typeInto(k.GOAL, 'target', '160');
	await s.stored('goals', k.GOAL, 'target', 160);
	await s.typeInto(k.INDICATOR, 'actual', '61,5');
	await s.stored('indicators', k.INDICATOR, 'actual', '61,5');
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
	same('the added model', model, { communeId: '20527', districtId: k.DAI_LOC, name: 'Bên sọt rác nhà ta', runBy: 'association' });
	await s.waitForRows();
	await s.typeInto(model.id, 'participants', '25');
	await s.stored('models', model.id, 'participants', 25);

	await openTable(s, 'memberHouseholds');
	const households = await addRow(s, 'memberHouseholds', async (p) => {
		await pickRef(p, 'districtId', 'dai loc', 'Đại Lộc');
		await p.getByTestId('add-year').fill('2025');
	});
	same('the added member households', households, { districtId: k.DAI_LOC, year: 2025 });
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
	same('the added OCOP product', product, { communeId: '20512', districtId: k.DAI_LOC, name: 'Mật ong rừng Đại Hồng', stars: '3', year: 2024 });
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
	await s.open(`/association/results?period=${k.PERIOD}`);
	for (const [measure, typed, value] of [
		[k.M_COURSES, '12', 12],
		[k.M_LAND, '1.234,5', 1234.5]
	]) {
		const fig = await s.added('results', () => s.typeInto(k.DAI_LOC, measure, typed));
		same('the typed figure', fig, { districtId: k.DAI_LOC, periodId: k.PERIOD, measureId: measure });
		await s.stored('results', fig.id, 'value', value);
	}
	await s.shot('results');

	// f. Undo and redo with the keyboard: an edit undone and redone (it stays), then an edit
	// undone (the history keeps its redo entry and the value is gone).
	console.log('targets: undo and redo');
	await s.open('/targets?district=506');
	const redoneBefore = (await s.readRecord('targets', k.T_REDONE)).criteriaMet;
	await s.typeInto(k.T_REDONE, 'criteriaMet', '16');
	await poll('the edit to redo', () => s.readRecord('targets', k.T_REDONE), (r) => r?.criteriaMet === 16);
	await page.keyboard.press('Control+z');
	await poll('its undo', () => s.readRecord('targets', k.T_REDONE), (r) => r?.criteriaMet === redoneBefore);
	await page.keyboard.press('Control+y');
	await s.stored('targets', k.T_REDONE, 'criteriaMet', 16);
	await poll('no redo entry', () => s.historyCounts(), (h) => h.redo === 0);
	expectation.redone = { table: 'targets', id: k.T_REDONE, field: 'criteriaMet', valueBeforeUndo: 16, valueAfterUndo: redoneBefore };

	const original = (await s.readRecord('targets', k.T_UNDONE)).criteriaMet;
	await s.typeInto(k.T_UNDONE, 'criteriaMet', '15');
	const edited = await poll('the edit to undo', () => s.readRecord('targets', k.T_UNDONE), (r) => r?.criteriaMet === 15);
	await page.keyboard.press('Control+z');
	const undone = await poll('the undo', () => s.readRecord('targets', k.T_UNDONE), (r) => r?.criteriaMet === original);
	await poll('one redo entry', () => s.historyCounts(), (h) => h.redo === 1);
	expectation.undone = { table: 'targets', id: k.T_UNDONE, field: 'criteriaMet', valueBeforeUndo: edited.criteriaMet, valueAfterUndo: undone.criteriaMet };
	console.log(`  targets/${k.T_UNDONE}.criteriaMet ${edited.criteriaMet} -> undone -> ${JSON.stringify(undone.criteriaMet)}`);
	// Let the page settle (no write may follow the undo, or the redo entry would be discarded).
	await sleep(500);
	await s.shot('undo-redo');
	expectation.history = await s.historyCounts();
}
