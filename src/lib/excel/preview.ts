// Preview of an import, computed against the current database before anything is written:
// each row is new / changed (cell by cell) / unchanged / kept (changed only here) / conflict
// (changed on both sides since the export) / error. Nothing here writes to the database.
import { unitsOfLookup } from '$lib/schema/units';
import { dmy, MAP_2024 } from '$lib/domain/units-over-time';
import { foldUnitName, type Lookup } from '$lib/domain/lookup';
import { fold } from '$lib/domain/text';
import { newRecordId } from '$lib/domain/ids';
import {
	TABLE_NAMES,
	schemas,
	SCHEMA_VERSION,
	parseValue,
	formatValue,
	checkRecord,
	checkChoices,
	type CheckMemo,
	overlayOf,
	defaults,
	dependencyOrder,
	lookupOf,
	naturalKeyOf,
	normaliseRows,
	referencedTables,
	rowLabelOf,
	touchesKey,
	UniqueKeys,
	type Column,
	type ParseResult,
	type TableName
} from '$lib/schema';
import { planAliases } from '$lib/db/seed';
import { changesSeen } from '$lib/db/changes';
import { translate, type DictKey } from '$lib/i18n/translate';
import { yieldToPage } from '$lib/domain/yield';
import type { NtmDatabase } from '$lib/db/database';
import type { Issue, ParsedSheet, ParsedWorkbook, SheetMapping, SourceColumn, CellValue } from './types';
import { issue, MAX_ISSUES } from './cells';
import { StreamRestart } from './row-stream';
import { loadMapping } from './mapping';
import { importPlan } from '$lib/packages/returns';
import { scopeRefusal } from '$lib/packages/scope';

export type ImportMode = 'merge' | 'replace';
export type RowStatus = 'new' | 'changed' | 'unchanged' | 'kept' | 'conflict' | 'error';

export interface CellDiff {
	key: string;
	/** Vietnamese column label. */
	column: string;
	old: unknown;
	new: unknown;
	oldText: string;
	newText: string;
}

export interface CellConflict {
	key: string;
	column: string;
	mine: unknown;
	theirs: unknown;
	base: unknown;
	mineText: string;
	theirsText: string;
	baseText: string;
}

export interface PreviewRow {
	sheet: string;
	/** Excel row number. */
	row: number;
	table: TableName;
	id: string;
	/** Human name of the record ("Đại Thạnh / NTM 2024"). */
	label: string;
	status: RowStatus;
	changes: CellDiff[];
	conflicts: CellConflict[];
	/** For a new row: the record to insert. */
	record?: Record<string, unknown>;
	/** Version of the local record when the preview was made (the apply refuses if it moved). */
	expectedVersion?: number;
	issues: Issue[];
}

export interface Deletion {
	table: TableName;
	id: string;
	label: string;
	expectedVersion: number;
}

export interface SheetPlan {
	name: string;
	table: TableName | null;
	headerRow: number;
	columns: SourceColumn[];
	fields: (string | null)[];
	/** Where the mapping came from. */
	mappingFrom: 'auto' | 'saved' | 'override';
	complete: boolean;
	signature: string;
	rowCount: number;
}

export interface Preview {
	fileName: string;
	mode: ImportMode;
	sheets: SheetPlan[];
	/** Every row that is not unchanged (new, changed, kept, conflict, error), in file order. */
	rows: PreviewRow[];
	/** Replace mode: records missing from the file, to be deleted. */
	deletions: Deletion[];
	/** Problems with detail (at most MAX_ISSUES; `errorCount` counts them all). */
	issues: Issue[];
	errorCount: number;
	warningCount: number;
	counts: Record<RowStatus | 'delete', number>;
	/** A file-level problem: applying is refused. */
	blocking: boolean;
	/** The names as read for this preview, and changesSeen() then (applyPreview reuses them while it holds). */
	read?: { lookup: Lookup; changes: number };
}

export interface PreviewOptions {
	mode?: ImportMode;
	/** The map in view (default: the 2021-2025 plan's): names shared by units of two maps mean the
	 * unit of this map, and rows on units merged since are listed under their successors. */
	mapDate?: string;
	/** Mapping chosen by the user, per sheet name. */
	mappings?: Record<string, SheetMapping>;
	/** Use mappings remembered for the same header layout (default true). */
	useSavedMappings?: boolean;
	/**
	 * Limit the import to one district's rows (a district's return: src/lib/packages). Without it, a
	 * file marked as a district package is scoped by the district it names. Rows of another district
	 * and changes to the province's lists are refused (error rows naming sheet, row and district).
	 */
	scope?: { districtId: string; periodId?: string; communeId?: string };
	/**
	 * The database's tables as `readLocal(db)` read them, started while the file was parsed (the
	 * worker parses, this thread reads and normalises meanwhile). Used once: the preview adds the
	 * file's new rows to these maps.
	 */
	local?: Promise<LocalTables>;
}

