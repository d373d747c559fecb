import type { ParseIssue } from './types';

/**
 * One line a person can act on: where, what was found, what was expected.
 * @example formatIssue({ file: 'trade.csv', line: 12, column: 'value', value: 'n/a', expected: 'a number' })
 *   → 'trade.csv, line 12, column "value": found "n/a", expected a number'
 */
export function formatIssue(issue: ParseIssue): string {
	const where = [issue.file, issue.line > 0 ? `line ${issue.line}` : '', issue.column ? `column "${issue.column}"` : '']
		.filter(Boolean)
		.join(', ');
	const found = issue.value === '' ? '' : `found "${issue.value}", `;
	return `${where}: ${found}expected ${issue.expected}`;
}
