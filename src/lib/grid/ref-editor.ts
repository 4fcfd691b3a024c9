// A reference cell editor: type part of a name, without accents if you like ("dai thanh"), pick
// from the list of rows the table pointed at allows. AG Grid Community's select editor cannot
// search and its rich select editor is an Enterprise feature, so this one is ours.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import { fold } from '$lib/domain/text';

export interface RefOption {
	id: string;
	label: string;
	/** Folded label, for matching. */
	folded: string;
}

/** Options whose folded label contains every folded word of the query, best first. */
export function matchOptions(options: readonly RefOption[], query: string, limit = 50): RefOption[] {
	const words = fold(query).split(' ').filter(Boolean);
	if (!words.length) return options.slice(0, limit);
	const hits = options.filter((o) => words.every((w) => o.folded.includes(w)));
	const first = words[0];
	hits.sort((a, b) => Number(!a.folded.startsWith(first)) - Number(!b.folded.startsWith(first)));
	return hits.slice(0, limit);
}

export class RefEditor implements ICellEditorComp {
	private root!: HTMLDivElement;
	private input!: HTMLInputElement;
	private list!: HTMLUListElement;
	private options: RefOption[] = [];
	private shown: RefOption[] = [];
	private active = -1;
	private params!: ICellEditorParams;

	/** `options`: the choices, or a function giving them (worked out when an editor first opens). */
	init(params: ICellEditorParams & { options: RefOption[] | (() => RefOption[]); placeholder?: string }) {
		this.params = params;
		this.options = (typeof params.options === 'function' ? params.options() : params.options) ?? [];
		this.root = document.createElement('div');
		this.root.className = 'ref-editor';
		this.input = document.createElement('input');
		this.input.type = 'text';
		this.input.className = 'ag-input-field-input ag-text-field-input';
		this.input.placeholder = params.placeholder ?? '';
		this.input.setAttribute('role', 'combobox');
		this.input.setAttribute('aria-autocomplete', 'list');
		this.input.setAttribute('aria-expanded', 'true');
		this.list = document.createElement('ul');
		this.list.className = 'ref-editor-list';
		this.list.setAttribute('role', 'listbox');
		this.list.id = `ref-list-${Math.random().toString(36).slice(2, 8)}`;
		this.input.setAttribute('aria-controls', this.list.id);
		const typed = params.eventKey && params.eventKey.length === 1 ? params.eventKey : '';
		const current = this.options.find((o) => o.id === params.value);
		this.input.value = typed || (current?.label ?? '');
		this.input.addEventListener('input', () => this.render(this.input.value));
		this.input.addEventListener('keydown', (e) => this.key(e));
		// mousedown, not click: the input must not lose focus (the grid would stop editing first).
		this.list.addEventListener('mousedown', (e) => {
			const li = (e.target as HTMLElement).closest('li');
			if (!li) return;
			e.preventDefault();
			this.active = Number(li.dataset.index);
			this.params.stopEditing();
		});
		this.root.append(this.input, this.list);
		this.render(typed, current?.id);
	}

	private render(query: string, select?: string) {
		this.shown = matchOptions(this.options, query);
		this.active = select ? this.shown.findIndex((o) => o.id === select) : query ? 0 : -1;
		this.list.replaceChildren(
			...this.shown.map((o, i) => {
				const li = document.createElement('li');
				li.textContent = o.label; // text only: names come from files too
				li.dataset.index = String(i);
				li.setAttribute('role', 'option');
				li.id = `${this.list.id}-${i}`;
				return li;
			})
		);
		this.highlight();
	}

	private highlight() {
		this.list.querySelectorAll('li').forEach((li, i) => {
			li.classList.toggle('active', i === this.active);
			li.setAttribute('aria-selected', String(i === this.active));
		});
		if (this.active >= 0) {
			this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
			this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
		} else this.input.removeAttribute('aria-activedescendant');
	}

	private key(e: KeyboardEvent) {
		const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 }[e.key];
		if (move === undefined) return;
		e.preventDefault();
		e.stopPropagation(); // the grid must not move to another row
		if (!this.shown.length) return;
		this.active = Math.max(0, Math.min(this.shown.length - 1, this.active + move));
		this.highlight();
	}

	getGui() {
		return this.root;
	}
	afterGuiAttached() {
		this.input.focus();
		if (!this.params.eventKey) this.input.select();
	}
	/** The chosen row's id; otherwise the typed text, which the grid's setter resolves or refuses
	 * with the closest names (like a pasted value). */
	getValue() {
		const picked = this.shown[this.active];
		return picked ? picked.id : this.input.value;
	}
	isPopup() {
		return true;
	}
	/** The column's check (cellEditorParams.getValidationErrors): a name that matches no row that may
	 * be chosen keeps the editor open. */
	getValidationErrors() {
		return this.params.getValidationErrors?.({ value: this.getValue(), cellEditorParams: this.params, internalErrors: null }) ?? null;
	}
	getPopupPosition(): 'under' {
		return 'under';
	}
}