/** Every table's records by id, normalised, as the preview compares against them, and their lookup. */
/** `changes`: changesSeen() before the read (the write path may then use `lookup` while it holds). */
export type LocalTables = { tables: Map<TableName, Map<string, AnyRec>>; lookup: Lookup; changes: number };

/** Read and normalise every table for a preview (one read transaction; a table per task after it). */
export async function readLocal(db: NtmDatabase): Promise<LocalTables> {
	const local = new Map<TableName, Map<string, AnyRec>>();
	const read = new Map<TableName, AnyRec[]>();
	const changes = changesSeen();
	await db.transaction('r', TABLE_NAMES.map((t) => db.table_(t)), async () => {
		for (const t of TABLE_NAMES) read.set(t, await db.table(t).toArray());
	});
	// Outside the transaction, a table per task: normalising 64,000 stored rows is a task of its own.
	for (const t of TABLE_NAMES) {
		const all = normaliseRows<AnyRec>(t, read.get(t)!);
		local.set(t, new Map(all.map((r) => [r.id, r])));
		if (all.length > PREVIEW_SLICE) await yieldToPage();
	}
	return { tables: local, lookup: buildLookup(local), changes };
}

const META = new Set(['id', 'version', 'updatedAt']);
/** The changes and conflicts of a new row: none (one shared, frozen list instead of two per row). */
const NONE = Object.freeze([]) as unknown as never[];

/** parseValue through a column's cache of the texts and numbers seen (primitive results only). */
function cachedParse(cache: Map<unknown, ParseResult>, col: Column<any>, raw: CellValue, lookup: Lookup): ParseResult {
	if (typeof raw !== 'string' && typeof raw !== 'number') return parseValue(col, raw, lookup);
	const hit = cache.get(raw);
	if (hit) return hit;
	const r = parseValue(col, raw, lookup);
	if ((!r.ok || r.value === null || typeof r.value !== 'object') && cache.size < 5000) cache.set(raw, r);
	return r;
}

type AnyRec = Record<string, unknown> & { id: string; version?: number };

function norm(v: unknown): unknown {
	return v === undefined || v === '' ? null : v;
}
export function sameValue(a: unknown, b: unknown): boolean {
	return norm(a) === norm(b);
}

function buildLookup(local: Map<TableName, Map<string, AnyRec>>): Lookup {
	const data = Object.fromEntries([...local].map(([t, m]) => [t, [...m.values()]]));
	return lookupOf(data, planAliases([...(local.get('targets')?.values() ?? [])]));
}

class Issues {
	list: Issue[] = [];
	errors = 0;
	warnings = 0;
	add(i: Issue): Issue | null {
		if (i.level === 'error') this.errors++;
		else this.warnings++;
		if (this.list.length < MAX_ISSUES) {
			this.list.push(i);
			return i;
		}
		return null;
	}
	/** Count an issue, building its message only while under the detail limit. */
	lazy(level: Issue['level'], make: () => Issue): Issue | null {
		if (this.full) {
			if (level === 'error') this.errors++;
			else this.warnings++;
			return null;
		}
		return this.add(make());
	}
	get full() {
		return this.list.length >= MAX_ISSUES;
	}
}

/** Rows compared per main-thread task: a 64,000-row preview leaves the page responsive. */
const PREVIEW_SLICE = 500;

