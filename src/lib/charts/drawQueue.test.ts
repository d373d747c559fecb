import { describe, expect, it } from 'vitest';
import { distanceFromView } from './drawQueue';

describe('distanceFromView (which chart draws first)', () => {
	// A viewport 800 px tall; a chart box from `top` to `bottom`, relative to it.
	it.each([
		['on screen', 100, 400, 0],
		['cut by the top edge', -100, 200, 0],
		['cut by the bottom edge', 700, 1000, 0],
		['as tall as the screen and more', -50, 900, 0],
		['below the screen', 1000, 1300, 200],
		['just below', 801, 1100, 1],
		['above the screen', -500, -120, 120]
	])('%s', (_, top, bottom, distance) => {
		expect(distanceFromView(top, bottom, 800)).toBe(distance);
	});
});
