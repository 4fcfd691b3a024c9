// The one message area the grids report to: at most three messages, the same text once; a message
// may carry one action. Kept oldest to newest and shown newest on top (Messages.svelte); fading is
// the message area's CSS animation (e2e tests).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, notify, notifyKey, dismiss, MAX_MESSAGES } from '../../src/lib/ui/app-state.svelte';

/** Newest first, as shown. */
const texts = () => app.messages.map((m) => m.text).reverse();

describe('notify', () => {
	beforeEach(() => {
		app.messages = [];
	});

	it('keeps at most three messages, newest first', () => {
		for (const n of [1, 2, 3, 4, 5]) notify('error', `lỗi ${n}`);
		expect(MAX_MESSAGES).toBe(3);
		expect(texts()).toEqual(['lỗi 5', 'lỗi 4', 'lỗi 3']);
		notify('info', 'Đã dán 2 ô.');
		expect(texts()).toEqual(['Đã dán 2 ô.', 'lỗi 5', 'lỗi 4']);
	});

	it('closes one message, the others stay', () => {
		notify('error', 'a');
		notify('error', 'b');
		dismiss(app.messages[0].id);
		expect(texts()).toEqual(['b']);
	});

	it('shows the same text once, on top', () => {
		notify('error', 'a');
		notify('error', 'b');
		notify('error', 'a');
		expect(texts()).toEqual(['a', 'b']);
		notify('info', 'a'); // another kind is another message
		expect(texts()).toEqual(['a', 'a', 'b']);
	});

	it('carries one action', () => {
		const run = vi.fn();
		notify('info', 'Đã thêm dòng "Duy Thu / NTM 2025".', { label: 'Xem dòng', run });
		notifyKey('info', 'msg.deleted', { n: 2 }, { label: 'Hoàn tác', run });
		expect(app.messages.map((m) => m.action?.label)).toEqual(['Xem dòng', 'Hoàn tác']);
		expect(texts()[0]).toBe('Đã xóa 2 dòng.');
		app.messages[0].action!.run();
		expect(run).toHaveBeenCalledOnce();
		notify('error', 'x');
		expect(app.messages[2].action).toBeUndefined();
	});
});
