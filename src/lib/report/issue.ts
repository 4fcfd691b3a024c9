// Issuing a report: the record that freezes today's figures, the check that a level and period has
// no issued report yet, and the changes of a new edition (the old one marked replaced, in one step).
import type { IssuedReport } from '$lib/schema/tables/reports';
import type { ReportFigures } from './figures';
import { documentHead, makeSnapshot, type ReportSettings } from './document';

export interface IssueInput {
	figures: ReportFigures;
	settings: ReportSettings;
	number: string;
	/** ISO yyyy-mm-dd */
	date: string;
	/** The district's name (a district's report: the place of the date line). */
	districtName?: string;
	/** The reports already there (editions are counted among those of the same level and period). */
	reports: readonly IssuedReport[];
	/** The report a new edition replaces. */
	replaces?: IssuedReport;
	id: string;
	now: string;
}

/** The issued report that freezes `figures`: its snapshot is the JSON of what it reports. */
export function issueRecord(x: IssueInput): IssuedReport {
	const f = x.figures;
	const head = documentHead(x.settings, f, { number: x.number, date: x.date, districtName: x.districtName });
	const editions = x.reports.filter((r) => r.level === f.level && r.periodId === f.periodId).map((r) => r.edition);
	return {
		id: x.id,
		version: 1,
		updatedAt: x.now,
		level: f.level,
		periodId: f.periodId,
		number: x.number,
		date: x.date,
		title: `${head.type} ${head.subject}`,
		status: 'issued',
		edition: Math.max(0, ...editions) + 1,
		replaces: x.replaces?.id ?? '',
		snapshot: JSON.stringify(makeSnapshot(f, head)),
		notes: ''
	};
}

/** The issued (not replaced) report of a level and period, if there is one. */
export function issuedFor(reports: readonly IssuedReport[], level: string, periodId: string): IssuedReport | undefined {
	return reports.find((r) => r.level === level && r.periodId === periodId && r.status === 'issued');
}

/** The write path's changes of issuing `rec` (and marking the report it replaces). */
export function issueChanges(rec: IssuedReport, replaced?: IssuedReport) {
	return [
		...(replaced ? [{ op: 'patch' as const, table: 'reports' as const, id: replaced.id, patch: { status: 'replaced' }, expectedVersion: replaced.version }] : []),
		{ op: 'insert' as const, table: 'reports' as const, record: rec as unknown as Record<string, unknown> & { id: string } }
	];
}
