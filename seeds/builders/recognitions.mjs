// The register of recognitions the plan lets us know: the commune register's levels (Đại Hiệp, the
// model commune of 2016-2020, II.3.a; the communes the plan names for a higher level only, hence
// already NTM) and the two districts the plan sends for "huyện NTM nâng cao" (II.5.b: Phú Ninh, Duy
// Xuyên, hence already NTM). Years and decisions the plan does not give stay empty: the planner
// completes the register (the plan counts 112 NTM, 6 advanced and 1 model commune of 2016-2020).
import { base, need } from './common.mjs';

export const file = 'recognitions.json';
export const after = ['communes.json', 'districts.json', 'district-targets.json'];

/** Seed id of a commune's recognition at a level (the database upgrade of 0.3.0 uses the same ids). */
export const communeRecognitionId = (communeId, level) => `cn-${communeId}-${level}`;

export function build(ctx) {
	const communes = need(ctx, 'communes.json');
	const districts = need(ctx, 'districts.json');
	const rows = [];
	for (const c of communes) {
		if (!c.recognisedLevel) continue;
		rows.push({
			...base(communeRecognitionId(c.id, c.recognisedLevel)),
			scope: 'commune',
			communeId: c.id,
			districtId: c.districtId,
			level: c.recognisedLevel,
			kind: 'recognised',
			year: c.recognisedYear,
			decisionNo: '',
			decisionDate: null,
			issuer: 'UBND tỉnh',
			notes: c.notes
		});
	}
	const advancedTargets = need(ctx, 'district-targets.json').filter((t) => t.level === 'nang_cao');
	for (const t of advancedTargets) {
		const d = districts.find((x) => x.id === t.districtId);
		if (!d) throw new Error(`district ${t.districtId} of ${t.id} not found`);
		rows.push({
			...base(`cn-d${d.id}-ntm`),
			scope: 'district',
			communeId: '',
			districtId: d.id,
			level: 'ntm',
			kind: 'recognised',
			year: null,
			decisionNo: '',
			decisionDate: null,
			issuer: 'Thủ tướng Chính phủ',
			notes: `Đã đạt chuẩn NTM (suy ra từ kế hoạch mục ${t.planSection}: ${d.name} phấn đấu huyện NTM nâng cao năm ${t.year})`
		});
	}
	return rows;
}
