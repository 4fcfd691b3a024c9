// Releases 0.1.0 and 0.2.0 kept a commune's recognised level and year as fields of the commune and
// counted targets marked "Đã công nhận". From 0.3.0 a recognition is a record. Opening their
// databases (the fixtures made by those releases in Chromium) must turn every such fact into a
// record, and the commune's level shown everywhere must be what the planner had entered.
import { describe, expect, it } from 'vitest';
import { loadDump, openRestored, type Release } from './db-fixture';
import { syncSeeds } from '../../src/lib/db/seed';
import { readTable, readDataset } from '../../src/lib/db/read';
import { overlayRows, withOverlays } from '../../src/lib/schema';
import { adoptRegister, FROM_COMMUNE_NOTE, FROM_TARGET_NOTE } from '../../src/lib/domain/register-conversion';
import { computeDashboard } from '../../src/lib/domain/aggregates';
import { seedData } from '../../seeds/index';
import type { Recognition } from '../../src/lib/domain/records';

async function open(release: Release) {
	const db = await openRestored(loadDump(release), `conversion-${release}`);
	await syncSeeds(db);
	const recognitions = (await readTable(db, 'recognitions')) as Recognition[];
	const byId = new Map(recognitions.map((r) => [r.id, r]));
	const data = await readDataset(db);
	const communes = new Map(overlayRows('communes', data.communes as never[], data as never).map((c: Record<string, unknown>) => [c.id as string, c]));
	return { db, recognitions, byId, data, communes };
}

describe('the recognitions of a database in use', () => {
	it('0.1.0: the level a planner entered on a commune becomes a record, with the decision of its recognised target', async () => {
		const { db, recognitions, byId, communes } = await open('0.1.0');
		expect(recognitions).toHaveLength(seedData.recognitions.length + 1);
		// Đại Lộc 20503: the commune said NTM 2024; its 2024 NTM target was marked recognised on 15/03/2024.
		expect(byId.get('cn-20503-ntm')).toMatchObject({ scope: 'commune', communeId: '20503', districtId: '506', level: 'ntm', kind: 'recognised', year: 2024, decisionDate: '2024-03-15', notes: FROM_COMMUNE_NOTE });
		expect(communes.get('20503')).toMatchObject({ recognisedLevel: 'ntm', recognisedYear: 2024 });
		// The stored fields are left as they were (nothing rewritten).
		expect((await db.table('communes').get('20503')).recognisedLevel).toBe('ntm');
	});

	it('0.2.0: a raised level, a cleared level, recognised commune and district targets all survive as records', async () => {
		const { recognitions, byId, communes, data } = await open('0.2.0');
		// 20503 was set to NTM nâng cao 2023 on the communes grid; its 2024 NTM target was recognised with a decision.
		expect(byId.get('cn-20503-nang_cao')).toMatchObject({ level: 'nang_cao', year: 2023, notes: FROM_COMMUNE_NOTE });
		expect(byId.get('cn-20503-ntm')).toMatchObject({ level: 'ntm', year: 2024, decisionNo: '1234/QĐ-UBND', decisionDate: '2024-03-15', notes: FROM_TARGET_NOTE });
		expect(communes.get('20503')).toMatchObject({ recognisedLevel: 'nang_cao', recognisedYear: 2023 });
		// 20515 (Đại Đồng) had the seeded level NTM, which the planner cleared: no record comes back.
		expect(seedData.recognitions.some((r) => r.id === 'cn-20515-ntm')).toBe(true);
		expect(byId.has('cn-20515-ntm')).toBe(false);
		expect(communes.get('20515')).toMatchObject({ recognisedLevel: null, recognisedYear: null });
		// Đại Lộc's district target NTM 2025 was marked recognised with its decision.
		expect(byId.get('cn-d506-ntm')).toMatchObject({ scope: 'district', districtId: '506', communeId: '', level: 'ntm', year: 2025, decisionNo: '567/QĐ-TTg', decisionDate: '2025-06-20' });
		expect(recognitions).toHaveLength(seedData.recognitions.length - 1 + 3);
		// The dashboard counts what the grids show: Đại Lộc among the recognised district-level units.
		const dash = computeDashboard(withOverlays(data) as never, { district: [], year: null });
		expect(dash.districtUnits.ids).toContain('506');
		expect(dash.levels.nang_cao.ids).toContain('20503');
		expect(dash.levels.ntm.ids).not.toContain('20515');
	});

	it('a fresh database gets exactly the seed (the conversion of untouched seed communes is the seed)', () => {
		const rows = adoptRegister(seedData.recognitions as never, { communes: seedData.communes as never, targets: seedData.targets as never, districtTargets: seedData.districtTargets as never });
		expect(rows).toEqual(seedData.recognitions);
	});
});
