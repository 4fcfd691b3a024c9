// Units over time (issue 15): the map in view, targets under the units of a later map, and the
// 2026-2030 phase drafted on the new units. In Chromium against the built app, fresh database.
import { test, expect } from '@playwright/test';
import { openFresh, waitForRows, cell, expectCount, readRecord } from './helpers';

const TAM_THANH_NC = '2024-nang_cao-20359'; // Tam Thanh (Tam Kỳ), nâng cao 2024
const QUANG_PHU = '20356-2507'; // phường Quảng Phú from 01/07/2025: An Phú, Tam Thanh, Tam Phú

test("on the map of 01/08/2025 Tam Kỳ's targets show under the new phường, and nothing is rewritten", async ({ page }) => {
	await openFresh(page, '/targets?district=502');
	const badge = page.getByTestId('map-badge');
	await expect(badge).toHaveText('GĐ 2021-2025 · 31/12/2024');
	await expect(page.locator('.ag-header-cell[col-id="unitAsOf"]')).toHaveCount(0);

	// A date that is not one is refused, saying so; the map does not change.
	await badge.click();
	await page.getByTestId('map-date').fill('31/02/2025');
	await page.getByTestId('map-apply').click();
	await expect(page.getByTestId('map-error')).toHaveText('Ngày "31/02/2025" không hợp lệ: nhập theo dạng dd/mm/yyyy, từ năm 2000 đến 2100.');
	await page.getByTestId('map-date').fill('01/08/2025');
	await page.getByTestId('map-apply').click();
	await expect(badge).toHaveText('GĐ 2021-2025 · 01/08/2025');

	// Each target under the unit its commune became, "trước đây: …"; the row keeps its commune.
	await expect(cell(page, TAM_THANH_NC, 'unitAsOf')).toHaveText('Quảng Phú (trước đây: Tam Thanh)');
	await expect(cell(page, TAM_THANH_NC, 'communeId')).toHaveText('Tam Thanh');
	expect((await readRecord(page, 'targets', TAM_THANH_NC))?.communeId).toBe('20359');
	// The new unit gathers its predecessors' targets (Tam Thanh's two, Tam Phú's one).
	await page.goto(`/targets?unit=${QUANG_PHU}`);
	await waitForRows(page);
	await expectCount(page, 3);

	// The communes grid shows the 78 units of that day, with what each was formed from.
	await page.goto('/communes');
	await waitForRows(page);
	await expectCount(page, 78, 78);
	await page.goto('/communes?q=quang%20phu');
	await waitForRows(page);
	await expectCount(page, 1, 78);
	await expect(cell(page, QUANG_PHU, 'predecessors')).toHaveText('An Phú; Tam Thanh (NTM); Tam Phú (NTM)');
	await expect(cell(page, QUANG_PHU, 'rolledTargets')).toHaveText('3');
	await expect(cell(page, QUANG_PHU, 'validity')).toHaveText('từ 01/07/2025');

	// The dashboard keeps the plan's goals on its own map and shows the later one beside them.
	await page.goto('/dashboard');
	await expect(page.getByTestId('value-map-units')).toHaveText(/78/);
	await expect(page.getByTestId('dash-map-note')).toContainText('01/08/2025');

	// Back to the phase's own map: 241 units again.
	await page.getByTestId('map-badge').click();
	await page.getByTestId('map-default').click();
	await page.goto('/communes');
	await waitForRows(page);
	await expectCount(page, 241, 241);
});

test('the 2026-2030 phase is drafted on the new units with its criteria, both phases are kept, and one Ctrl+Z takes the draft back', async ({ page }) => {
	await openFresh(page, '/phases');
	await expect(page.getByTestId('phase-2021-2025-units')).toHaveText('241 (197 xã, 30 phường, 14 thị trấn)');
	await page.getByTestId('start-draft').click();
	await expect(page.locator('dialog[open][data-testid="confirm-dialog"]')).toContainText('Tạo giai đoạn 2026-2030 (dự thảo) trên bản đồ ngày 01/07/2025 (67 xã)');
	await page.locator('dialog[open][data-testid="confirm-dialog"]').getByRole('button', { name: 'Đồng ý' }).click();
	await expect(page.locator('.messages')).toContainText('Đã tạo dự thảo giai đoạn 2026-2030');

	await expect(page.getByTestId('phase-2026-2030-units')).toHaveText('78 (67 xã, 11 phường, 0 thị trấn)');
	await expect(page.getByTestId('phase-2026-2030-criteria')).toContainText('(10 tiêu chí)');
	await expect(page.getByTestId('phase-2026-2030-districts')).toHaveText('không còn (trực thuộc TP Đà Nẵng)');
	await expect(page.getByTestId('phase-2021-2025-criteria')).toContainText('(19 tiêu chí)');
	await expect(page.getByTestId('map-badge')).toHaveText('GĐ 2026-2030 · 01/07/2025');

	// The draft's targets are on the new xã; Thu Bồn carries Duy Tân's, Duy Thu's, Duy Phú's, Duy Châu's and Duy Hòa's.
	await page.goto('/targets?year=2026&q=thu%20bon');
	await waitForRows(page);
	await expect(cell(page, 't-2026-2030-20611-2507-nang_cao', 'communeId')).toHaveText('Thu Bồn');
	await expect(cell(page, 't-2026-2030-20611-2507-kieu_mau', 'notes')).toContainText('Duy Hòa');

	await page.getByTestId('undo').click();
	await expect(page.getByTestId('redo')).toBeEnabled();
	await page.goto('/phases');
	await expect(page.getByTestId('phase-2021-2025-units')).toBeVisible();
	await expect(page.getByTestId('phase-2026-2030-units')).toHaveCount(0);
	expect(await readRecord(page, 'targets', 't-2026-2030-20611-2507-nang_cao')).toBeNull();
});
