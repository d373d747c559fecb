import { describe, expect, it } from 'vitest';
import { formatMillions, formatPercent, formatRatio, formatTick, formatQualifiedMillions } from './format';

describe('formatMillions', () => {
	it.each([
		[3987.104, '3,987.1'],
		[-2236.7000000000003, '−2,236.7'],
		[6223.837, '6,223.8'],
		[605707.971943, '605,708.0'],
		[0.05, '0.1'],
		[0, '0.0'],
		[null, '–']
	])('%s → %s', (value, text) => {
		expect(formatMillions(value)).toBe(text);
	});
});

describe('formatPercent', () => {
	it.each([
		[0.1234, '+12.3%'],
		[-0.061114948135, '−6.1%'],
		[0.506054259542, '+50.6%'],
		[0, '0.0%'],
		[null, '–']
	])('%s → %s', (fraction, text) => {
		expect(formatPercent(fraction)).toBe(text);
	});
});

describe('formatRatio', () => {
	it.each([
		[0.640618319535, '0.64'],
		[1.60889925871, '1.61'],
		[1234.5, '1,234.50'],
		[null, '–']
	])('%s → %s', (value, text) => {
		expect(formatRatio(value)).toBe(text);
	});
});

describe('formatTick', () => {
	it.each([
		[12000, '12,000'],
		[2000, '2,000'],
		[-2000, '−2,000'],
		[2.5, '2.5'],
		[12.5, '13'],
		[0, '0']
	])('%d → %s', (value, text) => {
		expect(formatTick(value)).toBe(text);
	});
});

describe('formatQualifiedMillions', () => {
	it.each([
		[2000, 'lower bound', 'lower bound 2,000.0'],
		[10000, 'approximate', 'approximate 10,000.0'],
		[5.5, '', '5.5'],
		[null, 'approximate', '–']
	] as const)('%s with %s → %s', (value, qualifier, text) => {
		expect(formatQualifiedMillions(value, qualifier)).toBe(text);
	});
});