/** Build the preview of importing `parsed` into `db`. */
export async function buildPreview(db: NtmDatabase, parsed: ParsedWorkbook, opts: PreviewOptions = {}): Promise<Preview> {
	const mode = opts.mode ?? 'merge';
	const prepared = await (opts.local ?? readLocal(db));
	const local = prepared.tables;
	const issues = new Issues();
	let blocking = false;
	for (const i of parsed.issues) {
		issues.add(i);
		if (i.level === 'error') blocking = true;
	}
	// Rows made for units that a later map (the one in view) has merged: kept on their unit, shown
	// under its successor; the preview says which (units-over-time.ts).
	const mapDate = opts.mapDate ?? MAP_2024;
	const movedUnits = new Map<string, { to: string; rows: number }>();
	const noteUnit = (communeId: unknown) => {
		if (mapDate <= MAP_2024 || typeof communeId !== 'string') return;
		const to = unitsOfLookup(lookup).successorAt(communeId, mapDate);
		if (!to || to === communeId) return;
		const m = movedUnits.get(communeId) ?? { to, rows: 0 };
		m.rows++;
		movedUnits.set(communeId, m);
	};
	if (parsed.info?.map && parsed.info.map.date !== mapDate) {
		issues.add(issue('warning', {}, 'excel.sheet.otherMap', { fileDate: dmy(parsed.info.map.date), filePhase: parsed.info.map.phase, date: dmy(mapDate) }));
	}
	if (parsed.info?.schemaVersion && parsed.info.schemaVersion > SCHEMA_VERSION) {
		issues.add(issue('warning', {}, 'excel.sheet.newerSchema', { file: parsed.info.schemaVersion, app: SCHEMA_VERSION }));
	}
	// A district package or its return (src/lib/packages/returns.ts): scope, base and bookkeeping.
	const pkg = await importPlan(db, parsed, () => prepared.lookup, opts.scope);
	for (const n of pkg.notes) issues.add(issue('warning', {}, n.key, n.params));
	const bases = pkg.base ?? parsed.base;
	if (mode === 'replace' && parsed.info?.filters) {
		issues.add(issue('warning', {}, 'excel.sheet.filtered', { filters: parsed.info.filters }));
	}

	// Mapping of each sheet: the user's choice, else a remembered one, else the automatic proposal.
	const plans: { sheet: ParsedSheet; plan: SheetPlan }[] = [];
	for (const sheet of parsed.sheets) {
		let mapping: SheetMapping = { table: sheet.table, fields: sheet.fields };
		let from: SheetPlan['mappingFrom'] = 'auto';
		const override = opts.mappings?.[sheet.name];
		if (override) {
			mapping = override;
			from = 'override';
		} else if (opts.useSavedMappings !== false && !sheet.complete) {
			const saved = await loadMapping(db, sheet.signature, sheet.columns.length);
			if (saved) {
				mapping = saved;
				from = 'saved';
			}
		}
		const plan: SheetPlan = {
			name: sheet.name,
			table: mapping.table,
			headerRow: sheet.headerRow,
			columns: sheet.columns,
			fields: sheet.columns.map((_, i) => mapping.fields[i] ?? null),
			mappingFrom: from,
			complete: from !== 'auto' || sheet.complete,
			signature: sheet.signature,
			rowCount: sheet.rows.length
		};
		plans.push({ sheet, plan });
		if (!plan.table) {
			if (sheet.rows.length || sheet.columns.some((c) => c.header)) {
				const headers = sheet.columns.map((c) => c.header).filter(Boolean).slice(0, 8).join(', ');
				issues.add(issue('warning', { sheet: sheet.name }, 'excel.sheet.unknownTable', { sheet: sheet.name, headers }));
			}
		} else if (from === 'auto' && sheet.unmatched.length) {
			const columns = sheet.unmatched.map((i) => `${sheet.columns[i].letter} ("${sheet.columns[i].header}")`).join(', ');
			issues.add(issue('warning', { sheet: sheet.name }, 'excel.sheet.unmatched', { sheet: sheet.name, columns }));
		}
	}

	const rows: PreviewRow[] = [];
	const counts: Preview['counts'] = { new: 0, changed: 0, unchanged: 0, kept: 0, conflict: 0, error: 0, delete: 0 };
	const touched = new Map<TableName, Set<string>>(TABLE_NAMES.map((t) => [t, new Set<string>()]));
	const tablesInFile = new Set<TableName>();
	// Units first, so targets can name a commune added by the same file.
	const deps = dependencyOrder();
	const order = [...plans].filter((p) => p.plan.table).sort((a, b) => deps.indexOf(a.plan.table!) - deps.indexOf(b.plan.table!));
	const referenced = new Set(referencedTables());
	const onMap = (l: Lookup) => ((l.mapDate = mapDate), l);
	await yieldToPage();
	let lookup = onMap(prepared.lookup);
	let lookupTables = new Set<TableName>();
	await yieldToPage();
	// Names of districts and communes in a return's refusals (src/lib/packages/scope.ts).
	const unitNames = { district: (id: string) => lookup.districtName(id), commune: (id: string) => lookup.communeName(id) };

	// New records with ids made here, kept aside until something reads the tables again (the next
	// sheet, the package's bookkeeping, the deletions of a replace): a 64,000-row list of new rows is
	// not put into a Map it will never be looked up in. Records the file gave an id go in at once.
	const aside: { table: TableName; record: AnyRec }[] = [];
	const putAside = () => {
		for (const { table, record } of aside) {
			local.get(table)!.set(record.id, record);
			touched.get(table)!.add(record.id);
		}
		aside.length = 0;
	};
	for (const { sheet, plan } of order) {
		const table = plan.table!;
		putAside();
		if (lookupTables.size) {
			// Units added by an earlier sheet of this file are known to the following sheets.
			lookup = onMap(buildLookup(local));
			lookupTables = new Set();
		}
		tablesInFile.add(table);
		const cols = schemas[table].columns as Column<any>[];
		const colByKey = new Map(cols.map((c) => [c.key, c]));
		const mapped: { src: SourceColumn; col: Column<any> }[] = [];
		const seenKeys = new Set<string>();
		plan.fields.forEach((k, i) => {
			const col = k ? colByKey.get(k) : undefined;
			if (col && !seenKeys.has(col.key)) {
				seenKeys.add(col.key);
				mapped.push({ src: plan.columns[i], col });
			}
		});
		const idSrc = mapped.find((m) => m.col.key === 'id');
		const districtSrc = mapped.find((m) => m.col.type === 'ref' && m.col.ref === 'districts');
		// The column naming a commune: a reference to one, or the communes table's own name.
		const communeSrc = mapped.find((m) => (m.col.type === 'ref' && m.col.ref === 'communes') || (table === 'communes' && m.col.key === 'name'));
		const tableLocal = local.get(table)!;
		// Values that follow other tables (a commune's criteria met, its recognised level): a file's
		// value there is reported when it differs, never applied (schema/overlay.ts).
		const derived = schemas[table].overlay
			? overlayOf(table, [...tableLocal.values()], Object.fromEntries([...local].map(([t, m]) => [t, [...m.values()]])))
			: null;
		// Index of local records by natural key.
		// Hand-made rows without ids are matched to the rows here by natural key; a unique key is
		// also kept from being taken twice (by a row here, or a new row earlier in the file).
		await yieldToPage();
		const byNatural = new UniqueKeys(table, tableLocal.values());
		await yieldToPage();
		const unique = UniqueKeys.applies(table);
		const taken = unique ? new UniqueKeys(table, tableLocal.values()) : null;
		await yieldToPage();
		const seen = new Map<string, number>();
		// A commune cell's reading, by the district it is read in (the hint), then by the cell's value
		// (no key text made per row: a text met again is the same string, its hash already known).
		const communeCache = new Map<string, Map<CellValue, ParseResult>>();
		let communesCached = 0;
		// A new row's empty values (one clock reading for the whole sheet: its rows arrive together).
		const blank = defaults(table);
		// Cell texts repeat down a column ("Quý 4/2024", "Chưa bắt đầu"): each distinct text of a column
		// is read once per sheet (the lookup does not change within a sheet).
		const valueCache = new Map<Column<any>, Map<unknown, ParseResult>>(mapped.map((m) => [m.col, new Map()]));
		// The same for the whole-record check of new rows (values repeat: a level, a year, a deadline).
		const checked: CheckMemo = new Map();
		const chosen: CheckMemo = new Map();
		const knownUnits = new Set<string>();
		for (const c of lookup.communes) {
			knownUnits.add(c.id);
			// Names of the map in view: a unit formed later under a district's name (xã Đại Lộc from
			// 01/07/2025) does not make "Đại Lộc" a commune in a file of the plan's map.
			if (!c.validFrom || c.validFrom <= lookup.mapDate) knownUnits.add(foldUnitName(c.name));
		}
		for (const t of local.get('targets')!.values()) if (t.planName) knownUnits.add(foldUnitName(String(t.planName)));
		const knownDistricts = new Set<string>();
		const districtByName = new Map<string, string>();
		for (const d of lookup.districts) {
			knownDistricts.add(d.id);
			knownDistricts.add(foldUnitName(d.name));
			districtByName.set(foldUnitName(d.name), d.name);
		}
		await yieldToPage();
		// Group, subtotal and total rows of an annex ("I | BẮC TRÀ MY (02 xã)", "Cộng", "Tổng cộng"):
		// skipped, listed in one note; a group naming a district gives it to the rows below.
		const groups = new GroupRows(plan.fields, communeSrc?.src.index ?? -1, knownUnits, districtByName);
		const skipped: number[] = [];
		let groupDistrict: string | undefined;

		// The current row's issues, and whether one is an error (closures made once, not per row).
		let rowIssues: Issue[] = [];
		let hasError = false;
		const addIssue = (i: Issue) => {
			if (i.level === 'error') hasError = true;
			const kept = issues.add(i);
			if (kept) rowIssues.push(kept);
		};
		const addLazy = (make: () => Issue) => {
			hasError = true;
			const kept = issues.lazy('error', make);
			if (kept) rowIssues.push(kept);
		};
		const label = (rec: Record<string, unknown>) => rowLabelOf(table, rec, lookup, String(rec.id ?? ''));
		// A sheet still arriving from the parse worker (row-stream.ts) is compared as its rows come.
		const stream = parsed.stream && parsed.sheets[parsed.stream.sheet] === sheet ? parsed.stream : null;
		let done = 0;
		for (let at = 0; ; at++) {
			while (stream && at >= sheet.rows.length && stream.state === 'open') await stream.more();
			if (stream?.state === 'failed') throw new StreamRestart();
			if (at >= sheet.rows.length) break;
			const src = sheet.rows[at];
			if (++done % PREVIEW_SLICE === 0) await yieldToPage();
			rowIssues = [];
			hasError = false;
			// Cell errors wait until the row is known not to be a group or total row.
			const pending: (() => Issue)[] = [];
			const values: Record<string, unknown> = {};
			let rowId: unknown = undefined;
			const hint = (districtSrc ? cellHint(src.cells[districtSrc.src.index]) : undefined) ?? groupDistrict;
			for (const { src: sc, col } of mapped) {
				if (col.key === 'version' || col.key === 'updatedAt') continue;
				const raw = src.cells[sc.index] ?? null;
				// A hand-made row may have no id: it is then matched by its natural key or added.
				if (col.key === 'id' && (raw === null || String(raw).trim() === '')) continue;
				let r: ParseResult;
				if (col.type === 'ref' && col.ref === 'districts' && issues.full && typeof raw === 'string' && raw.trim() && !knownDistricts.has(raw.trim()) && !knownDistricts.has(foldUnitName(raw))) {
					// Past the detail limit: no closest-name search for unknown names.
					r = { ok: false, error: { key: 'err.commune', params: { value: raw.slice(0, 60), suggest: '', names: '' } } };
				} else if (col.type === 'ref' && col.ref === 'communes') {
					let byValue = communeCache.get(hint ?? '');
					if (!byValue) communeCache.set(hint ?? '', (byValue = new Map()));
					const cached = byValue.get(raw);
					if (cached) r = cached;
					else {
						const text = typeof raw === 'string' ? raw.trim() : String(raw ?? '');
						const bare = foldUnitName(text.replace(/\([^)]*\)\s*$/, ''));
						if (issues.full && text && !knownUnits.has(text) && !knownUnits.has(bare) && !/^\d{4}$/.test(text)) {
							// Past the detail limit: no closest-name search for unknown names (keeps 100,000 junk rows fast).
							r = { ok: false, error: { key: 'err.commune', params: { value: text.slice(0, 60), suggest: '', names: '' } } };
						} else r = parseValue(col, raw, lookup, hint);
						if (communesCached++ < 50_000) byValue.set(raw, r);
					}
				} else r = cachedParse(valueCache.get(col)!, col, raw, lookup);
				// The id is kept apart (deleting it from `values` later would slow every object made from it).
				if (r.ok) {
					if (col.key === 'id') rowId = r.value;
					else values[col.key] = r.value;
				}
				else {
					const err = r.error;
					pending.push(() => issue('error', { sheet: sheet.name, row: src.row, column: sc.header, letter: sc.letter, value: raw }, err.key, err.params));
				}
			}
			// The row's natural key, worked out once (values keep no id past this point).
			const valuesKey = hasError || pending.length ? null : naturalKeyOf(table, values);
			if (pending.length || (!rowId && valuesKey === null)) {
				// Not a whole row: a group heading, a subtotal or a total is skipped, not reported.
				const group = groups.classify(src.cells);
				if (group) {
					skipped.push(src.row);
					if (group.district) groupDistrict = group.district;
					continue;
				}
			}
			for (const make of pending) addLazy(make);
			noteUnit(values.communeId);
			const fileId = idSrc && typeof rowId === 'string' && rowId ? rowId : '';
			let mine: AnyRec | undefined = fileId ? tableLocal.get(fileId) : undefined;
			if (!mine && !fileId && !hasError && valuesKey) mine = byNatural.get(valuesKey) as AnyRec | undefined;
			// Duplicate keys in the file.
			const dupKey = mine ? `id|${mine.id}` : fileId ? `id|${fileId}` : hasError ? null : valuesKey;
			if (dupKey) {
				const first = seen.get(dupKey);
				if (first !== undefined) {
					addIssue(
						issue('error', { sheet: sheet.name, row: src.row }, 'excel.err.duplicate', {
							first,
							what: mine ? `${translate('vi', 'col.id')} ${mine.id}` : fileId ? `${translate('vi', 'col.id')} ${fileId}` : dupKey.replace(/\|/g, ' / ')
						})
					);
				} else seen.set(dupKey, src.row);
			}
			if (mine) touched.get(table)!.add(mine.id);
			if (hasError) {
				counts.error++;
				rows.push({ sheet: sheet.name, row: src.row, table, id: mine?.id ?? fileId, label: mine ? label(mine) : fileId, status: 'error', changes: [], conflicts: [], issues: rowIssues.length ? rowIssues : NONE });
				continue;
			}
			if (mine) {
				const base = bases[`${table}:${mine.id}`];
				const changes: CellDiff[] = [];
				const conflicts: CellConflict[] = [];
				let keptLocal = false;
				for (const { src: cell, col } of mapped) {
					if (META.has(col.key) || !(col.key in values)) continue;
					const theirs = values[col.key];
					const mineV = mine[col.key];
					const text = (v: unknown) => formatValue(col, v, 'vi', lookup);
					const column = translate('vi', col.label as DictKey);
					const follows = derived?.get(mine.id)?.[col.key];
					if (follows) {
						if (norm(theirs) !== null && !sameValue(theirs, follows.value)) {
							addIssue(
								issue('warning', { sheet: sheet.name, row: src.row, column, letter: cell.letter }, 'excel.warn.derived', {
									value: text(theirs),
									shown: text(follows.value) || '—',
									origin: translate('vi', follows.origin.key, follows.origin.params)
								})
							);
						}
						continue;
					}
					if (!col.editable) continue;
					if (base && col.key in base.values) {
						const baseV = base.values[col.key];
						if (sameValue(theirs, baseV)) {
							if (!sameValue(mineV, baseV)) keptLocal = true;
							continue;
						}
						if (sameValue(mineV, theirs)) continue;
						if (sameValue(mineV, baseV)) {
							changes.push({ key: col.key, column, old: mineV ?? null, new: theirs, oldText: text(mineV), newText: text(theirs) });
						} else {
							conflicts.push({ key: col.key, column, mine: mineV ?? null, theirs, base: baseV ?? null, mineText: text(mineV), theirsText: text(theirs), baseText: text(baseV) });
						}
					} else {
						if (sameValue(theirs, mineV)) continue;
						// A hand-made sheet's blank cell does not erase a value (it may just be a column left empty).
						if (norm(theirs) === null || theirs === false) {
							if (norm(mineV) !== null) continue;
						}
						changes.push({ key: col.key, column, old: mineV ?? null, new: theirs, oldText: text(mineV), newText: text(theirs) });
					}
				}
				if (pkg.scope && (changes.length || conflicts.length)) {
					const refused = scopeRefusal(table, mine, values, pkg.scope, unitNames, translate('vi', schemas[table].title));
					if (refused) {
						addIssue(issue('error', { sheet: sheet.name, row: src.row }, refused.key, refused.params));
						counts.error++;
						rows.push({ sheet: sheet.name, row: src.row, table, id: mine.id, label: label(mine), status: 'error', changes, conflicts, issues: rowIssues.length ? rowIssues : NONE });
						continue;
					}
				}
				if (changes.length || conflicts.length) {
					// The changed record must still be valid as a whole.
					const merged = { ...mine, ...Object.fromEntries(changes.map((c) => [c.key, c.new])) };
					// Conflicting cells may take the file's value too: the rules are checked with them.
					const withTheirs = { ...merged, ...Object.fromEntries(conflicts.map((c) => [c.key, c.theirs])) };
					const keyTaken = taken && touchesKey(table, mine, withTheirs) ? taken.check(withTheirs, lookup) : null;
					const problem =
						checkRecord(table, merged as never, lookup) ??
						checkChoices(table, withTheirs, mine, lookup) ??
						(keyTaken ? { column: keyColumn(table), error: keyTaken } : null);
					if (problem) {
						const i = mapped.findIndex((m) => m.col.key === problem.column.key);
						const sc = i >= 0 ? mapped[i].src : undefined;
						addIssue(issue('error', { sheet: sheet.name, row: src.row, column: sc?.header, letter: sc?.letter }, problem.error.key, problem.error.params));
						counts.error++;
						rows.push({ sheet: sheet.name, row: src.row, table, id: mine.id, label: label(mine), status: 'error', changes, conflicts, issues: rowIssues.length ? rowIssues : NONE });
						continue;
					}
				}
				const status: RowStatus = conflicts.length ? 'conflict' : changes.length ? 'changed' : keptLocal ? 'kept' : 'unchanged';
				counts[status]++;
				if (status !== 'unchanged') {
					rows.push({ sheet: sheet.name, row: src.row, table, id: mine.id, label: label(mine), status, changes, conflicts, expectedVersion: Number(mine.version ?? 0), issues: rowIssues.length ? rowIssues : NONE });
				}
				continue;
			}
			// A new record.
			if (schemas[table].id.kind === 'official' && !fileId) {
				addIssue(
					issue('error', { sheet: sheet.name, row: src.row }, 'excel.err.newNeedsId', {
						table: translate('vi', schemas[table].title),
						column: idSrc?.src.header || translate('vi', 'col.id')
					})
				);
				counts.error++;
				rows.push({ sheet: sheet.name, row: src.row, table, id: '', label: String(values.name ?? ''), status: 'error', changes: [], conflicts: [], issues: rowIssues.length ? rowIssues : NONE });
				continue;
			}
			const id = fileId || newRecordId(schemas[table].id.prefix);
			const record: AnyRec = { ...blank, ...values, id };
			const derive = (schemas[table] as { derive?: (r: unknown, l: Lookup) => Record<string, unknown> }).derive;
			if (derive) Object.assign(record, derive(record, lookup));
			if (pkg.skipNew(table, record)) {
				counts.unchanged++;
				continue;
			}
			const refused = pkg.scope ? scopeRefusal(table, undefined, record, pkg.scope, unitNames, translate('vi', schemas[table].title)) : null;
			if (refused) {
				addIssue(issue('error', { sheet: sheet.name, row: src.row }, refused.key, refused.params));
				counts.error++;
				rows.push({ sheet: sheet.name, row: src.row, table, id, label: label(record), status: 'error', changes: [], conflicts: [], issues: rowIssues.length ? rowIssues : NONE });
				continue;
			}
			const recordKey = taken ? naturalKeyOf(table, record) : null;
			const keyTaken = taken?.check(record, lookup, recordKey) ?? null;
			const problem =
				checkRecord(table, record as never, lookup, checked) ??
				checkChoices(table, record, null, lookup, chosen) ??
				(keyTaken ? { column: keyColumn(table), error: keyTaken } : null);
			if (problem) {
				const i = mapped.findIndex((m) => m.col.key === problem.column.key);
				const sc = i >= 0 ? mapped[i].src : undefined;
				addIssue(
					issue('error', { sheet: sheet.name, row: src.row, column: sc?.header ?? translate('vi', problem.column.label as DictKey), letter: sc?.letter ?? '—' }, problem.error.key, problem.error.params)
				);
				counts.error++;
				rows.push({ sheet: sheet.name, row: src.row, table, id, label: label(record), status: 'error', changes: [], conflicts: [], issues: rowIssues.length ? rowIssues : NONE });
				continue;
			}
			counts.new++;
			rows.push({ sheet: sheet.name, row: src.row, table, id, label: label(record), status: 'new', changes: NONE, conflicts: NONE, record, issues: rowIssues.length ? rowIssues : NONE });
			// (A new row's record has no version: it counts as 0 wherever versions are read below.)
			if (fileId) {
				tableLocal.set(id, record);
				touched.get(table)!.add(id);
			} else aside.push({ table, record });
			taken?.set(record, recordKey);
			if (referenced.has(table)) lookupTables.add(table);
		}
		plan.rowCount = sheet.rows.length;
		if (skipped.length) {
			const shown = skipped.slice(0, MAX_ROWS_LISTED).join(', ') + (skipped.length > MAX_ROWS_LISTED ? ', …' : '');
			issues.add(issue('warning', { sheet: sheet.name }, 'excel.sheet.groupRows', { sheet: sheet.name, n: skipped.length, rows: shown }));
			plan.rowCount -= skipped.length;
		}
		// Local copy of new records must not count as existing ones for the next sheets of the same table,
		// but they do count for the lookup (a target may name a commune added above).
	}
	// A streamed sheet this preview did not go through (no table chosen for it): its end is awaited,
	// so a preview is never made on rows that turned out not to hold.
	if (parsed.stream) {
		while (parsed.stream.state === 'open') await parsed.stream.more();
		if (parsed.stream.state === 'failed') throw new StreamRestart();
	}
	if (pkg.bookkeeping || mode === 'replace') putAside();
	// The collection board's record of the package, written with the rest (one undo step).
	const kept = pkg.bookkeeping?.(local, buildLookup(local));
	if (kept) {
		rows.push(kept);
		counts[kept.status]++;
	}
	// New records were put into `local` for the lookup; take them out of the deletion scan below.
	const deletions: Deletion[] = [];
	if (mode === 'replace') {
		const lk = buildLookup(local);
		for (const table of tablesInFile) {
			// Only tables whose rows may be deleted lose the rows missing from the file (not the units).
			if (!schemas[table].canDelete) {
				const kept = [...local.get(table)!.values()].filter((r) => !touched.get(table)!.has(r.id)).length;
				if (kept) issues.add(issue('warning', {}, 'excel.sheet.keepsRows', { table: translate('vi', schemas[table].title), n: kept }));
				continue;
			}
			for (const rec of local.get(table)!.values()) {
				if (touched.get(table)!.has(rec.id)) continue;
				deletions.push({
					table,
					id: rec.id,
					label: rowLabelOf(table, rec, lk),
					expectedVersion: Number(rec.version ?? 0)
				});
			}
		}
		counts.delete = deletions.length;
	}
	if (issues.errors > issues.list.filter((i) => i.level === 'error').length) {
		const more = issues.errors - issues.list.filter((i) => i.level === 'error').length;
		issues.list.push(issue('error', {}, 'excel.err.moreIssues', { n: more.toLocaleString('vi-VN') }));
	}
	if (movedUnits.size) {
		const list = [...movedUnits].map(([from, m]) => `${lookup.communeName(from)} → ${lookup.communeName(m.to)} (${m.rows})`);
		const shown = list.slice(0, 12).join('; ') + (list.length > 12 ? '; …' : '');
		issues.add(issue('warning', {}, 'excel.sheet.mappedUnits', { n: [...movedUnits.values()].reduce((a, m) => a + m.rows, 0), date: dmy(mapDate), list: shown }));
	}
	return {
		fileName: parsed.fileName,
		mode,
		sheets: plans.map((p) => p.plan),
		rows,
		deletions,
		issues: issues.list,
		errorCount: issues.errors,
		warningCount: issues.warnings,
		counts,
		blocking,
		read: { lookup: prepared.lookup, changes: prepared.changes }
	};
}

