// The phase and the map in view, page-wide: every grid, filter, the dashboard and exports show
// units as of this date (default: the map of the phase in view). Kept in localStorage so a reload
// or a new tab shows the same map; changed from the header's badge (MapSwitch.svelte).
import { MAP_2024 } from '$lib/domain/units-over-time';
import { FIRST_PHASE } from '$lib/domain/phases';

const KEY = 'ntm-map-view';

export interface MapViewState {
	/** The phase in view (its id, "2021-2025"). */
	phase: string;
	/** The phase's own map date. */
	phaseDate: string;
	/** Another date chosen by the planner (null: the phase's). */
	date: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
function restore(): MapViewState {
	const fallback: MapViewState = { phase: FIRST_PHASE, phaseDate: MAP_2024, date: null };
	try {
		const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<MapViewState> | null;
		if (!raw || typeof raw.phase !== 'string' || !ISO.test(String(raw.phaseDate))) return fallback;
		return { phase: raw.phase, phaseDate: String(raw.phaseDate), date: raw.date && ISO.test(raw.date) ? raw.date : null };
	} catch {
		return fallback; // no storage, or something unreadable: the plan's own map
	}
}

export const mapView = $state<MapViewState>(restore());

/** The date of the map in view. */
export function asOf(): string {
	return mapView.date ?? mapView.phaseDate;
}

const listeners = new Set<(date: string) => void>();
/** Hear when the map in view changes (the name lookup follows it). */
export function onMapChange(f: (date: string) => void): () => void {
	listeners.add(f);
	return () => listeners.delete(f);
}

export function setMapView(next: Partial<MapViewState>) {
	Object.assign(mapView, next);
	try {
		localStorage.setItem(KEY, JSON.stringify(mapView));
	} catch {
		/* storage refused: the choice lasts for this page */
	}
	for (const f of listeners) f(asOf());
}
