// A cell editor whose code loads when it is first needed (or a moment after the grid is drawn), so
// the first page does not carry it. AG Grid asks for an editor class when the columns are made; this
// one stands in and hands every call to the real editor once its module is here.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';

type EditorClass = new () => ICellEditorComp;

export interface LazyEditorClass extends EditorClass {
	/** Start loading the real editor (the grid calls this when idle). */
	prefetch(): Promise<EditorClass>;
}

export function lazyEditor(load: () => Promise<EditorClass>, opts: { popup: boolean }): LazyEditorClass {
	let loading: Promise<EditorClass> | null = null;
	let loaded: EditorClass | null = null;
	const prefetch = () => (loading ??= load().then((c) => (loaded = c)));

	return class LazyEditor implements ICellEditorComp {
		static prefetch = prefetch;
		private gui = document.createElement('div');
		private inner: ICellEditorComp | null = null;
		private attached = false;
		private params: ICellEditorParams | null = null;

		init(params: ICellEditorParams) {
			this.params = params;
			if (!opts.popup) this.gui.style.cssText = 'width:100%;height:100%';
			const start = (C: EditorClass) => {
				const editor = new C();
				editor.init?.(params);
				this.inner = editor;
				this.gui.replaceChildren(editor.getGui());
				if (this.attached) editor.afterGuiAttached?.();
			};
			if (loaded) start(loaded);
			else void prefetch().then(start);
		}
		getGui() {
			return this.gui;
		}
		afterGuiAttached() {
			this.attached = true;
			this.inner?.afterGuiAttached?.();
		}
		/** Before the real editor is here nothing was typed into it: the value is unchanged. */
		getValue() {
			return this.inner ? this.inner.getValue() : this.params?.value;
		}
		getValidationErrors() {
			return this.inner?.getValidationErrors?.() ?? null;
		}
		isPopup() {
			return opts.popup;
		}
		getPopupPosition() {
			return (this.inner?.getPopupPosition?.() ?? 'under') as 'under' | 'over';
		}
		isCancelAfterEnd() {
			return this.inner?.isCancelAfterEnd?.() ?? false;
		}
		destroy() {
			this.inner?.destroy?.();
		}
	};
}

/** The reference (searchable list) and date editors, loaded on demand. */
export const LazyRefEditor = lazyEditor(async () => (await import('./ref-editor')).RefEditor, { popup: true });
export const LazyDateEditor = lazyEditor(async () => (await import('./date-editor')).DateEditor, { popup: false });

/** Load both editors when the page is idle, so the first edit does not wait. */
export function prefetchEditors() {
	const go = () => void Promise.all([LazyRefEditor.prefetch(), LazyDateEditor.prefetch()]).catch(() => undefined);
	if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 3000 });
	else setTimeout(go, 1500);
}
