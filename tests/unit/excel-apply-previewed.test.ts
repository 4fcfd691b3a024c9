// Applying a preview reuses what the preview read while nothing has changed since (the names), and
// checks its new rows' keys again only against the rows stored (db/apply.ts `previewed`): a change
// made after the preview is still never overwritten or doubled.
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../src/lib/db/write';
import { loadLookup } from '../../src/lib/db/read';
import { changesSeen } from '../../src/lib/db/changes';
import { buildPreview } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { tvi } from '../../src/lib/i18n/translate';
import { parseBytes, seededDb, sheetBytes } from './excel-helpers';

/** A hand-made list of new targets for 2027 (no target of 2027 is in the plan). */
function newTargets(names: string[]) {
	const aoa: unknown[][] = [['Xã', 'Cấp độ', 'Năm', 'Trạng thái']];
	for (const n of names) aoa.push([n, tvi('enum.level.ntm'), 2027, tvi('enum.status.not_started')]);
	return parseBytes(sheetBytes({ 'Chỉ tiêu xã': aoa }));
}

async function twoCommunes(db: Awaited<ReturnType<typeof seededDb>>) {
	// Two communes of the programme whose names no other unit has.
	const all = (await db.communes.toArray()).filter((c) => !c.validFrom);
	const communes = all.filter((c) => c.kind === 'xa' && c.inProgramme && all.filter((o) => o.name === c.name).length === 1).slice(0, 2);
	expect(communes).toHaveLength(2);
	return communes;
}

describe('applying a preview', () => {
	it('writes the new rows with the names the preview read when nothing changed since', async () => {
		const db = await seededDb();
		const [a, b] = await twoCommunes(db);
		const preview = await buildPreview(db, newTargets([a.name, b.name]));
		expect(preview.counts.new).toBe(2);
		expect(preview.read?.changes).toBe(changesSeen());
		const summary = await applyPreview(db, preview);
		expect(summary.added).toBe(2);
		const stored = (await db.targets.toArray()).filter((t) => t.year === 2027);
		expect(stored.map((t) => [t.communeId, t.districtId, t.version]).sort()).toEqual(
			[
				[a.id, a.districtId, 1],
				[b.id, b.districtId, 1]
			].sort()
		);
		db.close();
	});

	it('reads the names again when a change was made after the preview', async () => {
		const db = await seededDb();
		const [a] = await twoCommunes(db);
		const other = (await db.districts.toArray()).find((d) => d.id !== a.districtId)!;
		const preview = await buildPreview(db, newTargets([a.name]));
		// After the preview: commune a is moved to another district (in this tab, or heard from another).
		await applyChanges(db, [{ op: 'patch', table: 'communes', id: a.id, patch: { districtId: other.id } }], {
			label: 'edit',
			source: 'edit',
			lookup: await loadLookup(db),
			trusted: true
		});
		expect(preview.read?.changes).not.toBe(changesSeen());
		await applyPreview(db, preview);
		const [target] = (await db.targets.toArray()).filter((t) => t.year === 2027);
		// The district follows the commune as it is now, not as the preview read it.
		expect(target.districtId).toBe(other.id);
		db.close();
	});

	it('refuses the whole import when a new row’s key was taken after the preview, and writes nothing', async () => {
		const db = await seededDb();
		const [a, b] = await twoCommunes(db);
		const preview = await buildPreview(db, newTargets([a.name, b.name]));
		expect(preview.counts.new).toBe(2);
		// Meanwhile the same target (commune b, NTM, 2027) is added by hand.
		const lookup = await loadLookup(db);
		await applyChanges(db, [{ op: 'insert', table: 'targets', record: { id: 'tgt-by-hand', communeId: b.id, districtId: b.districtId, level: 'ntm', year: 2027, action: 'reach', status: 'not_started' } as never }], {
			label: 'add',
			source: 'edit',
			lookup
		});
		const before = await db.targets.count();
		await expect(applyPreview(db, preview)).rejects.toMatchObject({ key: 'err.write' });
		expect(await db.targets.count()).toBe(before);
		expect((await db.targets.toArray()).filter((t) => t.year === 2027).map((t) => t.id)).toEqual(['tgt-by-hand']);
		db.close();
	});

	it('knows the new rows of one sheet in the next sheet of the same table, and a replace does not delete them', async () => {
		const db = await seededDb();
		const [a, b] = await twoCommunes(db);
		const header = ['Xã', 'Cấp độ', 'Năm', 'Trạng thái'];
		const row = (name: string) => [name, tvi('enum.level.ntm'), 2027, tvi('enum.status.not_started')];
		const file = parseBytes(sheetBytes({ 'Chỉ tiêu xã': [header, row(a.name)], 'Chỉ tiêu xã (2)': [header, row(a.name), row(b.name)] }));
		const preview = await buildPreview(db, file);
		// Commune a's 2027 target is new in the first sheet; the second sheet names it again: the same row.
		expect(preview.counts).toMatchObject({ new: 2, unchanged: 1, error: 0 });
		expect(preview.rows.map((r) => [r.sheet, r.row, r.status])).toEqual([
			['Chỉ tiêu xã', 2, 'new'],
			['Chỉ tiêu xã (2)', 3, 'new']
		]);
		const replace = await buildPreview(db, parseBytes(sheetBytes({ 'Chỉ tiêu xã': [header, row(a.name), row(b.name)] })), { mode: 'replace' });
		expect(replace.counts.new).toBe(2);
		// Every target of the plan is missing from this file and listed for deletion; the new ones are not.
		expect(replace.deletions.length).toBe(await db.targets.count());
		const newIds = replace.rows.filter((r) => r.status === 'new').map((r) => r.id);
		expect(replace.deletions.some((d) => newIds.includes(d.id))).toBe(false);
		db.close();
	});
});
