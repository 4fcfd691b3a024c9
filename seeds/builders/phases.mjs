// Phases of the programme. The 2021-2025 plan is made on the units of 2024 with QĐ 318's criteria;
// the 2026-2030 phase is started in the app as a draft (its criteria set is already seeded).
import { base } from './common.mjs';

export const file = 'phases.json';

export function build() {
	return [
		{
			...base('2021-2025'),
			name: 'Giai đoạn 2021-2025',
			yearFrom: 2021,
			yearTo: 2025,
			mapDate: '2024-12-31',
			criteriaSetId: 'qd318-xa',
			status: 'current',
			basedOn: null,
			notes: 'Kế hoạch của Hội CCB tỉnh (thực hiện KH 648/KH-UBND ngày 25/01/2024), trên các đơn vị hành chính năm 2024.'
		}
	];
}
