// How an import treats a package (used by excel/preview.ts), a district's or one level down a
// commune's (its identity names the commune):
//  - a return (a file marked 'return', or our own package coming back edited): only its district's
//    (or commune's) rows may change (scope.ts), merged three ways against what was sent (kept in
//    meta when the package was made; a package edited in Excel carries it in its "_goc" sheet), and
//    the collection board's record of the package is updated in the same undo step;
//  - a package received from the level above (another dataset's 'out' package): its values are
//    taken as the sender's latest (no three-way merge against another dataset's base), and the
//    receiving copy records it as received.
import type { NtmDatabase } from '$lib/db/database';
import { formatValue, schemas, type Column, type TableName } from '$lib/schema';
import type { Lookup } from '$lib/domain/lookup';
import { translate, tvi, type DictKey, type Params } from '$lib/i18n/translate';
import type { BaseRecord, ParsedWorkbook } from '$lib/excel/types';
import type { CellDiff, PreviewRow } from '$lib/excel/preview';
import type { PackageIdentity, PackageRecord, PackageRole } from './types';
import type { PreviewScope } from './scope';
import { emptyResultId } from './contents';

/** The id of a package's record on the board: "goi-2025-h1-506-sent", one level down
 * "goi-2025-h1-506-20527-sent". */
export const packageRecordId = (periodId: string, districtId: string, communeId: string | null | undefined, role: PackageRole) =>
	`goi-${periodId}-${districtId}${communeId ? `-${communeId}` : ''}-${role}`;

/** meta key of the values a package sent to a district (or to one of its communes) for a period held. */
export const sentBaseKey = (periodId: string, districtId: string, communeId?: string | null) =>
	`packageBase:${periodId}:${districtId}${communeId ? `:${communeId}` : ''}`;

export interface SentBase {
	madeAt: string;
	/** `${table}:${id}` -> the values sent (as in a workbook's "_goc" sheet). */
	base: Record<string, BaseRecord>;
}

type AnyRec = Record<string, unknown> & { id: string; version?: number };

export interface ImportPlan {
	/** Only this district's rows may change (null: no limit). */
	scope: PreviewScope | null;
	/** Values to merge against in place of the file's "_goc" sheet (null: the file's). */
	base: Record<string, BaseRecord> | null;
	/** Notes for the preview (warnings). */
	notes: { key: DictKey; params: Params }[];
	/** A new row not to add: a result row the package made empty and nobody filled (missing stays absent). */
	skipNew: (table: TableName, record: Record<string, unknown>) => boolean;
	/** The row of the packages table the import writes (the board's record), or null. */
	bookkeeping: ((local: Map<TableName, Map<string, AnyRec>>, lookup: Lookup) => PreviewRow | null) | null;
}

const NONE: ImportPlan = { scope: null, base: null, notes: [], skipNew: () => false, bookkeeping: null };

/** An empty result row of a package (contents.ts `emptyResultId`), left empty. */
function emptyResult(table: TableName, r: Record<string, unknown>): boolean {
	return table === 'results' && (r.value === null || r.value === undefined) && r.id === emptyResultId(String(r.periodId), String(r.districtId), String(r.measureId));
}

/**
 * The plan for importing `parsed`. `explicit`: a scope asked for by the caller (a district's
 * return chosen on the board); otherwise it follows the file's package identity.
 */
