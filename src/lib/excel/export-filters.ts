// What a dataset export writes: the records as every view shows them (overlays) and, when asked,
// only the rows that pass the targets' and communes' filters. Pure: runs in the export worker
// (export.worker.ts), and on the calling thread where there is no worker.
import { withOverlays } from '$lib/schema';
import { Lookup } from '$lib/domain/lookup';
import { fold } from '$lib/domain/text';
import { targetPasses, communePasses, type TargetFilter, type CommuneFilter } from '$lib/domain/filters';
import type { Dataset } from './workbook-write';

/** Filters applied to the export (and written to the information sheet). */
export interface ExportFilters {
	targets?: TargetFilter;
	communes?: CommuneFilter;
	/** Human description shown in "Thông tin" (defaults to a summary of the filters above). */
	description?: string;
}

function applyFilters(data: Dataset, f: ExportFilters | undefined): Dataset {
	if (!f || (!f.targets && !f.communes)) return data;
	const lookup = new Lookup(data.districts, data.communes);
	const out = { ...data };
	if (f.targets) {
		const q = fold(f.targets.q ?? '');
		out.targets = data.targets.filter((t) =>
			targetPasses(t, f.targets!, fold([lookup.communeName(t.communeId), lookup.districtName(t.districtId), t.notes, t.responsible].join(' ')), q)
		);
	}
	if (f.communes) {
		const q = fold(f.communes.q ?? '');
		out.communes = data.communes.filter((c) =>
			communePasses(c, f.communes!, fold([c.name, lookup.districtName(c.districtId), c.notes].join(' ')), q)
		);
	}
	return out;
}

/** The stored records -> what the workbook holds: values that follow other tables written as every
 * view shows them (schema/overlay.ts), then the filters. */
export function exportedDataset(stored: Dataset, filters: ExportFilters | undefined): Dataset {
	return applyFilters(withOverlays(stored), filters);
}
