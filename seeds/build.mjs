// Builds the seed JSON files from seeds/reference/*.csv and the plan's lists (seeds/plan-lists.json).
// Plain Node ESM, no dependencies. Run: node seeds/build.mjs
// Source plan: Kế hoạch của Hội CCB tỉnh Quảng Nam (seeds/plan.txt), implementing KH 648/KH-UBND of 25/01/2024.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const DIR = dirname(fileURLToPath(import.meta.url));
const UPDATED_AT = '2024-01-25T00:00:00.000Z'; // date of KH 648/KH-UBND
const VERSION = 1;

const nfc = (s) => String(s).normalize('NFC');
const read = (name) => nfc(readFileSync(join(DIR, name), 'utf8'));

const base = (id) => ({ id, version: VERSION, updatedAt: UPDATED_AT });

const DISTRICT_KIND = { huyện: 'huyen', 'thị xã': 'thi_xa', 'thành phố': 'thanh_pho' };
const COMMUNE_KIND = { xã: 'xa', phường: 'phuong', 'thị trấn': 'thi_tran' };
const REGION = { 'miền núi': 'mien_nui', 'đồng bằng': 'dong_bang' };
const LEVELS = ['ntm', 'nang_cao', 'kieu_mau'];
const ACTIONS = ['reach', 'submit_dossier', 'maintain'];

function lookup(map, key, what) {
	if (!(key in map)) throw new Error(`Unknown ${what}: "${key}"`);
	return map[key];
}

// ---------------------------------------------------------------- districts and communes
const units = parseCsv(read('reference/quang-nam-units-2024.csv'));
const nameMap = parseCsv(read('reference/plan-name-map.csv'));
const planLists = JSON.parse(read('plan-lists.json'));
const planText = read('plan.txt');

const DISTRICT_NOTES = {
	'Nông Sơn': 'Sáp nhập vào huyện Quế Sơn từ 01/01/2025 (NQ 1241/NQ-UBTVQH15)',
	'Quế Sơn': 'Nhận huyện Nông Sơn sáp nhập từ 01/01/2025 (NQ 1241/NQ-UBTVQH15)'
};

const districts = [];
const districtById = new Map();
for (const u of units) {
	if (districtById.has(u.district_code)) {
		const d = districtById.get(u.district_code);
		if (d.name !== u.district_name) throw new Error(`District ${u.district_code} has two names`);
		continue;
	}
	const d = {
		...base(u.district_code),
		name: u.district_name,
		kind: lookup(DISTRICT_KIND, u.district_kind, 'district kind'),
		region: lookup(REGION, u.district_region, 'region'),
		note2025: DISTRICT_NOTES[u.district_name] ?? ''
	};
	districts.push(d);
	districtById.set(d.id, d);
}
districts.sort((a, b) => a.id.localeCompare(b.id));
const districtByName = new Map();
for (const d of districts) {
	if (districtByName.has(d.name)) throw new Error(`Duplicate district name ${d.name}`);
	districtByName.set(d.name, d);
}

const communes = units.map((u) => {
	const kind = lookup(COMMUNE_KIND, u.commune_kind, 'commune kind');
	return {
		...base(u.commune_code),
		districtId: u.district_code,
		name: u.commune_name,
		kind,
		region: districtById.get(u.district_code).region,
		inProgramme: kind === 'xa',
		recognisedLevel: null,
		recognisedYear: null,
		criteriaMet: null,
		hamletsTotal: null,
		modelHamlets: null,
		note2025: u.note_2025,
		notes: ''
	};
});
const communeById = new Map();
for (const c of communes) {
	if (communeById.has(c.id)) throw new Error(`Duplicate commune code ${c.id}`);
	communeById.set(c.id, c);
}

// Bình Minh (Thăng Bình) left the NTM programme on 01/3/2021 (CV 1008/UBND-KTN).
{
	const bm = communes.filter((c) => c.name === 'Bình Minh' && c.kind === 'xa');
	if (bm.length !== 1) throw new Error('Bình Minh not found exactly once');
	bm[0].inProgramme = false;
	bm[0].notes = 'Không thuộc Chương trình NTM từ 01/3/2021 (CV 1008/UBND-KTN)';
}

