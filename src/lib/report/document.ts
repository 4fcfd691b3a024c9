// The document around the figures: header blocks, number, place and date, title, recipients and
// signature (Nghị định 30/2020/NĐ-CP, Phụ lục I, applied by reference), from settings a planner can
// change (stored in meta `reportSettings`), and the frozen snapshot an issued report keeps.
import { tvi } from '$lib/i18n/translate';
import type { ReportFigures, Figure, ReportTable } from './figures';
import '$lib/i18n/report-texts';

export interface ReportSettings {
	provinceParent: string;
	provinceBody: string;
	/** {unit}: the district's name in capitals with its kind ("HUYỆN ĐẠI LỘC"). */
	districtParent: string;
	districtBody: string;
	/** {n}: the report's number in its year, two digits. */
	numberPattern: string;
	place: string;
	nationalName: boolean;
	authority: string;
	signerTitle: string;
	signerName: string;
	provinceRecipients: string[];
	districtRecipients: string[];
}

export const DEFAULT_SETTINGS: ReportSettings = {
	provinceParent: '',
	provinceBody: 'HỘI CỰU CHIẾN BINH TỈNH QUẢNG NAM',
	districtParent: 'HỘI CCB TỈNH QUẢNG NAM',
	districtBody: 'HỘI CỰU CHIẾN BINH {unit}',
	numberPattern: '{n}/BC-CCB',
	place: 'Quảng Nam',
	nationalName: true,
	authority: 'TM. BAN THƯỜNG VỤ',
	signerTitle: 'CHỦ TỊCH',
	signerName: '',
	provinceRecipients: ['Ủy ban MTTQVN tỉnh;', 'TƯ Hội CCB Việt Nam;', 'Thường trực Hội CCB tỉnh;', 'Hội CCB các huyện, thị xã, thành phố;', 'Lưu: VT.'],
	districtRecipients: ['Ủy ban MTTQVN {unit};', 'Hội CCB tỉnh Quảng Nam;', 'Lưu: VT.']
};

export const SETTINGS_META_KEY = 'reportSettings';

/** Settings read from storage: unknown or wrong-typed fields take the default. */
export function normaliseSettings(raw: unknown): ReportSettings {
	const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const out = { ...DEFAULT_SETTINGS };
	for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof ReportSettings)[]) {
		const d = DEFAULT_SETTINGS[k];
		const v = r[k];
		if (Array.isArray(d)) {
			if (Array.isArray(v)) (out as Record<string, unknown>)[k] = v.map((x) => String(x).slice(0, 200)).filter((x) => x.trim()).slice(0, 20);
		} else if (typeof d === 'boolean') {
			if (typeof v === 'boolean') (out as Record<string, unknown>)[k] = v;
		} else if (typeof v === 'string') (out as Record<string, unknown>)[k] = v.slice(0, 200);
	}
	return out;
}

/** The texts of the document as issued (kept in the snapshot). */
export interface DocumentHead {
	parentBody: string;
	body: string;
	number: string;
	nationalName: string;
	motto: string;
	placeDate: string;
	type: string;
	subject: string;
	recipients: string[];
	authority: string;
	signerTitle: string;
	signerName: string;
}

