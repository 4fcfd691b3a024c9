// The cell editor of a figure: a text box (not a number input, so "abc" reaches the check and is
// refused with a message). It opens on the stored number written with a decimal comma ("123,456"),
// which reads back as the same number: AG Grid's text editor would open on "123.456", which the
// tolerant reader (vi-VN: "." groups thousands) takes for 123456.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';

/** A stored figure as text that parseNumber reads back exactly, in either language. */
export function editText(value: unknown): string {
	if (typeof value !== 'number' || !Number.isFinite(value)) return '';
	const s = String(value);
	return /e/i.test(s) ? s : s.replace('.', ',');
}

export class FigureEditor implements ICellEditorComp {
	private input!: HTMLInputElement;

	init(params: ICellEditorParams) {
		this.input = document.createElement('input');
		this.input.type = 'text';
		this.input.maxLength = 30;
		this.input.inputMode = 'decimal';
		this.input.className = 'ag-input-field-input ag-text-field-input figure-editor';
		// Typing on a cell starts the editor with that key; Enter or F2 with the value.
		this.input.value = params.eventKey && params.eventKey.length === 1 ? params.eventKey : editText(params.value);
	}
	getGui() {
		return this.input;
	}
	afterGuiAttached() {
		this.input.focus();
		if (this.input.value.length > 1) this.input.select();
	}
	/** The typed text; the grid's value setter parses and checks it. */
	getValue() {
		return this.input.value;
	}
	isPopup() {
		return false;
	}
}
