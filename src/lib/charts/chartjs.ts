// Chart.js, loaded on demand: this module only imports chart.js dynamically, so the library lands in
// its own chunk and is fetched when a chart is first drawn (the dashboard), never by the first page.
// Only the pieces the dashboard uses are registered (bar charts with title, legend and tooltip).
import type { Chart as ChartType, Plugin } from 'chart.js';

let loading: Promise<typeof ChartType> | null = null;

/** White page behind the bars, so a saved PNG is not transparent (Chart.js docs: canvas background). */
const whiteBackground: Plugin = {
	id: 'ntmWhiteBackground',
	beforeDraw(chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, chart.width, chart.height);
		ctx.restore();
	}
};

/**
 * The value of each bar written on it (above a bar, or inside a stacked segment tall enough to
 * hold it), so a printed chart reads without the tooltip; zeros are left blank.
 */
const valueLabels: Plugin<'bar'> = {
	id: 'ntmValueLabels',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		const stacked = !!(chart.options.scales?.x as { stacked?: boolean } | undefined)?.stacked;
		const locale = (chart.options as { locale?: string }).locale ?? 'vi-VN';
		ctx.save();
		ctx.font = '600 11px system-ui, "Segoe UI", Roboto, sans-serif';
		ctx.textAlign = 'center';
		chart.data.datasets.forEach((ds, i) => {
			const meta = chart.getDatasetMeta(i);
			if (meta.hidden) return;
			meta.data.forEach((bar, j) => {
				const v = Number(ds.data[j] ?? 0);
				if (!v) return;
				const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
				const text = v.toLocaleString(locale);
				if (stacked) {
					if (Math.abs(base - y) < 14) return; // too thin to hold a label; the tooltip has it
					ctx.fillStyle = '#111';
					ctx.textBaseline = 'middle';
					ctx.fillText(text, x, (y + base) / 2);
				} else {
					ctx.fillStyle = '#111';
					ctx.textBaseline = 'bottom';
					ctx.fillText(text, x, y - 2);
				}
			});
		});
		ctx.restore();
	}
};

export function loadChart(): Promise<typeof ChartType> {
	loading ??= import('chart.js').then((m) => {
		m.Chart.register(m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.Title, m.Legend, m.Tooltip, whiteBackground, valueLabels);
		return m.Chart;
	});
	return loading;
}