/** The first column of a table's natural key (where a taken key is reported). */
function keyColumn(table: TableName): Column<any> {
	const k = (schemas[table].naturalKey as string[])[0];
	return (schemas[table].columns as Column<any>[]).find((c) => c.key === k)!;
}

/** Row numbers listed in the note on skipped group and total rows. */
const MAX_ROWS_LISTED = 30;
/** The numbering of a group heading: "I", "II", "IV", "XII", "A", "B" (an optional dot). */
const GROUP_NUMBER = /^(?:[IVXL]{1,7}|[A-Z])\.?$/;
/** Folded labels of subtotal and total rows: "Cộng", "Cộng huyện …", "Tổng", "Tổng cộng", "Toàn tỉnh". */
const TOTAL_LABEL = /^(?:tong cong|tong so|tong|cong|toan tinh|toan huyen|ca tinh|luy ke)(?: |$)/;
/** A count after a group's name: "BẮC TRÀ MY (02 xã)". */
const COUNT_NOTE = /\(\s*\d+[^)]*\)\s*$/;
/** Folded prefixes of a district-level unit's name. */
const DISTRICT_PREFIX = /^(?:huyen|thi xa|thanh pho|tp|tx) /;

/**
 * Recognises the rows of a provincial annex that are not records: a group heading (a Roman
 * numeral or a capital letter in an unmapped column such as "TT", or a district-level unit's
 * name where the commune belongs: "I | BẮC TRÀ MY (02 xã)", "Huyện Đại Lộc"), and subtotal or
 * total rows ("Cộng", "Cộng huyện …", "Tổng cộng", "Toàn tỉnh"). Only asked about rows that are
 * not whole records (an error or a missing key), so a real row is never skipped.
 */