// ---------------------------------------------------------------- plan names
/** Resolve a plan spelling to exactly one commune, via plan-name-map.csv, checked against the units CSV. */
function resolve(planName) {
	const rows = nameMap.filter((r) => r.plan_name === planName);
	if (rows.length !== 1)
		throw new Error(`Plan name "${planName}" matches ${rows.length} rows of plan-name-map.csv`);
	const r = rows[0];
	const matches = communes.filter((c) => c.id === r.commune_code);
	if (matches.length !== 1)
		throw new Error(`Plan name "${planName}": commune code ${r.commune_code} found ${matches.length} times`);
	const c = matches[0];
	const d = districtById.get(c.districtId);
	if (c.name !== r.commune_name || d.name !== r.district_name)
		throw new Error(
			`Plan name "${planName}": map says ${r.commune_name} (${r.district_name}), units CSV says ${c.name} (${d.name})`
		);
	if (c.kind !== 'xa') throw new Error(`Plan name "${planName}" resolves to a ${c.kind}, not a xã`);
	return c;
}

for (const list of planLists) {
	if (!LEVELS.includes(list.level)) throw new Error(`Bad level ${list.level}`);
	if (!ACTIONS.includes(list.action)) throw new Error(`Bad action ${list.action}`);
	list.planNames = list.planNames.map(nfc);
	for (const n of list.planNames)
		if (!planText.includes(n)) throw new Error(`Plan name "${n}" does not occur in plan.txt`);
}

// ---------------------------------------------------------------- targets
const STATUS = { reach: 'not_started', submit_dossier: 'in_progress', maintain: 'in_progress' };
const targets = [];
const inNtmList = new Set();
const inHigherList = new Set();
for (const list of planLists) {
	const seen = new Set();
	for (const planName of list.planNames) {
		const c = resolve(planName);
		if (seen.has(c.id))
			throw new Error(`Commune ${c.name} (${planName}) repeats in list ${list.section} ${list.level} ${list.year} ${list.action}`);
		seen.add(c.id);
		(list.level === 'ntm' ? inNtmList : inHigherList).add(c.id);
		targets.push({
			...base(`${list.year}-${list.level}-${c.id}`),
			communeId: c.id,
			districtId: c.districtId,
			level: list.level,
			year: list.year,
			action: list.action,
			status: STATUS[list.action],
			deadline: list.deadline,
			criteriaMet: null,
			responsible: '',
			decisionNo: '',
			decisionDate: null,
			notes: '',
			planName,
			planSection: list.section
		});
	}
}
// A commune named twice for the same year and level (in different actions) gets the action as a suffix.
{
	const byId = new Map();
	for (const t of targets) byId.set(t.id, [...(byId.get(t.id) ?? []), t]);
	for (const group of byId.values())
		if (group.length > 1) for (const t of group) t.id = `${t.id}-${t.action}`;
	const ids = new Set(targets.map((t) => t.id));
	if (ids.size !== targets.length) throw new Error('Target ids are not unique');
}

// ---------------------------------------------------------------- recognised levels (inferred)
for (const c of communes) {
	if (c.name === 'Đại Hiệp' && districtById.get(c.districtId).name === 'Đại Lộc') {
		c.recognisedLevel = 'kieu_mau';
		c.notes = 'Xã NTM kiểu mẫu giai đoạn 2016-2020 (KH mục II.3.a)';
	} else if (inHigherList.has(c.id) && !inNtmList.has(c.id)) {
		c.recognisedLevel = 'ntm';
		c.notes = 'Đã đạt chuẩn NTM (suy ra từ danh sách phấn đấu của kế hoạch)';
	}
}

