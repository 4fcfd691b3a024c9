// Minimal CSV parser shared by seeds/build.mjs and the seed tests. No dependencies.

/**
 * Minimal RFC 4180 CSV parser: quoted fields with commas, newlines and doubled quotes.
 * The first row is the header; returns one object per data row, keyed by header.
 * @param {string} text
 * @returns {Record<string, string>[]}
 */
export function parseCsv(text) {
	/** @type {string[][]} */
	const rows = [];
	/** @type {string[]} */
	let row = [];
	let field = '';
	let quoted = false;
	let i = 0;
	if (text.charCodeAt(0) === 0xfeff) i = 1;
	for (; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (quoted) throw new Error('CSV: unterminated quoted field');
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ''));
	const [header, ...body] = nonEmpty;
	return body.map((r, n) => {
		if (r.length !== header.length)
			throw new Error(`CSV: row ${n + 2} has ${r.length} fields, expected ${header.length}`);
		return Object.fromEntries(header.map((h, k) => [h.trim(), r[k].trim()]));
	});
}
