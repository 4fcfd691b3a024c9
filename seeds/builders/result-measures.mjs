// What a district-level association reports each period (IV.2: every 6 months and every year):
// the figures the issue asks for, and the other recurring indicators of real association reports
// (shared/reference/report-forms.md, section 2.2) that fit a district's half-year report.
// Order follows the plan's section III: training (III.1), contributions to NTM (III.1-3), poverty
// and houses (III.4), credit (III.5), self-managed groups (III.6).
// Ids are short ascii slugs of the name, fixed here so they do not move when a name is reworded.
import { base } from './common.mjs';

export const file = 'result-measures.json';

const GROUPS = ['contribution', 'poverty', 'credit', 'welfare', 'organisation', 'training'];

const plan = (s) => `KH Hội CCB tỉnh, mục ${s}`;
const A = 'Báo cáo tổng kết 2023 Hội CCB tỉnh Quảng Nam (report-forms.md 2.1 A)';
const B = 'Báo cáo tổng kết 2023 Hội CCB huyện Nông Sơn (report-forms.md 2.1 B)';
const C = 'Báo cáo 6 tháng 2021 Hội CCB tỉnh Quảng Nam (report-forms.md 2.1 C)';
const E = 'Báo cáo giữa kỳ 2017-2022 Hội CCB TP Hà Nội (report-forms.md 2.1 E)';
/** A count at the end of the period, not a flow: the half-year and year figures are not added up. */
const STOCK = 'Số tại thời điểm cuối kỳ (không cộng dồn các kỳ)';

const m = (slug, name, unit, group, source, notes = '') => ({ ...base(`kq-${slug}`), name, unit, group, source, notes });

export function build() {
	const rows = [
		// training (III.1)
		m('lop-tap-huan', 'Lớp tập huấn về xây dựng NTM', 'lớp', 'training', plan('III.1')),
		m('luot-tap-huan', 'Người tham gia tập huấn', 'lượt người', 'training', plan('III.1')),
		// contributions (III.1 hiến đất, hiến cây, vật kiến trúc, hiến công; III.2; III.3; II.7)
		m('hien-dat', 'Hiến đất', 'm²', 'contribution', `${plan('III.1, III.2')}; ${A}`),
		m('thao-do-tuong-rao', 'Tháo dỡ tường rào, vật kiến trúc', 'm', 'contribution', `${plan('III.1')}; ${A}`),
		m('hien-cay-xanh', 'Hiến cây xanh', 'cây', 'contribution', `${plan('III.1')}; ${A}`),
		m('ngay-cong', 'Ngày công đóng góp', 'ngày công', 'contribution', `${plan('III.1, III.2')}; ${A}`),
		m('tien-vat-tu', 'Tiền, vật tư vận động, đóng góp (quy ra tiền)', 'triệu đồng', 'contribution', `${plan('III.2, III.5')}; ${E}`),
		m('duong-gtnt', 'Đường giao thông nông thôn làm mới, tu sửa', 'km', 'contribution', `${plan('III.2')}; ${A}`),
		m('kenh-muong', 'Kênh mương nội đồng làm mới, tu sửa', 'km', 'contribution', A),
		m('cong-trinh', 'Công trình (cầu, nhà văn hóa, trường học…) làm mới, sửa chữa', 'công trình', 'contribution', `${plan('III.2')}; ${A}`),
		m('duong-hoa', 'Đường hoa', 'km', 'contribution', plan('II.7, III.3')),
		m('duong-cay-xanh', 'Đường cây xanh bóng mát', 'km', 'contribution', plan('II.7, III.1')),
		m('bao-ve-rung', 'Rừng khoanh nuôi, bảo vệ', 'ha', 'contribution', A),
		// poverty (III.4)
		m('ho-ngheo-giam', 'Hộ CCB nghèo giảm', 'hộ', 'poverty', `${plan('III.4')}; ${C}`),
		m('ho-can-ngheo-giam', 'Hộ CCB cận nghèo giảm', 'hộ', 'poverty', `${plan('III.4')}; ${C}`),
		m('ho-ngheo-dtts-giam', 'Hộ CCB nghèo đồng bào dân tộc thiểu số giảm', 'hộ', 'poverty', plan('III.4')),
		m('xa-het-ho-ngheo', 'Xã, phường, thị trấn không còn hộ CCB nghèo', 'xã', 'poverty', C, STOCK),
		// houses (III.4, NQ 13/NQ-HĐND)
		m('nha-tam-xoa', 'Nhà tạm, nhà dột nát của hội viên được xóa (xây mới, sửa chữa)', 'căn', 'welfare', `${plan('III.4')}; ${A}`),
		m('kinh-phi-nha-tam', 'Kinh phí hỗ trợ xóa nhà tạm, nhà dột nát', 'triệu đồng', 'welfare', A),
		// credit (III.5)
		m('du-no-uy-thac', 'Dư nợ ủy thác qua Ngân hàng CSXH', 'tỷ đồng', 'credit', `${plan('III.5')}; ${B}`, STOCK),
		m('ho-vay', 'Hộ vay còn dư nợ', 'hộ', 'credit', `${plan('III.5')}; ${B}`, STOCK),
		m('ho-vay-ccb', 'Hộ vay là hội viên CCB', 'hộ', 'credit', B, STOCK),
		m('to-tkvv', 'Tổ tiết kiệm và vay vốn', 'tổ', 'credit', B, STOCK),
		m('to-gop-von', 'Tổ góp vốn quay vòng', 'tổ', 'credit', B, STOCK),
		// organisation (III.6)
		m('hoi-vien-bcd', 'Hội viên tham gia Ban chỉ đạo, Ban xây dựng NTM, Ban giám sát cộng đồng', 'người', 'organisation', `${plan('III.6')}; ${E}`, STOCK),
		m('duong-tu-quan', 'Tuyến, đoạn đường CCB tự quản', 'tuyến/đoạn', 'organisation', plan('III.1, III.6'), STOCK),
		m('to-tu-quan', 'Tổ CCB tự quản', 'tổ', 'organisation', plan('III.6'), STOCK),
		m('to-nam-tin', 'Tổ CCB nắm tin', 'tổ', 'organisation', plan('III.6'), STOCK)
	].map((r, i) => ({ ...r, order: (i + 1) * 10 }));
	// field order of the record type: name, unit, group, order, source, notes
	const out = rows.map(({ id, version, updatedAt, name, unit, group, order, source, notes }) => ({
		id, version, updatedAt, name, unit, group, order, source, notes
	}));
	check(out);
	return out;
}

function check(rows) {
	const names = new Set();
	for (const r of rows) {
		if (!/^kq-[a-z0-9-]+$/.test(r.id)) throw new Error(`Measure id ${r.id} is not an ascii slug`);
		if (!GROUPS.includes(r.group)) throw new Error(`Measure ${r.id}: bad group ${r.group}`);
		const key = r.name.toLocaleLowerCase('vi');
		if (names.has(key)) throw new Error(`Duplicate measure name ${r.name}`);
		names.add(key);
	}
}