// ---------------------------------------------------------------- district targets (II.5)
const DT_TEXT = {
	tienPhuoc:
		'Huyện Tiên Phước: Hoàn thành hồ sơ trình cấp có thẩm quyền công nhận huyện đạt chuẩn NTM năm 2024 trước tháng 10/2024',
	nuiThanhDaiLoc:
		'Huyện: Núi Thành, Đại Lộc: Hoàn thành hồ sơ trình cấp có thẩm quyền công nhận huyện đạt chuẩn NTM năm 2025 trước tháng 6/2025',
	queSonNongSon:
		'Huyện Quế Sơn, Nông Sơn: Huyện mới sau khi sáp nhập phần đấu hoàn thánh hồ sơ trình cấp có thẩm quyền công nhận huyện đạt chuẩn NTM năm 2025 trước tháng 10/2025.',
	hoiAn:
		'Thành phố Hội An: Hoàn thành hồ sơ trình cấp có thẩm quyền công nhận thành phố hoàn thành nhiệm vụ NTM năm 2025 trước tháng 06/2025',
	phuNinhDuyXuyen:
		'Huyện Phú Ninh, Duy Xuyên: Hoàn thành hồ sơ trình cấp có thẩm quyền công nhận huyện đạt chuẩn NTM nâng cao năm 2025'
};
const DISTRICT_TARGETS = [
	['Tiên Phước', 'ntm', 2024, '2024-10', 'tienPhuoc', 'II.5.a'],
	['Núi Thành', 'ntm', 2025, '2025-06', 'nuiThanhDaiLoc', 'II.5.a'],
	['Đại Lộc', 'ntm', 2025, '2025-06', 'nuiThanhDaiLoc', 'II.5.a'],
	['Quế Sơn', 'ntm', 2025, '2025-10', 'queSonNongSon', 'II.5.a'],
	['Nông Sơn', 'ntm', 2025, '2025-10', 'queSonNongSon', 'II.5.a'],
	['Hội An', 'hoan_thanh', 2025, '2025-06', 'hoiAn', 'II.5.a'],
	['Phú Ninh', 'nang_cao', 2025, '2025', 'phuNinhDuyXuyen', 'II.5.b'],
	['Duy Xuyên', 'nang_cao', 2025, '2025', 'phuNinhDuyXuyen', 'II.5.b']
];
const districtTargets = DISTRICT_TARGETS.map(([name, level, year, deadline, textKey, section]) => {
	const d = districtByName.get(name);
	if (!d) throw new Error(`District ${name} not found`);
	const text = nfc(DT_TEXT[textKey]);
	if (!planText.includes(text)) throw new Error(`District target text for ${name} is not verbatim in plan.txt`);
	return {
		...base(`${year}-${level}-${d.id}`),
		districtId: d.id,
		level,
		year,
		deadline,
		status: 'not_started',
		decisionNo: '',
		decisionDate: null,
		notes: '',
		planText: text,
		planSection: section
	};
});

