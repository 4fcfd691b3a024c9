// Issued reports (IV.2: every 6 months and every year, to the Fatherland Front committee of the same
// level and to the association above): one record per report, with the frozen snapshot of what it
// reported. Issuing freezes the snapshot; later changes to the data never change it; a new edition
// replaces an issued one (the old one is marked replaced and kept). Made on /reports, not typed in.
import type { BaseRecord } from '$lib/domain/records';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes } from '../columns';

export const REPORT_STATUSES = ['draft', 'issued', 'replaced'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface IssuedReport extends BaseRecord {
	/** 'province' or a district id. */
	level: string;
	periodId: string;
	/** "05/BC-CCB" (shown after "Số: "). */
	number: string;
	/** ISO yyyy-mm-dd: the date of the document. */
	date: string;
	title: string;
	status: ReportStatus;
	/** 1 for the first report of a level and period, then 2, 3… for the editions that replace it. */
	edition: number;
	/** The id of the report this one replaces, or ''. */
	replaces: string;
	/** JSON of what was reported (report/snapshot.ts): the figures and the document's header texts. */
	snapshot: string;
	notes: string;
}

export const reports = defineTable<IssuedReport>()({
	name: 'reports',
	...HEADS.reports,
	title: 'table.reports',
	// Made on /reports, never typed in or taken from a hand-made sheet: no header aliases. Kept small,
	// as the registry is on the first page.
	columns: [
		id(),
		{ key: 'level', label: 'col.reportLevel', type: 'text', required: true },
		{ key: 'periodId', label: 'col.period', type: 'ref', ref: 'periods', required: true, width: 200 },
		{ key: 'number', label: 'col.reportNumber', type: 'text', editable: true, maxLength: 60 },
		{ key: 'date', label: 'col.reportDate', type: 'date', required: true, editable: true },
		{ key: 'title', label: 'col.reportTitle', type: 'text', required: true, editable: true, width: 360, maxLength: 400 },
		{ key: 'status', label: 'col.reportStatus', type: 'enum', values: REPORT_STATUSES, enumName: 'reportStatus', required: true },
		{ key: 'edition', label: 'col.reportEdition', type: 'int', min: 1, max: 999, width: 80 },
		{ key: 'replaces', label: 'col.reportReplaces', type: 'text', hidden: true },
		// An Excel cell holds at most 32,767 characters, and the whole-dataset workbook carries the snapshot.
		{ key: 'snapshot', label: 'col.reportSnapshot', type: 'longtext', hidden: true, maxLength: 32_000 },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'bc' },
	naturalKey: ['level', 'periodId', 'edition'],
	unique: true,
	rowLabel: (r) => `${r.number ? `${r.number} ` : ''}${r.title}`,
	canDelete: true,
	blank: () => ({ level: 'province', periodId: '', number: '', date: '', title: '', status: 'draft', edition: 1, replaces: '', snapshot: '', notes: '' }),
	// Listed under "Hội CCB" and "Tất cả bảng"; the header's menu has no room left at 1366 px.
});
