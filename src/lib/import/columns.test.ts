import { describe, expect, it } from 'vitest';
import { FdiColumns, FxColumns, NumberTexts, TextCodes, TradeColumns, packKey, type TradeInput } from './columns';
import { RowKeys } from './keySet';

describe('packKey', () => {
	it.each([
		[[0, 0, 0, 0, ''], 0],
		[[1, 2, 3, 4, ''], ((1 * 0x2000 + 2) * 0x2000 + 3) * 0x2000 + 4],
		[[0x1fff, 0x1fff, 0x1fff, 0x1fff, ''], 2 ** 52 - 1],
		[[0x2000, 0, 0, 0, ''], '8192|0|0|0|'],
		[[0, 0, 0, 0x2000, ''], '0|0|0|8192|'],
		[[1, 2, 3, 4, '5 6'], '1|2|3|4|5 6']
	] as const)('%j → %j', ([x, y, z, w, extra], key) => expect(packKey(x, y, z, w, extra)).toBe(key));

	it('gives different codes different numbers', () => {
		expect(packKey(1, 0, 0, 0, '')).not.toBe(packKey(0, 0x1fff, 0x1fff, 0x1fff, ''));
	});
});

describe('TextCodes', () => {
	it('codes each distinct text once and gives the texts back by row', () => {
		const c = new TextCodes(2);
		expect(['USD', 'EUR', 'USD', 'USD', '', 'EUR'].map((t, i) => c.put(i, t))).toEqual([0, 1, 0, 0, 2, 1]);
		expect([0, 1, 2, 3, 4, 5].map((i) => c.text(i))).toEqual(['USD', 'EUR', 'USD', 'USD', '', 'EUR']);
	});

	it('keeps every code when it needs more than a byte, then more than two bytes', () => {
		const c = new TextCodes(16);
		const n = 0x10000 + 10;
		for (let i = 0; i < n; i++) c.put(i, `t${i}`);
		expect([0, 255, 256, 0xffff, 0x10000, n - 1].map((i) => [c.code(i), c.text(i)])).toEqual(
			[0, 255, 256, 0xffff, 0x10000, n - 1].map((i) => [i, `t${i}`])
		);
	});

	it('overwrites a row that is put again (a staged row not kept)', () => {
		const c = new TextCodes(4);
		c.put(0, 'a');
		c.put(1, 'b');
		c.put(1, 'c');
		expect([c.text(0), c.text(1)]).toEqual(['a', 'c']);
	});
});

describe('NumberTexts', () => {
	const texts = ['4100.5', '-7', '', '1.20E+03', '0.10', '123456789012345678901234567890'];

	it('gives every published number back as it was put, growing as needed', () => {
		const v = new NumberTexts(1);
		texts.forEach((t, i) => v.put(i, t));
		expect(texts.map((_, i) => v.text(i))).toEqual(texts);
	});

	it.each([
		['4100.5', '4100.5', true],
		['4100.5', '4100.50', false],
		['10', '01', false],
		['', '', true]
	])('same(%j, %j) → %s', (a, b, same) => {
		const v = new NumberTexts(2);
		v.put(0, a);
		v.put(1, b);
		expect(v.same(0, 1)).toBe(same);
	});

	it('refuses text that cannot be a published number instead of storing it wrong', () => {
		expect(() => new NumberTexts(1).put(0, '1,5 €')).toThrow('not a published number: 1,5 €');
	});
});

const tradeInput = (over: Partial<TradeInput> = {}): TradeInput => ({
	period: '2019',
	reporter: 'KOR',
	partner: 'NLD',
	flow: 'export',
	value: '4100.5',
	currency: 'USD',
	unit: 'millions',
	valuation: 'FOB',
	concept: 'not stated',
	qualifier: '',
	source: 'imf-matrix-x',
	remark: '',
	product_classification: '',
	product_code: '',
	product_label: '',
	...over
});

const asRow = ({ remark: _remark, ...cells }: TradeInput, note: string) => ({ ...cells, note });

