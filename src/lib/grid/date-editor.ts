// A date cell editor: a text box that accepts dd/mm/yyyy (what planners type) with a calendar
// button that opens the browser's own date picker. AG Grid's date editor only takes the
// browser's date input, whose typing order depends on the OS locale.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';

export class DateEditor implements ICellEditorComp {
	private root!: HTMLDivElement;
	private input!: HTMLInputElement;
	private picker!: HTMLInputElement;
	private params!: ICellEditorParams;

	init(params: ICellEditorParams & { placeholder?: string; pickLabel?: string }) {
		this.params = params;
		this.root = document.createElement('div');
		this.root.className = 'date-editor';
		this.input = document.createElement('input');
		this.input.type = 'text';
		this.input.placeholder = params.placeholder ?? 'dd/mm/yyyy';
		this.input.className = 'ag-input-field-input ag-text-field-input';
		const v = typeof params.value === 'string' ? params.value : '';
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
		this.input.value = params.eventKey && params.eventKey.length === 1 ? params.eventKey : m ? `${m[3]}/${m[2]}/${m[1]}` : v;
		this.picker = document.createElement('input');
		this.picker.type = 'date';
		this.picker.tabIndex = -1;
		this.picker.className = 'date-editor-picker';
		this.picker.setAttribute('aria-label', params.pickLabel ?? 'Chọn ngày');
		if (m) this.picker.value = v;
		this.picker.addEventListener('change', () => {
			const p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(this.picker.value);
			if (p) this.input.value = `${p[3]}/${p[2]}/${p[1]}`;
			this.input.focus();
		});
		this.root.append(this.input, this.picker);
	}
	getGui() {
		return this.root;
	}
	afterGuiAttached() {
		this.input.focus();
		if (this.input.value.length > 1) this.input.select();
	}
	/** The typed text; the grid's value setter parses and checks it like any other input. */
	getValue() {
		return this.input.value;
	}
	isPopup() {
		return false;
	}
	/** The column's check (cellEditorParams.getValidationErrors): a refused date keeps the editor open. */
	getValidationErrors() {
		return this.params.getValidationErrors?.({ value: this.getValue(), cellEditorParams: this.params, internalErrors: null }) ?? null;
	}
}
