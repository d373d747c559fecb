// When the browser's charts are drawn. Drawing a chart (Chart.js's constructor and first render) is a
// few tens of milliseconds of main thread on a phone; drawn all at once in the hydration task, a page's
// six charts were one long task that held up the reader's first tap (Lighthouse's Total Blocking Time).
// So a chart is drawn in a task of its own, charts near the viewport first, the others when they come
// near it; before printing, every chart not yet drawn is drawn at once (the paper shows them all).
import type { Chart } from 'chart.js';

type ChartClass = typeof Chart;
type Draw = (Chart: ChartClass) => void;

/**
 * How far outside the viewport a chart starts drawing: a quarter of a screen, which a reader scrolling
 * crosses in more frames than a chart takes to draw (≈ 40 ms on a phone), so scrolling meets drawn charts.
 */
const NEAR = '25% 0px';

const waiting = new Map<Element, Draw>();
const queue: Element[] = [];
let observer: IntersectionObserver | null = null;
let loaded: ChartClass | null = null;
let loading: Promise<ChartClass> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Chart.js (≈ 200 KB) is loaded when the first chart asks for it rather than with the page, so it
 * neither delays the first paint nor runs in the hydration task; printing needs it loaded, which it is
 * by then (every chart on a page asks at once).
 */
function load(): Promise<ChartClass> {
	loading ??= import('./register').then(({ registerChartParts }) => {
		loaded = registerChartParts();
		// Printed (or print emulated) before Chart.js arrived: draw what waits now.
		if (matchMedia('print').matches) drawAll();
		return loaded;
	});
	return loading;
}

/** Distance from the viewport in pixels (0 when on screen), so visible charts are drawn first. */
export function distanceFromView(top: number, bottom: number, viewportHeight: number): number {
	if (bottom < 0) return -bottom;
	if (top > viewportHeight) return top - viewportHeight;
	return 0;
}

function take(box: Element): Draw | undefined {
	const draw = waiting.get(box);
	waiting.delete(box);
	observer?.unobserve(box);
	return draw;
}

/** Draws the next chart of the queue, then yields the main thread before the one after. */
function pump() {
	if (timer !== null || queue.length === 0) return;
	if (!loaded) {
		void load().then(pump);
		return;
	}
	timer = setTimeout(() => {
		timer = null;
		const box = queue.shift();
		const draw = box ? take(box) : undefined;
		if (draw && loaded) draw(loaded);
		pump();
	}, 0);
}

function onNear(entries: IntersectionObserverEntry[]) {
	const near = entries
		.filter((e) => e.isIntersecting && waiting.has(e.target) && !queue.includes(e.target))
		.map((e) => ({
			box: e.target,
			d: distanceFromView(e.boundingClientRect.top, e.boundingClientRect.bottom, innerHeight)
		}));
	for (const { box } of near.sort((a, b) => a.d - b.d)) queue.push(box);
	pump();
}

/** Before printing: every chart still waiting, drawn now (synchronously, so the print shows it). */
function drawAll() {
	if (!loaded) return;
	const Chart = loaded;
	queue.length = 0;
	for (const box of [...waiting.keys()]) take(box)?.(Chart);
}

let printing = false;
function listenForPrint() {
	if (printing) return;
	printing = true;
	// Chromium's print dialog and page.pdf() fire beforeprint; print emulation only changes the media.
	addEventListener('beforeprint', drawAll);
	matchMedia('print').addEventListener('change', (e) => {
		if (e.matches) drawAll();
	});
}

/**
 * Asks for `draw` to run when `box` comes near the viewport (or the page is printed), in a task of its
 * own. Returns a function that cancels the request (the component is gone).
 */
export function drawWhenNear(box: Element, draw: Draw): () => void {
	void load();
	listenForPrint();
	waiting.set(box, draw);
	observer ??= new IntersectionObserver(onNear, { rootMargin: NEAR });
	observer.observe(box);
	if (matchMedia('print').matches) drawAll();
	return () => {
		take(box);
		const at = queue.indexOf(box);
		if (at >= 0) queue.splice(at, 1);
	};
}
