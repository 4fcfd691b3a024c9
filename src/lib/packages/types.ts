// What a district package is: the record the province keeps of each package sent (and the district
// of each package received), and the identity a package workbook carries so its return is recognised.
// Pure types: nothing here imports Svelte, Dexie or SheetJS.
import type { BaseRecord } from '$lib/domain/records';

/** 'sent': the province sent it to a district; 'received': a district's copy of the app got it. */
export const PACKAGE_ROLES = ['sent', 'received'] as const;
export type PackageRole = (typeof PACKAGE_ROLES)[number];

/** One package of a period for a district (table `packages`, schema/tables/packages.ts). */
export interface PackageRecord extends BaseRecord {
	periodId: string;
	districtId: string;
	role: PackageRole;
	/** When the package was made (ISO timestamp). */
	sentAt: string | null;
	/** The date the return is due (ISO yyyy-mm-dd). */
	deadline: string | null;
	/** When the return was made, as its file says (ISO timestamp). */
	returnedAt: string | null;
	/** Who sent the return, as its file says. */
	returnedBy: string;
	/** When the return was applied here (ISO timestamp). */
	appliedAt: string | null;
	/** File name of the last package made or return applied. */
	fileName: string;
	/** The dataset the package came from (a received package: the province's). */
	sourceDataset: string;
	notes: string;
}

/** 'out': made by the province for a district; 'return': the district's data sent back. */
export type PackageKind = 'out' | 'return';

/** The identity written into a package workbook (the hidden `_goc` sheet and the "Hướng dẫn" sheet). */
export interface PackageIdentity {
	kind: PackageKind;
	periodId: string;
	districtId: string;
	/** When the workbook was made (ISO timestamp). */
	madeAt: string;
	/** The dataset of the province that made the package (a return names the province's too). */
	datasetId: string;
	/** The date the return is due (ISO yyyy-mm-dd), or null. */
	deadline: string | null;
	/** Who made the return (typed in the app, or filled in on the "Hướng dẫn" sheet). */
	returnedBy: string;
}

/** Days after a period's end a return is due, unless the planner sets another date. */
export const DEFAULT_DEADLINE_DAYS = 10;