describe('TradeColumns', () => {
	it('gives back the rows kept, with the note made of the line and the remark', () => {
		const chips = tradeInput({
			value: '12',
			unit: 'units',
			product_classification: 'HS',
			product_code: '8542',
			product_label: 'Electronic integrated circuits'
		});
		const t = new TradeColumns(1);
		t.stage(tradeInput(), 2);
		t.commit();
		t.stage(tradeInput({ flow: 'import', value: '6500.25', valuation: 'CIF', remark: 'IMF estimate (flag e)' }), 3);
		t.commit();
		// Staged and not kept: the next row takes its place.
		t.stage(tradeInput({ partner: 'USA' }), 4);
		t.stage(chips, 5);
		t.commit();
		expect(t.length).toBe(3);
		expect(t.rows()).toEqual([
			asRow(tradeInput(), 'line 2'),
			asRow(tradeInput({ flow: 'import', value: '6500.25', valuation: 'CIF' }), 'line 3; IMF estimate (flag e)'),
			asRow(chips, 'line 5')
		]);
		expect([t.line(1), t.value(1), t.keyText(1), t.keyText(2)]).toEqual([
			3,
			'6500.25',
			'2019 KOR NLD import',
			'2019 KOR NLD export HS 8542'
		]);
	});

	it('gives a row the same key as an earlier one with the same period, countries, flow and product', () => {
		const t = new TradeColumns();
		const key = (over: Partial<TradeInput>) => {
			const k = t.stage(tradeInput(over), 1);
			t.commit();
			return k;
		};
		const first = key({});
		expect(key({ value: '1', remark: 'other' })).toBe(first);
		expect(key({ flow: 'import' })).not.toBe(first);
		expect(key({ product_classification: 'HS', product_code: '01' })).toBe('0|0|0|0|1 1');
		expect(key({ product_classification: 'HS', product_code: '02' })).toBe('0|0|0|0|1 2');
	});
});

describe('FdiColumns and FxColumns', () => {
	it('give back their rows in the contract columns', () => {
		const cells = {
			period: '2020',
			investor: 'NLD',
			host: 'KOR',
			measure: 'flow',
			value: '914',
			currency: 'USD',
			unit: 'millions',
			basis: 'OECD FDI flows by counterpart',
			qualifier: '',
			source: 'oecd-x'
		};
		const fdi = new FdiColumns();
		fdi.stage({ ...cells, remark: '' }, 3);
		fdi.commit();
		const fx = new FxColumns();
		fx.stage({ year: '1998', base: 'USD', quote: 'NLG', rate: '1.98', source: 'wdi-x', remark: 'World Bank row' }, 7);
		fx.commit();
		expect(fdi.rows()).toEqual([{ ...cells, note: 'line 3' }]);
		expect(fx.rows()).toEqual([
			{ year: '1998', base: 'USD', quote: 'NLG', rate: '1.98', source: 'wdi-x', note: 'line 7; World Bank row' }
		]);
		expect([fdi.keyText(0), fx.keyText(0)]).toEqual(['2020 NLD KOR flow', '1998 USD NLG']);
	});
});

describe('RowKeys', () => {
	it('remembers the first value under a numeric or a string key', () => {
		const k = new RowKeys(4);
		expect([k.putIfAbsent(42, 0), k.putIfAbsent('1|2|3|4|HS 01', 1), k.putIfAbsent(7, 2)]).toEqual([-1, -1, -1]);
		expect([k.putIfAbsent(42, 5), k.putIfAbsent('1|2|3|4|HS 01', 6), k.putIfAbsent(7, 8)]).toEqual([0, 1, 2]);
	});

	it('grows past its first capacity without losing a key', () => {
		const k = new RowKeys(4);
		for (let i = 0; i < 1000; i++) k.putIfAbsent(i * 0x2000 + 3, i);
		expect([0, 1, 500, 999].map((i) => k.putIfAbsent(i * 0x2000 + 3, -5))).toEqual([0, 1, 500, 999]);
	});
});