/** What an issued report keeps: the figures and the document's texts. */
export interface Snapshot {
	format: 1;
	figures: ReportFigures;
	head: DocumentHead;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "HUYỆN ĐẠI LỘC" from "huyện Đại Lộc". */
const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/** The period as the title says it: "6 tháng đầu năm 2025", "năm 2025". */
export function periodPhrase(f: Pick<ReportFigures, 'periodKind' | 'periodYear'>): string {
	return tvi(f.periodKind === 'h1' ? 'report.doc.periodH1' : 'report.doc.periodYear', { year: f.periodYear });
}

/** The number ("05/BC-CCB") for the n-th report of its year. */
export function reportNumber(settings: ReportSettings, n: number): string {
	return settings.numberPattern.replace(/\{n\}/g, two(n));
}

/** The header, title, recipients and signature of a report. */
export function documentHead(settings: ReportSettings, f: ReportFigures, opts: { number: string; date: string; districtName?: string }): DocumentHead {
	const province = f.level === 'province';
	const unit = upper(f.levelName);
	const fill = (s: string) => s.replace(/\{unit\}/g, unit);
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(opts.date);
	// Days under 10 and months 1-2 take a leading zero (Phụ lục I).
	const d = m ? m[3] : '…';
	const month = m ? (Number(m[2]) <= 2 ? m[2] : String(Number(m[2]))) : '…';
	const place = province ? settings.place : (opts.districtName ?? f.levelName);
	return {
		parentBody: fill(province ? settings.provinceParent : settings.districtParent),
		body: fill(province ? settings.provinceBody : settings.districtBody),
		number: opts.number,
		nationalName: settings.nationalName ? tvi('report.doc.nationalName') : '',
		motto: settings.nationalName ? tvi('report.doc.motto') : '',
		placeDate: tvi('report.doc.placeDate', { place, d, m: month, y: m ? m[1] : '…' }),
		type: tvi('report.doc.type'),
		subject: tvi('report.doc.subject', { period: periodPhrase(f), level: f.levelName }),
		recipients: (province ? settings.provinceRecipients : settings.districtRecipients).map((r) => fill(r.replace(/\{unit\}/g, f.levelName))),
		authority: settings.authority,
		signerTitle: settings.signerTitle,
		signerName: settings.signerName
	};
}

export function makeSnapshot(figures: ReportFigures, head: DocumentHead): Snapshot {
	return { format: 1, figures, head };
}

/** A stored snapshot, or null when it is not one (a damaged record, a file). */
export function parseSnapshot(text: string): Snapshot | null {
	try {
		const s = JSON.parse(text) as Snapshot;
		if (!s || s.format !== 1 || !s.figures || !Array.isArray(s.figures.tables) || !s.head) return null;
		for (const t of s.figures.tables) if (!Array.isArray(t.rows) || !Array.isArray(t.header) || !Array.isArray(t.columns)) return null;
		return s;
	} catch {
		return null;
	}
}

/** A figure as a document writes it: the number (vi-VN), or the reason it is missing. */
export function figureText(f: Figure | null, locale = 'vi-VN', missingText = (r: string) => tvi(`report.missing.${r}` as never)): string {
	if (!f) return '';
	if (f.value === null) return missingText(f.reason);
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(f.value);
}

export interface FigureDiff {
	table: string;
	row: string;
	column: string;
	reported: Figure | null;
	now: Figure | null;
	/** The row is only in the snapshot ('gone') or only today ('new'). */
	rowChange?: 'gone' | 'new';
}

const sameFigure = (a: Figure | null | undefined, b: Figure | null | undefined) =>
	(a ?? null) === (b ?? null) || (!!a && !!b && a.value === b.value && (a.value !== null || a.reason === b.reason));

/** Every figure that differs between what was reported and today's figures, table by table. */
export function diffFigures(reported: ReportFigures, now: ReportFigures): FigureDiff[] {
	const out: FigureDiff[] = [];
	const byKey = (t: ReportTable | undefined) => new Map((t?.rows ?? []).map((r) => [r.key, r]));
	for (const t of reported.tables) {
		const other = now.tables.find((x) => x.key === t.key);
		const a = byKey(t);
		const b = byKey(other);
		const name = `${t.code}. ${t.title}`;
		for (const [key, row] of a) {
			const o = b.get(key);
			row.cells.forEach((c, i) => {
				const n = o ? (o.cells[i] ?? null) : null;
				if (!sameFigure(c, n)) out.push({ table: name, row: rowName(row), column: t.columns[i] ?? String(i + 1), reported: c, now: n, rowChange: o ? undefined : 'gone' });
			});
		}
		for (const [key, row] of b) {
			if (a.has(key)) continue;
			row.cells.forEach((c, i) => {
				if (c) out.push({ table: name, row: rowName(row), column: (other?.columns ?? t.columns)[i] ?? String(i + 1), reported: null, now: c, rowChange: 'new' });
			});
		}
	}
	return out;
}

const rowName = (r: { no: string; label: string }) => (r.no ? `${r.no}. ${r.label}` : r.label);