export async function importPlan(
	db: NtmDatabase,
	parsed: ParsedWorkbook,
	lookupOf: () => Lookup,
	explicit?: { districtId: string; periodId?: string; communeId?: string },
	now: Date = new Date()
): Promise<ImportPlan> {
	const id = parsed.info?.package ?? null;
	if (!id && !explicit) return NONE;
	const lookup = lookupOf();
	const ours = String((await db.meta.get('datasetId'))?.value ?? '');
	const districtId = explicit?.districtId ?? id?.districtId;
	const periodId = explicit?.periodId ?? id?.periodId ?? '';
	// One level down: a commune's package names the commune (its district is the commune's).
	const communeId = explicit ? explicit.communeId || null : id?.communeId || null;
	if (!districtId) return NONE;
	const district = lookup.districtName(districtId) || districtId;
	const commune = communeId ? lookup.communeName(communeId) || communeId : '';
	// Who the package is for, in messages: "Đại Lộc", or "xã Đại Hồng (Đại Lộc)".
	const unit = communeId ? tvi('collect.communeOf', { commune, district }) : district;
	const period = lookup.refName('periods', periodId) || periodId;
	const isReturn = !!explicit || !id || id.kind === 'return' || (!!ours && id.datasetId === ours);
	const notes: ImportPlan['notes'] = [];
	if (!isReturn) {
		notes.push({ key: communeId ? 'collect.warn.receivedCommune' : 'collect.warn.received', params: { district: unit, period } });
		return { scope: null, base: {}, notes, skipNew: emptyResult, bookkeeping: bookkeeping('received', id, parsed.fileName, periodId, districtId, communeId, now) };
	}
	notes.push({ key: 'collect.warn.return', params: { district: unit, period } });
	if (id?.datasetId && ours && id.datasetId !== ours) notes.push({ key: 'collect.warn.otherDataset', params: { file: id.datasetId, here: ours, district: unit } });
	const sent = periodId ? ((await db.meta.get(sentBaseKey(periodId, districtId, communeId)))?.value as SentBase | undefined) : undefined;
	let base: Record<string, BaseRecord> | null = null;
	if (sent?.base) base = sent.base;
	else if (!(id?.kind === 'out' && Object.keys(parsed.base).length)) {
		// A return made by a district's app carries the district's values as its base: not what was sent.
		base = {};
		notes.push({ key: communeId ? 'collect.warn.noBaseCommune' : 'collect.warn.noBase', params: { district: unit } });
	}
	return {
		scope: communeId ? { districtId, districtName: district, communeId, communeName: commune } : { districtId, districtName: district },
		base,
		notes,
		skipNew: emptyResult,
		bookkeeping: bookkeeping('sent', id, parsed.fileName, periodId, districtId, communeId, now)
	};
}

/** The packages row an import writes: a return marks the sent package returned and applied; a
 * received package is recorded on the receiving side. `communeId`: a commune's package (one level down). */
function bookkeeping(
	role: PackageRole,
	id: PackageIdentity | null,
	fileName: string,
	periodId: string,
	districtId: string,
	communeId: string | null,
	now: Date
): ImportPlan['bookkeeping'] {
	return (local, lookup) => {
		if (!local.get('periods')?.has(periodId) || !local.get('districts')?.has(districtId)) return null;
		if (communeId && !local.get('communes')?.has(communeId)) return null;
		const stamp = now.toISOString();
		const values: Partial<PackageRecord> =
			role === 'sent'
				? { returnedAt: id?.kind === 'return' && id.madeAt ? id.madeAt : stamp, returnedBy: id?.returnedBy ?? '', appliedAt: stamp, fileName: fileName.slice(0, 300) }
				: { sentAt: id?.madeAt || null, deadline: id?.deadline ?? null, sourceDataset: id?.datasetId ?? '', appliedAt: stamp, returnedBy: '', fileName: fileName.slice(0, 300) };
		const mine = [...(local.get('packages')?.values() ?? [])].find(
			(p) => p.periodId === periodId && p.districtId === districtId && (p.communeId || null) === communeId && p.role === role
		);
		const unit = communeId ? `${lookup.communeName(communeId)}, ${lookup.districtName(districtId)}` : lookup.districtName(districtId);
		const label = `${unit} / ${lookup.refName('periods', periodId) || periodId}`;
		const sheet = tvi('collect.bookkeeping');
		if (!mine) {
			const record: AnyRec = {
				id: packageRecordId(periodId, districtId, communeId, role),
				periodId,
				districtId,
				communeId,
				role,
				sentAt: null,
				deadline: id?.deadline ?? null,
				returnedAt: null,
				returnedBy: '',
				appliedAt: null,
				fileName: '',
				sourceDataset: '',
				notes: '',
				...values
			};
			if (role === 'sent' && id?.kind === 'out') record.sentAt = id.madeAt || null;
			return { sheet, row: 1, table: 'packages', id: record.id, label, status: 'new', changes: [], conflicts: [], record, issues: [] };
		}
		const cols = schemas.packages.columns as Column<any>[];
		const changes: CellDiff[] = [];
		for (const [key, v] of Object.entries(values)) {
			if ((mine[key] ?? null) === (v ?? null)) continue;
			const col = cols.find((c) => c.key === key)!;
			changes.push({ key, column: translate('vi', col.label), old: mine[key] ?? null, new: v, oldText: formatValue(col, mine[key], 'vi', lookup), newText: formatValue(col, v, 'vi', lookup) });
		}
		if (!changes.length) return null;
		return { sheet, row: 1, table: 'packages', id: mine.id, label, status: 'changed', changes, conflicts: [], expectedVersion: Number(mine.version ?? 0), issues: [] };
	};
}
