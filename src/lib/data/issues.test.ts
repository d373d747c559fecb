import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';

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
			{ file: 'events.csv', line: 4, column: 'title', value: '', expected: 'an event title' },
			'events.csv, line 4, column "title": expected an event title'
		]
	])('%o → %s', (issue, text) => {
		expect(formatIssue(issue)).toBe(text);
	});
});
