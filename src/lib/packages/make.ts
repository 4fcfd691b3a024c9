// Making packages (the province) and returns (a district's copy of the app): read the data, build
// the workbooks (workbook.ts), remember what was sent, and record it on the board. On the main
// thread: a district's package is small (about 140 ms to write; measured in the README); the page
// yields between districts. Loaded on demand only (it pulls in SheetJS).
import type { NtmDatabase } from '$lib/db/database';
import { applyChanges, type Change } from '$lib/db/write';
import { readDataset } from '$lib/db/read';
import { lookupOf, withOverlays, type Dataset, type TableName } from '$lib/schema';
import { fold } from '$lib/domain/text';
import { yieldToPage } from '$lib/domain/yield';
import { labelOf, tvi } from '$lib/i18n/translate';
import type { BaseRecord } from '$lib/excel/types';
import { version as APP_VERSION } from '../../../package.json';
import { packageDataset } from './contents';
import { packageToXlsx, zipFiles } from './workbook';
import { sentBaseKey, type SentBase } from './returns';
import type { PackageIdentity, PackageRecord } from './types';

export interface PackageFile {
	districtId: string;
	fileName: string;
	bytes: Uint8Array;
}

const META = new Set(['id', 'version', 'updatedAt']);

/** The values a package holds, as its "_goc" sheet has them (what a return is merged against). */
export function baseOf(data: Dataset): Record<string, BaseRecord> {
	const out: Record<string, BaseRecord> = {};
	for (const [table, rows] of Object.entries(data) as unknown as [TableName, Record<string, unknown>[]][]) {
		for (const r of rows) {
			const values: Record<string, unknown> = {};
			for (const k of Object.keys(r)) if (!META.has(k)) values[k] = r[k];
			out[`${table}:${r.id}`] = { version: Number(r.version) || 0, values };
		}
	}
	return out;
}

/** "goi_dai-loc_2025-h1.xlsx": ASCII names, safe in a ZIP and an e-mail. */
export function packageFileName(prefix: string, districtName: string, periodId: string): string {
	return `${prefix}_${fold(districtName).replace(/ /g, '-')}_${periodId}.xlsx`;
}

async function datasetIdOf(db: NtmDatabase): Promise<string> {
	return String((await db.meta.get('datasetId'))?.value ?? '');
}

/**
 * Make the packages of a period for the given districts: one workbook each, the values sent kept
 * in meta, the board's records set to "sent" (one undo step). Returns the files.
 */
export async function makePackages(
	db: NtmDatabase,
	opts: { periodId: string; districtIds: readonly string[]; deadline: string | null; now?: Date }
): Promise<PackageFile[]> {
	const now = opts.now ?? new Date();
	const stamp = now.toISOString();
	const data = withOverlays(await readDataset(db));
	const lookup = lookupOf(data);
	const period = data.periods.find((p) => p.id === opts.periodId);
	if (!period) throw new Error(tvi('collect.period') + ': ' + opts.periodId);
	const datasetId = await datasetIdOf(db);
	const files: PackageFile[] = [];
	const sent: [string, SentBase][] = [];
	for (const districtId of opts.districtIds) {
		await yieldToPage();
		const district = lookup.districtName(districtId) || districtId;
		const pkg = packageDataset(data, districtId, opts.periodId, stamp);
		const identity: PackageIdentity = { kind: 'out', periodId: opts.periodId, districtId, madeAt: stamp, datasetId, deadline: opts.deadline, returnedBy: '' };
		const info = { datasetId, exportedAt: now, appVersion: APP_VERSION, filters: `${tvi('table.packages')}: ${district} — ${period.name}` };
		const bytes = packageToXlsx(pkg, identity, info, { period: period.name, district });
		files.push({ districtId, fileName: packageFileName('goi', district, opts.periodId), bytes });
		sent.push([sentBaseKey(opts.periodId, districtId), { madeAt: stamp, base: baseOf(pkg) }]);
	}
	const records = data.packages as PackageRecord[];
	const changes: Change[] = files.map((f) => {
		const mine = records.find((p) => p.periodId === opts.periodId && p.districtId === f.districtId && p.role === 'sent');
		const values = { sentAt: stamp, deadline: opts.deadline, fileName: f.fileName, returnedAt: null, returnedBy: '', appliedAt: null };
		return mine
			? { op: 'patch', table: 'packages', id: mine.id, patch: values, expectedVersion: mine.version }
			: {
					op: 'insert',
					table: 'packages',
					record: { id: `goi-${opts.periodId}-${f.districtId}-sent`, periodId: opts.periodId, districtId: f.districtId, role: 'sent', sourceDataset: datasetId, notes: '', ...values }
				};
	});
	await db.meta.bulkPut(sent.map(([key, value]) => ({ key, value })));
	if (changes.length) await applyChanges(db, changes, { label: labelOf('collect.history.make', { period: period.name }), source: 'edit', lookup });
	return files;
}

/** All the packages in one .zip ("goi-gui-huyen_2025-h1.zip"). */
export function packagesZip(files: readonly PackageFile[], periodId: string): { bytes: Uint8Array; fileName: string } {
	return { bytes: zipFiles(files.map((f) => ({ name: f.fileName, bytes: f.bytes }))), fileName: `goi-gui-huyen_${periodId}.zip` };
}

/**
 * A district's return: its own rows of the period in the package's shape, marked 'return', naming
 * who sends it and the province's dataset (from the package received, when there is one).
 */
export async function exportReturn(
	db: NtmDatabase,
	opts: { periodId: string; districtId: string; returnedBy: string; now?: Date }
): Promise<PackageFile> {
	const now = opts.now ?? new Date();
	const stamp = now.toISOString();
	const data = withOverlays(await readDataset(db));
	const lookup = lookupOf(data);
	const period = data.periods.find((p) => p.id === opts.periodId);
	if (!period) throw new Error(tvi('collect.period') + ': ' + opts.periodId);
	const own = await datasetIdOf(db);
	const received = (data.packages as PackageRecord[]).find((p) => p.periodId === opts.periodId && p.districtId === opts.districtId && p.role === 'received');
	const district = lookup.districtName(opts.districtId) || opts.districtId;
	const pkg = packageDataset(data, opts.districtId, opts.periodId, stamp);
	const identity: PackageIdentity = {
		kind: 'return',
		periodId: opts.periodId,
		districtId: opts.districtId,
		madeAt: stamp,
		datasetId: received?.sourceDataset || own,
		deadline: received?.deadline ?? null,
		returnedBy: opts.returnedBy.normalize('NFC').trim().slice(0, 200)
	};
	const info = { datasetId: own, exportedAt: now, appVersion: APP_VERSION, filters: `${tvi('collect.guide.kindReturn')}: ${district} — ${period.name}` };
	const bytes = packageToXlsx(pkg, identity, info, { period: period.name, district });
	return { districtId: opts.districtId, fileName: packageFileName('tra-ve', district, opts.periodId), bytes };
}
