// Copy and paste as in a spreadsheet. AG Grid Community has no clipboard support (an Enterprise
// feature), so this is ours: tab-separated text as Excel and LibreOffice put on the clipboard.

/** Parse tab-separated text (Excel quotes cells holding tabs, newlines or quotes). */
export function parseTsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	let quoted = false;
	const s = text.replace(/\r\n?/g, '\n');
	while (i < s.length) {
		const ch = s[i];
		if (quoted) {
			if (ch === '"') {
				if (s[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				continue;
			}
			cell += ch;
			i++;
			continue;
		}
		if (ch === '"' && cell === '') {
			quoted = true;
			i++;
		} else if (ch === '\t') {
			row.push(cell);
			cell = '';
			i++;
		} else if (ch === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else {
			cell += ch;
			i++;
		}
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

/** Write cells as tab-separated text; cells with tabs, newlines or quotes are quoted. */
export function toTsv(rows: string[][]): string {
	return rows
		.map((r) => r.map((c) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t'))
		.join('\r\n');
}
