import { describe, expect, it } from 'vitest';
import {
	cifFobRatio,
	compoundAnnualGrowth,
	coverageRatio,
	growthRate,
	mirrorGap,
	roundForOutput,
	roundSignificant,
	shareOf,
	totalTrade,
	tradeBalance
} from './derive';

// Figures: IMF DOTS 2019–2020, Korea reporting (exports 4246.637 → 3987.104, imports 6223.837 in 2020)
// and the Netherlands' mirror import figure 6414.84867 (USD millions).

describe('tradeBalance', () => {
	it.each([
		[3987.104, 6223.837, -2236.733],
		[6223.837, 3987.104, 2236.733],
		[10, 10, 0],
		[0, 5, -5]
	])('%d − %d ≈ %d', (e, i, want) => {
		expect(tradeBalance(e, i)).toBeCloseTo(want, 9);
	});

	it.each([
		[null, 6223.837],
		[3987.104, null],
		[null, null]
	])('a gap in (%s, %s) stays a gap', (e, i) => {
		expect(tradeBalance(e, i)).toBeNull();
	});
});

describe('totalTrade', () => {
	it.each([
		[3987.104, 6223.837, 10210.941],
		[4246.637, 4132.545, 8379.182],
		[0, 0, 0]
	])('%d + %d ≈ %d', (e, i, want) => {
		expect(totalTrade(e, i)).toBeCloseTo(want, 9);
	});

	it.each([
		[null, 1],
		[1, null]
	])('a gap in (%s, %s) stays a gap, never 0', (e, i) => {
		expect(totalTrade(e, i)).toBeNull();
	});
});

describe('coverageRatio', () => {
	it.each([
		[3987.104, 6223.837, 0.640618319535],
		[50, 100, 0.5],
		[0, 100, 0]
	])('%d / %d ≈ %d', (e, i, want) => {
		expect(coverageRatio(e, i)).toBeCloseTo(want, 10);
	});

	it.each([
		[5, 0],
		[null, 1],
		[1, null]
	])('(%s, %s) has no ratio', (e, i) => {
		expect(coverageRatio(e, i)).toBeNull();
	});
});

describe('growthRate', () => {
	it.each([
		[100, 110, 0.1],
		[110, 99, -0.1],
		[4246.637, 3987.104, -0.061114948135],
		[100, 0, -1],
		// From a negative value, growth is measured against its size: −100 → −50 is an improvement of 50 %.
		[-100, -50, 0.5],
		[-100, 50, 1.5],
		[-50, -100, -1]
	])('%d → %d is %d', (prev, cur, want) => {
		expect(growthRate(prev, cur)).toBeCloseTo(want, 10);
	});

	it.each([
		[0, 5],
		[null, 110],
		[100, null]
	])('from %s to %s is undefined', (prev, cur) => {
		expect(growthRate(prev, cur)).toBeNull();
	});
});

describe('compoundAnnualGrowth', () => {
	it.each([
		[100, 121, 2, 0.1],
		[100, 100, 5, 0],
		[200, 100, 1, -0.5],
		[100, 133.1, 3, 0.1],
		[1, 4, 0.5, 15]
	])('%d → %d over %d years is %d a year', (first, last, years, want) => {
		expect(compoundAnnualGrowth(first, last, years)).toBeCloseTo(want, 10);
	});

	it.each([
		[0, 121, 2],
		[-100, 121, 2],
		[100, 0, 2],
		[100, -5, 2],
		[100, 121, 0],
		[null, 121, 2],
		[100, null, 2]
	])('(%s, %s, %s years) has no rate', (first, last, years) => {
		expect(compoundAnnualGrowth(first, last, years)).toBeNull();
	});
});

describe('shareOf', () => {
	it.each([
		[1, 4, 0.25],
		[3987.104, 512647.054, 0.007777483492],
		[-5, 10, -0.5]
	])('%d of %d is %d', (part, whole, want) => {
		expect(shareOf(part, whole)).toBeCloseTo(want, 11);
	});

	it.each([
		[1, 0],
		[null, 10],
		[1, null]
	])('(%s of %s) has no share', (part, whole) => {
		expect(shareOf(part, whole)).toBeNull();
	});
});

describe('mirrorGap', () => {
	it('Korea-reported exports 3987.104 against Dutch-reported imports 6414.84867', () => {
		const gap = mirrorGap(3987.104, 6414.84867);
		expect(gap.absolute).toBeCloseTo(-2427.74467, 9);
		expect(gap.relative).toBeCloseTo(-0.378457044724, 11);
	});

	it('a mirror of 0 gives an absolute but no relative gap', () => {
		expect(mirrorGap(5, 0)).toEqual({ absolute: 5, relative: null });
	});

	it.each([
		[null, 1],
		[1, null],
		[null, null]
	])('(%s, %s) gives no gap at all', (reported, mirror) => {
		expect(mirrorGap(reported, mirror)).toEqual({ absolute: null, relative: null });
	});
});

describe('cifFobRatio', () => {
	it.each([
		[6414.84867, 3987.104, 1.60889925871],
		[110, 100, 1.1]
	])('CIF %d / FOB %d ≈ %d', (cif, fob, want) => {
		expect(cifFobRatio(cif, fob)).toBeCloseTo(want, 10);
	});

	it.each([
		[1, 0],
		[null, 1],
		[1, null]
	])('(%s, %s) has no ratio', (cif, fob) => {
		expect(cifFobRatio(cif, fob)).toBeNull();
	});
});

describe('roundForOutput', () => {
	it.each([
		[-2236.7000000000003, -2236.7],
		[3987.104 - 6223.837, -2236.733],
		[0.1 + 0.2, 0.3],
		[10210.941, 10210.941],
		[1.23456789, 1.234568]
	])('%d → %d', (value, want) => {
		expect(roundForOutput(value)).toBe(want);
	});

	it('takes the number of decimals', () => {
		expect(roundForOutput(2.345678, 2)).toBe(2.35);
	});
});

describe('roundSignificant', () => {
	it.each([
		[-2236.7000000000003, -2236.7],
		[3987.104 - 6223.837, -2236.733],
		[0.000741778123456789, 0.000741778123456789],
		[605707.971943 + 534719.586495, 1140427.558438],
		// A published IMF figure with 13 significant digits (the matrix), kept whole.
		[2829912.768511, 2829912.768511],
		[0.1 + 0.2, 0.3],
		[0, 0]
	])('%d → %d (15 significant digits)', (value, want) => {
		expect(roundSignificant(value)).toBe(want);
	});
});
