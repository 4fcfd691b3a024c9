// Unzip with the platform's inflate (DecompressionStream, zlib in the browser): the parse worker
// inflates the parts of an .xlsx this way before the fast reader scans them, several times faster
// than inflating in JavaScript. Only plain ZIPs (stored or deflated entries, no encryption, no ZIP64)
// are read; for anything else it returns null and the reader unzips with fflate. The records read
// (end of central directory, central directory, local headers) are those of APPNOTE.TXT 4.3, written
// by hand: fflate has no asynchronous entry point that uses the native inflate.

/** Whether this platform can inflate natively. */
export function nativeInflate(): boolean {
	try {
		return typeof DecompressionStream === 'function' && !!new DecompressionStream('deflate-raw');
	} catch {
		return false;
	}
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The entries whose name `want` accepts (name -> bytes), or null when the ZIP is not a plain one. */
export async function unzipNative(zip: Uint8Array, want: (name: string) => boolean): Promise<Record<string, Uint8Array> | null> {
	try {
		const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
		let end = -1;
		for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
			if (view.getUint32(i, true) === 0x06054b50) {
				end = i;
				break;
			}
		}
		if (end < 0) return null;
		const count = view.getUint16(end + 10, true);
		let at = view.getUint32(end + 16, true);
		if (count === 0xffff || at === 0xffffffff) return null; // ZIP64
		const dec = new TextDecoder();
		const jobs: Promise<[string, Uint8Array]>[] = [];
		for (let k = 0; k < count; k++) {
			if (view.getUint32(at, true) !== 0x02014b50) return null;
			const flags = view.getUint16(at + 8, true);
			const method = view.getUint16(at + 10, true);
			const csize = view.getUint32(at + 20, true);
			const size = view.getUint32(at + 24, true);
			const nameLen = view.getUint16(at + 28, true);
			const extraLen = view.getUint16(at + 30, true);
			const commentLen = view.getUint16(at + 32, true);
			const local = view.getUint32(at + 42, true);
			const name = dec.decode(zip.subarray(at + 46, at + 46 + nameLen));
			at += 46 + nameLen + extraLen + commentLen;
			if (!want(name)) continue;
			if (flags & 1 || (method !== 0 && method !== 8) || csize === 0xffffffff || size === 0xffffffff) return null;
			if (view.getUint32(local, true) !== 0x04034b50) return null;
			const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
			if (start + csize > zip.length) return null;
			const raw = zip.subarray(start, start + csize);
			jobs.push(
				(method === 0 ? Promise.resolve(raw.slice()) : inflate(raw)).then((b) => {
					if (b.length !== size) throw new Error('size');
					return [name, b];
				})
			);
		}
		return Object.fromEntries(await Promise.all(jobs));
	} catch {
		return null;
	}
}
