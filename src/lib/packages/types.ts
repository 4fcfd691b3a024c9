// What a package is: the record the province keeps of each package sent to a district (and the
// district of each package received), one level down the record a district keeps of each package sent
// to one of its communes, and the identity a package workbook carries so its return is recognised.
// Pure types: nothing here imports Svelte, Dexie or SheetJS.
import type { BaseRecord } from '$lib/domain/records';

/** 'sent': the province sent it to a district; 'received': a district's copy of the app got it. */
export const PACKAGE_ROLES = ['sent', 'received'] as const;
export type PackageRole = (typeof PACKAGE_ROLES)[number];

/** One package of a period for a district, or for a commune (table `packages`, schema/tables/packages.ts). */
export interface PackageRecord extends BaseRecord {
	periodId: string;
	districtId: string;
	/** A commune's package (a district to its communes): the commune; null or absent for a district's. */
	communeId?: string | null;
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

/** 'out': made for the level below (the province for a district, a district for a commune);
 * 'return': that unit's data sent back. */
export type PackageKind = 'out' | 'return';

/** The identity written into a package workbook (the hidden `_goc` sheet and the "Hướng dẫn" sheet). */
export interface PackageIdentity {
	kind: PackageKind;
	periodId: string;
	/** The district (for a commune's package: the commune's district). */
	districtId: string;
	/** A commune's package: the commune (absent for a district's package). */
	communeId?: string;
	/** When the workbook was made (ISO timestamp). */
	madeAt: string;
	/** The dataset that made the package (the province's, or for a commune's the district's); a return names it too. */
	datasetId: string;
	/** The date the return is due (ISO yyyy-mm-dd), or null. */
	deadline: string | null;
	/** Who made the return (typed in the app, or filled in on the "Hướng dẫn" sheet). */
	returnedBy: string;
}

/** Days after a period's end a return is due, unless the planner sets another date. */
export const DEFAULT_DEADLINE_DAYS = 10;

/** Days after a period's end a commune's return is due at its district (before the district's own). */
export const COMMUNE_DEADLINE_DAYS = 5;

/** Is the record a commune's package (one level down)? */
export const isCommunePackage = (p: Pick<PackageRecord, 'communeId'>) => !!p.communeId;
