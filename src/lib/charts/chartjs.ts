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

export function loadChart(): Promise<typeof ChartType> {
	loading ??= import('chart.js').then((m) => {
		m.Chart.register(m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.Title, m.Legend, m.Tooltip, whiteBackground);
		return m.Chart;
	});
	return loading;
}