// ---------------------------------------------------------------- goals (II.1-6)
const SHARE_NOTE = 'Tỷ lệ 40%/10% tính trên số xã đạt chuẩn NTM (khoảng 155), không phải trên 193 xã';
const goal = (g) => ({
	...base(g.key),
	key: g.key,
	name: g.name,
	comparator: g.comparator ?? '>=',
	target: g.target,
	basis: g.basis,
	basisCount: g.basisCount ?? null,
	statedSharePct: g.statedSharePct ?? null,
	baseline: g.baseline ?? null,
	baselineNote: g.baselineNote ?? '',
	deadline: g.deadline ?? '2025',
	planSection: g.planSection,
	notes: g.notes ?? ''
});
const goals = [
	goal({
		key: 'communes_ntm',
		name: 'Tổng số xã đạt chuẩn NTM',
		target: 154,
		basis: 'programme_communes',
		basisCount: 193,
		statedSharePct: 80,
		baseline: 112,
		baselineNote: '112 xã đạt chuẩn NTM giai đoạn 2016-2020',
		planSection: 'II.1',
		notes: 'Kế hoạch: nâng tổng số xã đạt chuẩn NTM lên ít nhất 154 xã/193 xã, chiếm tỷ lệ 80%'
	}),
	goal({
		key: 'communes_ntm_new',
		name: 'Số xã đạt chuẩn NTM mới giai đoạn 2021-2025',
		target: 42,
		basis: 'none',
		planSection: 'II.1',
		notes: 'Kế hoạch: có thêm ít nhất 42 xã đạt chuẩn nông thôn mới'
	}),
	goal({
		key: 'communes_nang_cao',
		name: 'Tổng số xã đạt chuẩn NTM nâng cao',
		target: 64,
		basis: 'ntm_communes',
		statedSharePct: 40,
		baseline: 6,
		baselineNote: '06 xã đạt chuẩn NTM nâng cao giai đoạn 2016-2020',
		planSection: 'II.2',
		notes: SHARE_NOTE
	}),
	goal({
		key: 'communes_nang_cao_new',
		name: 'Số xã đạt chuẩn NTM nâng cao mới giai đoạn 2021-2025',
		target: 58,
		basis: 'none',
		planSection: 'II.2',
		notes: 'Kế hoạch: có thêm ít nhất 58 xã đạt chuẩn NTM nâng cao'
	}),
	goal({
		key: 'communes_kieu_mau',
		name: 'Tổng số xã đạt chuẩn NTM kiểu mẫu',
		target: 16,
		basis: 'ntm_communes',
		statedSharePct: 10,
		baseline: 1,
		baselineNote: '01 xã đạt chuẩn NTM kiểu mẫu giai đoạn 2016-2020 (Đại Hiệp)',
		planSection: 'II.3',
		notes: SHARE_NOTE
	}),
	goal({
		key: 'communes_kieu_mau_new',
		name: 'Số xã đạt chuẩn NTM kiểu mẫu mới giai đoạn 2021-2025',
		target: 15,
		basis: 'none',
		planSection: 'II.3',
		notes: 'Kế hoạch: có thêm ít nhất 15 xã đạt chuẩn NTM kiểu mẫu'
	}),
	goal({
		key: 'communes_under_15',
		name: 'Số xã dưới 15 tiêu chí',
		comparator: '<=',
		target: 0,
		basis: 'programme_communes',
		basisCount: 193,
		planSection: 'II.4',
		notes: 'Kế hoạch: không còn xã dưới 15 tiêu chí'
	}),
	goal({
		key: 'districts_without_ntm',
		name: 'Số huyện không có xã đạt chuẩn NTM',
		comparator: '<=',
		target: 0,
		basis: 'district_units',
		basisCount: 18,
		baseline: 1,
		baselineNote: 'Nam Giang chưa có xã đạt chuẩn NTM',
		planSection: 'II.4',
		notes: 'Kế hoạch: không còn huyện không có xã đạt chuẩn NTM'
	}),
	goal({
		key: 'district_units_ntm',
		name: 'Số đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ NTM',
		target: 8,
		basis: 'district_units',
		basisCount: 18,
		planSection: 'II.5.a',
		notes: 'Kế hoạch: 08-09 đơn vị cấp huyện'
	}),
	goal({
		key: 'model_hamlets',
		name: 'Tỷ lệ thôn đạt chuẩn thôn NTM kiểu mẫu',
		target: 60,
		basis: 'hamlets',
		statedSharePct: 60,
		planSection: 'II.6',
		notes: 'Kế hoạch: tổng số thôn đạt chuẩn thôn NTM kiểu mẫu đạt tỷ lệ ít nhất 60%'
	}),
	goal({
		key: 'model_hamlets_mountain',
		name: 'Tỷ lệ thôn miền núi đạt chuẩn thôn NTM kiểu mẫu',
		target: 50,
		basis: 'mountain_hamlets',
		statedSharePct: 50,
		planSection: 'II.6',
		notes: 'Kế hoạch: miền núi đạt ít nhất 50% số thôn đạt chuẩn thôn NTM kiểu mẫu'
	})
];

