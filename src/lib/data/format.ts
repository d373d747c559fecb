// Number formatting shared by tables, tooltips, headlines and images. One locale (en-US digits with
// comma thousands) so a figure reads the same everywhere it appears.
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const ratio = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A value in millions with one decimal; a gap reads as an en dash, never as 0.
 * @example formatMillions(-2236.7000000000003) → '-2,236.7'; formatMillions(null) → '–'
 */
export function formatMillions(value: number | null): string {
	return value === null ? '–' : money.format(value).replace('-', '−');
}

/** @example formatPercent(0.1234) → '+12.3%' (input is a fraction) */
export function formatPercent(fraction: number | null): string {
	return fraction === null ? '–' : percent.format(fraction * 100).replace('-', '−') + '%';
}

/** @example formatRatio(0.64062) → '0.64' */
export function formatRatio(value: number | null): string {
	return value === null ? '–' : ratio.format(value);
}

/** Axis ticks: compact and without decimals for large values. @example formatTick(12000) → '12,000' */
export function formatTick(value: number): string {
	return new Intl.NumberFormat('en-US', { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 })
		.format(value)
		.replace('-', '−');
}

/**
 * A value in millions with the source's own qualifier in front, so "around" and "more than" travel
 * with the number wherever it is shown.
 * @example formatQualifiedMillions(2000, 'lower bound') → 'lower bound 2,000.0'; formatQualifiedMillions(5.5, '') → '5.5'
 */
export function formatQualifiedMillions(value: number | null, qualifier: string): string {
	return `${qualifier && value !== null ? `${qualifier} ` : ''}${formatMillions(value)}`;
}
