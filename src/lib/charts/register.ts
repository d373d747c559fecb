import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

let registered = false;

/** Registers only the Chart.js parts the dashboard draws with, so the bundle stays small. */
export function registerChartParts(): typeof Chart {
	if (!registered) {
		Chart.register(
			LineController,
			BarController,
			LineElement,
			BarElement,
			PointElement,
			CategoryScale,
			LinearScale,
			Tooltip,
			Legend,
			annotationPlugin
		);
		registered = true;
	}
	return Chart;
}
