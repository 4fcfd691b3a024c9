// Let the browser save a file (an <a download> on a blob URL). A module of its own, without SheetJS,
// so the backup page and the Excel export share it without loading the Excel code.
export function download(blob: Blob, fileName: string): void {
	if (typeof document === 'undefined') return;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
