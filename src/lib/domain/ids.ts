// Ids of new records: a table's prefix and random hex digits ("tg-3f9a0c1d2e4b"). The random bytes
// come from the platform's crypto in blocks: an import of 64,000 new rows asks for 64,000 ids, and
// one `crypto.randomUUID()` per row (then cut to size) cost about 200 ms there.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const BLOCK = 65536; // the most getRandomValues gives in one call
let pool = new Uint8Array(0);
let at = 0;

function randomByte(): number {
	if (at >= pool.length) {
		pool = new Uint8Array(BLOCK);
		if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(pool);
		else for (let i = 0; i < BLOCK; i++) pool[i] = Math.floor(Math.random() * 256);
		at = 0;
	}
	return pool[at++];
}

/** A new record id: `prefix-` and `digits` random hex digits (an even number; 12 = 48 random bits). */
export function newRecordId(prefix: string, digits = 12): string {
	let s = '';
	for (let i = 0; i < digits; i += 2) s += HEX[randomByte()];
	return `${prefix}-${s.slice(0, digits)}`;
}