class GroupRows {
	constructor(
		private fields: (string | null)[],
		/** Index of the cell naming a commune, or -1. */
		private communeIndex: number,
		/** Folded commune names (and the plan's spellings). */
		private communes: Set<string>,
		/** Folded district name -> its name. */
		private districts: Map<string, string>
	) {}

	/** Null for a row that is not a group or total row; else the district it names, if any. */
	classify(cells: CellValue[]): { district?: string } | null {
		// The row's texts in order, a merged cell (copied into each of its cells) counted once.
		const texts: { index: number; text: string }[] = [];
		cells.forEach((v, index) => {
			const text = cellHint(v)?.replace(/\s+/g, ' ');
			if (text && texts.at(-1)?.text !== text) texts.push({ index, text });
		});
		if (!texts.length) return null;
		const numbered = GROUP_NUMBER.test(texts[0].text) && (!this.fields[texts[0].index] || texts[0].index === 0);
		// Texts other than the numbering and counts; a heading has one (a merged cell, or one cell).
		const labels = (numbered ? texts.slice(1) : texts).filter((t) => !/^[\d.,\s%()]+$/.test(t.text));
		const label = labels[0]?.text ?? '';
		const oneLabel = new Set(labels.map((t) => t.text)).size <= 1;
		if (TOTAL_LABEL.test(fold(label)) || TOTAL_LABEL.test(fold(texts[0].text))) return {};
		const commune = this.communeIndex >= 0 ? (cellHint(cells[this.communeIndex]) ?? '') : '';
		if (commune && this.isDistrictLevel(commune)) return { district: this.district(commune) };
		// "II | NÚI THÀNH (02 xã)"; or one label naming a district ("Huyện Đại Lộc" in the district
		// column, commune left empty). A numbered row with data in other columns is a record with errors.
		if (oneLabel && (numbered || (!commune && label && this.isDistrictLevel(label)))) return { district: label ? this.district(label) : undefined };
		return null;
	}

	/** The district a label names ("BẮC TRÀ MY (02 xã)", "Huyện Đại Lộc"), by its name. */
	private district(text: string): string | undefined {
		return this.districts.get(foldUnitName(text.replace(COUNT_NOTE, '')));
	}

	/** A district-level unit's name where a commune is expected (never a commune's own name). */
	private isDistrictLevel(text: string): boolean {
		const bare = text.replace(COUNT_NOTE, '').trim();
		if (DISTRICT_PREFIX.test(fold(bare))) return true;
		if (!this.district(bare)) return false;
		// "Núi Thành" is a district and a town: a count note says which one is meant.
		return COUNT_NOTE.test(text) || !this.communes.has(foldUnitName(bare));
	}
}

function cellHint(v: CellValue | undefined): string | undefined {
	if (v === null || v === undefined || v instanceof Date) return undefined;
	const s = String(v).trim();
	return s || undefined;
}

/** Key of one conflicting cell in the resolutions given to applyPreview. */
export function conflictKey(table: TableName, id: string, key: string): string {
	return `${table}:${id}:${key}`;
}
