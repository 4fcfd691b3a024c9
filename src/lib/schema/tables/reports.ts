// Issued reports (IV.2: every 6 months and every year, to the Fatherland Front committee of the same
// level and to the association above): one record per report, with the frozen snapshot of what it
// reported. Issuing freezes the snapshot; later changes to the data never change it; a new edition
// replaces an issued one (the old one is marked replaced and kept). Made on /reports, not typed in.
import type { BaseRecord } from '$lib/domain/records';
import { defineTable } from '../define';
import { id, version, updatedAt, notes, isOneOf, enumOptions } from '../columns';

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
	title: 'table.reports',
	columns: [
		id(),
		{ key: 'level', label: 'col.reportLevel', type: 'text', required: true, editable: false, width: 120, maxLength: 20, aliases: ['cap bao cao'] },
		{ key: 'periodId', label: 'col.period', type: 'ref', ref: 'periods', required: true, editable: false, width: 200, aliases: ['ky', 'ky bao cao'] },
		{ key: 'number', label: 'col.reportNumber', type: 'text', editable: true, width: 130, maxLength: 60, aliases: ['so', 'so hieu', 'so ky hieu'] },
		{ key: 'date', label: 'col.reportDate', type: 'date', required: true, editable: true, width: 120, aliases: ['ngay', 'ngay ban hanh'] },
		{ key: 'title', label: 'col.reportTitle', type: 'text', required: true, editable: true, width: 360, maxLength: 400, aliases: ['tieu de', 'trich yeu'] },
		{ key: 'status', label: 'col.reportStatus', type: 'enum', values: REPORT_STATUSES, enumName: 'reportStatus', required: true, editable: false, width: 120, aliases: ['trang thai'] },
		{ key: 'edition', label: 'col.reportEdition', type: 'int', min: 1, max: 999, editable: false, width: 80, aliases: ['lan ban hanh'] },
		{ key: 'replaces', label: 'col.reportReplaces', type: 'text', editable: false, width: 120, hidden: true },
		// An Excel cell holds at most 32,767 characters, and the whole-dataset workbook carries the snapshot.
		{ key: 'snapshot', label: 'col.reportSnapshot', type: 'longtext', editable: false, width: 200, hidden: true, maxLength: 32_000 },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'bc' },
	naturalKey: ['level', 'periodId', 'edition'],
	unique: true,
	sheetOrder: 22,
	seed: { file: 'reports.json', version: 1 },
	defaultSort: (a, b) => b.date.localeCompare(a.date) || b.edition - a.edition,
	filters: [{ param: 'status', label: 'col.reportStatus', options: enumOptions('reportStatus', REPORT_STATUSES), test: isOneOf('status'), field: 'status' }],
	rowLabel: (r) => `${r.number ? `${r.number} ` : ''}${r.title}`,
	canDelete: true,
	blank: () => ({ level: 'province', periodId: '', number: '', date: '', title: '', status: 'draft', edition: 1, replaces: '', snapshot: '', notes: '' }),
	page: { path: '/reports', nav: 'nav.reports' }
});
