// The catalogue of campaigns (cuộc vận động), movements (phong trào) and models (mô hình) the plan
// names: sections III.1, III.3, III.6, and the movement "CCB gương mẫu" of IV.1.
// Names are the plan's own wording (capitalised), with two obvious typos fixed:
//   - "Tuyền đường CCB tự quản" (III.1) -> "Tuyến đường CCB tự quản";
//   - "làm giảu" (III.3, quoted in a note only) -> "làm giàu".
// Kinds: 'campaign' where the plan says "Cuộc vận động", 'movement' where it says "phong trào",
// 'model' for the models of III.3 and III.6 and "Dân vận khéo" ("các mô hình", III.1). Entries the
// plan lists without saying which they are carry a note explaining the kind chosen.
// An entry the plan names twice in two wordings is kept once, with the other wording in its note.
// Ids are short ascii slugs of the name, fixed here so they do not move when a name is corrected.
import { base, planText } from './common.mjs';

export const file = 'campaigns.json';

/** The plan's typos fixed in names and notes: [as in the plan, as written here]. */
export const TYPO_FIXES = [
	['Tuyền đường', 'Tuyến đường'],
	['làm giảu', 'làm giàu']
];

const KINDS = ['campaign', 'movement', 'model'];

const UNLABELLED_III1 =
	'Mục III.1 nêu trong nhóm các cuộc vận động, không ghi rõ loại; xếp là mô hình vì được làm như một mô hình ở thôn, xã';

const c = (slug, name, kind, planSection, notes = '') => ({
	...base(`cd-${slug}`),
	name,
	kind,
	planSection,
	notes
});

export function build() {
	const rows = [
		// III.1
		c(
			'qn-chung-suc-xd-ntm',
			'Quảng Nam chung sức xây dựng NTM',
			'movement',
			'III.1',
			'Phong trào thi đua; mục I.1 và IV.2 ghi “Quảng Nam chung sức xây dựng nông thôn mới”'
		),
		c('toan-dan-doan-ket-xd-ntm', 'Toàn dân đoàn kết xây dựng NTM, đô thị văn minh', 'campaign', 'III.1'),
		c('gia-dinh-5-khong-3-sach', 'Xây dựng gia đình 5 không, 3 sạch', 'campaign', 'III.1'),
		c(
			'ccb-chung-tay-xd-ntm',
			'Cựu chiến binh chung tay xây dựng NTM',
			'campaign',
			'III.1',
			'Mục III.1 nêu ngay sau hai cuộc vận động, không ghi rõ là cuộc vận động hay phong trào; xếp là cuộc vận động'
		),
		c('nha-sach-vuon-dep', 'Nhà sạch, vườn đẹp, đường không rác', 'model', 'III.1', UNLABELLED_III1),
		c('gio-rac-dong-ruong', 'Giỏ rác đồng ruộng', 'model', 'III.1', UNLABELLED_III1),
		c('tieng-keng-an-ninh', 'Tiếng kẻng an ninh', 'model', 'III.1', UNLABELLED_III1),
		c(
			'tuyen-duong-ccb-tu-quan',
			'Tuyến đường CCB tự quản',
			'model',
			'III.1',
			`${UNLABELLED_III1}. Kế hoạch ghi “Tuyền đường”. Mục III.6 nêu “Đoạn đường, phố CCB tự quản, an toàn giao thông”`
		),
		c('tuyen-duong-xanh-sach-dep', 'Tuyến đường xanh, sạch, đẹp, an toàn', 'model', 'III.1', UNLABELLED_III1),
		c(
			'ccb-sxkd-gioi',
			'Cựu chiến binh thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu, giảm nghèo bền vững',
			'movement',
			'III.1',
			'Mục III.3 nhắc lại trong các mô hình: “CCB thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững” (kế hoạch ghi “làm giảu”)'
		),
		c('tuoi-cao-guong-sang', 'Tuổi cao - gương sáng càng cao', 'movement', 'III.1'),
		c('dan-van-kheo', 'Dân vận khéo', 'model', 'III.1'),
		c(
			'hien-dat-hien-cong',
			'Hiến đất, hiến cây, vật kiến trúc, hiến công',
			'movement',
			'III.1',
			'Phong trào kế hoạch nêu không đặt trong ngoặc kép; mục III.2 nêu “phong trào hiến đất, góp công làm đường”'
		),
		// III.3
		c('ben-sot-rac-nha-ta', 'Bên sọt rác nhà ta', 'model', 'III.3'),
		c('ngoi-nha-xanh', 'Ngôi nhà Xanh đồng hành cùng bạn', 'model', 'III.3'),
		c('ccb-chong-rac-thai-nhua', 'Cựu chiến binh chống rác thải nhựa', 'model', 'III.3'),
		c(
			'duong-hoa-duong-co',
			'Đường hoa, đường cờ',
			'model',
			'III.3',
			'Mục III.1 nêu là “Tuyến đường hoa, tuyến đường cờ”'
		),
		c('heo-dat-nghia-tinh', 'Heo đất nghĩa tình', 'model', 'III.3'),
		c('hu-gao-tiet-kiem', 'Hũ gạo tiết kiệm', 'model', 'III.3'),
		c(
			'ccb-phan-loai-chat-thai',
			'Cựu chiến binh Quảng Nam phân loại chất thải rắn, sinh hoạt tại nguồn',
			'model',
			'III.3'
		),
		c('thon-ntm-thong-minh', 'Thôn NTM thông minh', 'model', 'III.3'),
		c('camera-an-ninh', 'Camera an ninh', 'model', 'III.3'),
		// III.6
		c('to-ccb-tu-quan', 'Tổ CCB tự quản', 'model', 'III.6'),
		c('to-ccb-nam-tin', 'Tổ CCB nắm tin', 'model', 'III.6'),
		c('doan-duong-pho-ccb-tu-quan', 'Đoạn đường, phố CCB tự quản, an toàn giao thông', 'model', 'III.6'),
		c('toan-dan-bv-an-ninh-to-quoc', 'Toàn dân bảo vệ an ninh Tổ quốc', 'movement', 'III.6'),
		// IV.1
		c('ccb-guong-mau', 'CCB gương mẫu', 'movement', 'IV.1', 'Phong trào thi đua, Ban Tuyên giáo theo dõi (mục IV.1)')
	];
	check(rows);
	return rows;
}

/** Names unique, kinds known, ids ascii, and every name (typos fixed) found in the plan. */
function check(rows) {
	let text = planText();
	for (const [typo, fixed] of TYPO_FIXES) {
		if (!text.includes(typo)) throw new Error(`Typo "${typo}" does not occur in plan.txt`);
		text = text.replaceAll(typo, fixed);
	}
	text = text.toLocaleLowerCase('vi');
	const names = new Set();
	for (const r of rows) {
		if (!/^cd-[a-z0-9-]+$/.test(r.id)) throw new Error(`Campaign id ${r.id} is not an ascii slug`);
		if (!KINDS.includes(r.kind)) throw new Error(`Campaign ${r.id}: bad kind ${r.kind}`);
		const key = r.name.toLocaleLowerCase('vi');
		if (names.has(key)) throw new Error(`Duplicate campaign name ${r.name}`);
		names.add(key);
		if (!text.includes(key)) throw new Error(`Campaign "${r.name}" does not occur in plan.txt`);
	}
}
