// Making packages (the province for its districts; one level down, a district for its communes) and
// returns (a district's or a commune's copy of the app): read the data, build the workbooks
// (workbook.ts), remember what was sent, and record it on the board. On the main thread: a package is
// small (a district's about 140 ms to write, a commune's less; measured in the README); the page
// yields between packages. Loaded on demand only (it pulls in SheetJS).
import type { NtmDatabase } from '$lib/db/database';
import { applyChanges, type Change } from '$lib/db/write';
import { readDataset } from '$lib/db/read';
import { lookupOf, withOverlays, type Dataset, type TableName } from '$lib/schema';
import { fold } from '$lib/domain/text';
import { yieldToPage } from '$lib/domain/yield';
import { labelOf, tvi } from '$lib/i18n/translate';
import type { BaseRecord } from '$lib/excel/types';
import { version as APP_VERSION } from '../../../package.json';
import { communePackageDataset, packageDataset } from './contents';
import { packageToXlsx, zipFiles } from './workbook';
import { packageRecordId, sentBaseKey, type SentBase } from './returns';
import type { PackageIdentity, PackageRecord } from './types';

export interface PackageFile {
	districtId: string;
	/** A commune's package: the commune. */
	communeId?: string;
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

const slug = (name: string) => fold(name).replace(/ /g, '-');

/** "goi_dai-loc_2025-h1.xlsx", a commune's "goi_dai-loc_dai-hong_2025-h1.xlsx": ASCII names, safe
 * in a ZIP and an e-mail. */
export function packageFileName(prefix: string, districtName: string, periodId: string, communeName?: string): string {
	return `${prefix}_${slug(districtName)}${communeName ? `_${slug(communeName)}` : ''}_${periodId}.xlsx`;
}

async function datasetIdOf(db: NtmDatabase): Promise<string> {
	return String((await db.meta.get('datasetId'))?.value ?? '');
}

/** A unit a package is made for: a district, or one level down a commune of a district. */
interface Unit {
	districtId: string;
	communeId?: string;
}

/**
 * Make the packages of a period for the given districts: one workbook each, the values sent kept
 * in meta, the board's records set to "sent" (one undo step). Returns the files.
 */
export function makePackages(
	db: NtmDatabase,
	opts: { periodId: string; districtIds: readonly string[]; deadline: string | null; now?: Date }
): Promise<PackageFile[]> {
	return makeFor(db, { ...opts, units: opts.districtIds.map((districtId) => ({ districtId })) });
}

/**
 * One level down: a district makes the packages of a period for the given communes of its own
 * (each commune's rows only; see contents.ts for what a commune's package covers). Same as
 * makePackages otherwise: the values sent kept in meta, the board's records "sent", one undo step.
 */
export function makeCommunePackages(
	db: NtmDatabase,
	opts: { periodId: string; districtId: string; communeIds: readonly string[]; deadline: string | null; now?: Date }
): Promise<PackageFile[]> {
	return makeFor(db, { ...opts, units: opts.communeIds.map((communeId) => ({ districtId: opts.districtId, communeId })) });
}

async function makeFor(db: NtmDatabase, opts: { periodId: string; units: readonly Unit[]; deadline: string | null; now?: Date }): Promise<PackageFile[]> {
	const now = opts.now ?? new Date();
	const stamp = now.toISOString();
	const data = withOverlays(await readDataset(db));
	const lookup = lookupOf(data);
	const period = data.periods.find((p) => p.id === opts.periodId);
	if (!period) throw new Error(tvi('collect.period') + ': ' + opts.periodId);
	const datasetId = await datasetIdOf(db);
	const files: PackageFile[] = [];
	const sent: [string, SentBase][] = [];
	for (const { districtId, communeId } of opts.units) {
		await yieldToPage();
		const district = lookup.districtName(districtId) || districtId;
		const commune = communeId ? lookup.communeName(communeId) || communeId : undefined;
		if (communeId && lookup.communeById.get(communeId)?.districtId !== districtId) throw new Error(`${commune}: ${district}`);
		const pkg = communeId ? communePackageDataset(data, communeId, opts.periodId) : packageDataset(data, districtId, opts.periodId, stamp);
		const identity: PackageIdentity = { kind: 'out', periodId: opts.periodId, districtId, ...(communeId ? { communeId } : {}), madeAt: stamp, datasetId, deadline: opts.deadline, returnedBy: '' };
		const unit = commune ? tvi('collect.communeOf', { commune, district }) : district;
		const info = { datasetId, exportedAt: now, appVersion: APP_VERSION, filters: `${tvi('table.packages')}: ${unit} — ${period.name}` };
		const bytes = packageToXlsx(pkg, identity, info, { period: period.name, district, commune });
		files.push({ districtId, ...(communeId ? { communeId } : {}), fileName: packageFileName('goi', district, opts.periodId, commune), bytes });
		sent.push([sentBaseKey(opts.periodId, districtId, communeId), { madeAt: stamp, base: baseOf(pkg) }]);
	}
	const records = data.packages as PackageRecord[];
	const changes: Change[] = files.map((f) => {
		const communeId = f.communeId ?? null;
		const mine = records.find((p) => p.periodId === opts.periodId && p.districtId === f.districtId && (p.communeId || null) === communeId && p.role === 'sent');
		const values = { sentAt: stamp, deadline: opts.deadline, fileName: f.fileName, returnedAt: null, returnedBy: '', appliedAt: null };
		return mine
			? { op: 'patch', table: 'packages', id: mine.id, patch: values, expectedVersion: mine.version }
			: {
					op: 'insert',
					table: 'packages',
					record: {
						id: packageRecordId(opts.periodId, f.districtId, communeId, 'sent'),
						periodId: opts.periodId,
						districtId: f.districtId,
						communeId,
						role: 'sent',
						sourceDataset: datasetId,
						notes: '',
						...values
					}
				};
	});
	await db.meta.bulkPut(sent.map(([key, value]) => ({ key, value })));
	const down = opts.units.find((u) => u.communeId);
	const label = down
		? labelOf('collect.c.history.make', { district: lookup.districtName(down.districtId) || down.districtId, period: period.name })
		: labelOf('collect.history.make', { period: period.name });
	if (changes.length) await applyChanges(db, changes, { label, source: 'edit', lookup });
	return files;
}

/** All the packages in one .zip ("goi-gui-huyen_2025-h1.zip"; a district's to its communes
 * "goi-gui-xa_dai-loc_2025-h1.zip"). */
export function packagesZip(files: readonly PackageFile[], periodId: string, districtName?: string): { bytes: Uint8Array; fileName: string } {
	const fileName = districtName ? `goi-gui-xa_${slug(districtName)}_${periodId}.zip` : `goi-gui-huyen_${periodId}.zip`;
	return { bytes: zipFiles(files.map((f) => ({ name: f.fileName, bytes: f.bytes }))), fileName };
}

/**
 * A district's return: its own rows of the period in the package's shape, marked 'return', naming
 * who sends it and the province's dataset (from the package received, when there is one). With
 * `communeId`, a commune's return to its district (the commune's rows, the district's dataset).
 */
export async function exportReturn(
	db: NtmDatabase,
	opts: { periodId: string; districtId: string; communeId?: string; returnedBy: string; now?: Date }
): Promise<PackageFile> {
	const now = opts.now ?? new Date();
	const stamp = now.toISOString();
	const data = withOverlays(await readDataset(db));
	const lookup = lookupOf(data);
	const period = data.periods.find((p) => p.id === opts.periodId);
	if (!period) throw new Error(tvi('collect.period') + ': ' + opts.periodId);
	const own = await datasetIdOf(db);
	const communeId = opts.communeId || null;
	const received = (data.packages as PackageRecord[]).find(
		(p) => p.periodId === opts.periodId && p.districtId === opts.districtId && (p.communeId || null) === communeId && p.role === 'received'
	);
	const district = lookup.districtName(opts.districtId) || opts.districtId;
	const commune = communeId ? lookup.communeName(communeId) || communeId : undefined;
	const pkg = communeId ? communePackageDataset(data, communeId, opts.periodId) : packageDataset(data, opts.districtId, opts.periodId, stamp);
	const identity: PackageIdentity = {
		kind: 'return',
		periodId: opts.periodId,
		districtId: opts.districtId,
		...(communeId ? { communeId } : {}),
		madeAt: stamp,
		datasetId: received?.sourceDataset || own,
		deadline: received?.deadline ?? null,
		returnedBy: opts.returnedBy.normalize('NFC').trim().slice(0, 200)
	};
	const unit = commune ? tvi('collect.communeOf', { commune, district }) : district;
	const info = { datasetId: own, exportedAt: now, appVersion: APP_VERSION, filters: `${tvi(commune ? 'collect.guide.kindReturnCommune' : 'collect.guide.kindReturn')}: ${unit} — ${period.name}` };
	const bytes = packageToXlsx(pkg, identity, info, { period: period.name, district, commune });
	return { districtId: opts.districtId, ...(communeId ? { communeId } : {}), fileName: packageFileName('tra-ve', district, opts.periodId, commune), bytes };
}
