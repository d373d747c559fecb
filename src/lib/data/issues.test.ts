import { describe, expect, it } from 'vitest';
import { IssueList, capIssues, formatIssue } from './issues';
import type { ParseIssue } from './types';

describe('formatIssue', () => {
	it.each([
		[
			{ file: 'trade.csv', line: 12, column: 'value', value: 'n/a', expected: 'a number' },
			'trade.csv, line 12, column "value": found "n/a", expected a number'
		],
		[
			{ file: 'trade.csv', line: 3, column: '', value: 'NLD,2', expected: '12 fields as in the header (found 2)' },
			'trade.csv, line 3: found "NLD,2", expected 12 fields as in the header (found 2)'
		],
		[
			{ file: 'trade.csv', line: 0, column: '', value: '', expected: 'the file to exist' },
			'trade.csv: expected the file to exist'
		],
		[
			{ file: 'trade.csv', line: 4, column: 'char 17', value: 'NLD,3,987.1', expected: '2 fields as in the header' },
			'trade.csv, line 4, character 17: found "NLD,3,987.1", expected 2 fields as in the header'
		],
		[
			{ file: 'sources.csv', line: 2, column: 'title', value: 'CBS\u202etxt.exe', expected: 'a title' },
			'sources.csv, line 2, column "title": found "CBS<U+202E>txt.exe", expected a title'
		],
		[
			{ file: 'events.csv', line: 4, column: 'title', value: '', expected: 'an event title' },
			'events.csv, line 4, column "title": expected an event title'
		]
	])('%o → %s', (issue, text) => {
		expect(formatIssue(issue)).toBe(text);
	});
});

describe('IssueList', () => {
	const issue = (line: number, column = 'value', expected = 'a number'): ParseIssue => ({
		file: 'trade.csv',
		line,
		column,
		value: 'x',
		expected
	});

	it('keeps everything up to its limit', () => {
		const list = new IssueList(3);
		list.addAll([issue(2), issue(3)]);
		expect(list.issues()).toEqual([issue(2), issue(3)]);
		expect(list.size).toBe(2);
	});

	it('keeps the first issues, then one summary per kind at the first one left out', () => {
		const all = [issue(2), issue(3), issue(4), issue(5, 'period', 'a year'), issue(6), issue(7, 'period', 'a year')];
		expect(capIssues(all, 2)).toEqual([
			issue(2),
			issue(3),
			issue(4, 'value', 'a number — and 1 more issue like this one up to line 6, not listed'),
			issue(5, 'period', 'a year — and 1 more issue like this one up to line 7, not listed')
		]);
	});

	it('counts messages that differ only in their numbers as one kind', () => {
		const all = [issue(2), issue(3, 'rate', 'one rate (line 2 has one)'), issue(9, 'rate', 'one rate (line 8 has one)')];
		expect(capIssues(all, 1).map(formatIssue)).toEqual([
			'trade.csv, line 2, column "value": found "x", expected a number',
			'trade.csv, line 3, column "rate": found "x", expected one rate (line 2 has one) — and 1 more issue like this one up to line 9, not listed'
		]);
	});

	it('stays small for any number of issues and kinds', () => {
		const list = new IssueList();
		const letter = (n: number) => 'abcdefghijklmnopqrstuvwxyz'[n % 26];
		// 676 column names without digits: more kinds than get a summary line of their own.
		for (let i = 0; i < 300_000; i++) list.add(issue(i + 2, `c${letter(i)}${letter(Math.floor(i / 26))}`));
		expect(list.size).toBe(300_000);
		const kept = list.issues();
		expect(kept.length).toBeLessThanOrEqual(1_100);
		expect(kept[kept.length - 1]?.expected).toMatch(/issues of other kinds, not listed\)$/);
	});
});