// ---------------------------------------------------------------- indicators (II.7)
const ind = (id, name, unit, target, baseline = '') => ({
	...base(id),
	name,
	unit,
	baseline,
	target,
	actual: '',
	deadline: '2025',
	planSection: 'II.7',
	notes: ''
});
const indicators = [
	ind('ind-income', 'Thu nhập bình quân đầu người khu vực nông thôn', 'lần so với 2020', '≥1,5', '2020'),
	ind('ind-poverty', 'Mức giảm tỷ lệ hộ nghèo đa chiều toàn tỉnh', '%/năm', '0,3-0,4'),
	ind('ind-poverty-ethnic', 'Mức giảm tỷ lệ nghèo đồng bào dân tộc thiểu số', '%/năm', '>3'),
	ind('ind-poverty-poor-districts', 'Mức giảm tỷ lệ hộ nghèo ở các huyện nghèo', '%/năm', '4-5'),
	ind('ind-poor-districts-exit', 'Huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn', 'huyện', '02/06 (30%)'),
	ind('ind-temporary-houses', 'Nhà tạm, nhà dột nát ở địa bàn nông thôn', 'nhà', '0'),
	ind('ind-water-hygienic', 'Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh', '%', '≥96'),
	ind('ind-water-clean', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch', '%', '≥60'),
	ind('ind-health-insurance', 'Tỷ lệ dân số ở nông thôn tham gia BHYT', '%', '≥96'),
	ind('ind-trained-workers', 'Tỷ lệ lao động khu vực nông thôn có bằng cấp, chứng chỉ', '%', '≥30'),
	ind('ind-mobile-coverage', 'Tỷ lệ thôn được phủ sóng thông tin di động 3G, 4G', '%', '100'),
	ind('ind-fibre-model-hamlets', 'Tỷ lệ thôn NTM kiểu mẫu có mạng cáp quang', '%', '100'),
	ind('ind-digital-communes', 'Tỷ lệ xã đạt chuẩn NTM đạt Bộ tiêu chí chuyển đổi số cấp xã', '% xã đạt chuẩn NTM', '≥70'),
	ind('ind-flower-roads', 'Đường hoa', 'km', '≥200'),
	ind('ind-flower-roads-per-commune', 'Đường hoa bình quân mỗi xã', 'km/xã', '≥1'),
	ind('ind-tree-roads', 'Đường cây xanh bóng mát', 'km', '≥1.000'),
	ind('ind-models', 'Mô hình điển hình, tiên tiến được nhân rộng giai đoạn 2021-2025', 'mô hình', '≥300'),
	ind('ind-ocop-upgraded', 'Sản phẩm OCOP đã có được củng cố, nâng cấp', 'sản phẩm', '>200'),
	ind('ind-ocop-new', 'Sản phẩm OCOP phát triển mới', 'sản phẩm', '≥200'),
	ind('ind-ocop-total', 'Tổng số sản phẩm OCOP đến cuối năm 2025', 'sản phẩm', '≥400'),
	ind('ind-ocop-5star', 'Sản phẩm chủ lực cấp tỉnh đạt 5 sao', 'sản phẩm', '≥5'),
	ind('ind-cadre-training', 'Tỷ lệ cán bộ làm công tác xây dựng NTM được bồi dưỡng, tập huấn', '%', '100')
];

// ---------------------------------------------------------------- write
function write(name, records) {
	const ids = new Set(records.map((r) => r.id));
	if (ids.size !== records.length) throw new Error(`${name}: ids are not unique`);
	const json = JSON.stringify(records, null, '\t').normalize('NFC') + '\n';
	writeFileSync(join(DIR, name), json);
	console.log(`${name}: ${records.length}`);
}
write('districts.json', districts);
write('communes.json', communes);
write('targets.json', targets);
write('district-targets.json', districtTargets);
write('goals.json', goals);
write('indicators.json', indicators);
