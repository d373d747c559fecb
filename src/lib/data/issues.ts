import { showInvisible } from './textHygiene';
import type { ParseIssue } from './types';

/** How many issues a check keeps in full; the rest are counted per kind (see IssueList). */
export const ISSUE_LIMIT = 1_000;
/** How many kinds of left-out issues get a summary line of their own. */
const SUMMARY_LIMIT = 100;

/** `column` of an issue where no field applies: the 1-based character position on its line. */
export const charColumn = (position: number): string => `char ${position}`;
const CHAR_COLUMN = /^char (\d+)$/;

/**
 * One line a person can act on: where, what was found, what was expected. Invisible characters in the
 * data (bidi overrides, zero-width characters) are shown as <U+XXXX>, so the line reads as it is.
 * @example formatIssue({ file: 'trade.csv', line: 12, column: 'value', value: 'n/a', expected: 'a number' })
 *   → 'trade.csv, line 12, column "value": found "n/a", expected a number'
 * @example formatIssue({ file: 'trade.csv', line: 3, column: 'char 17', value: '"', expected: '…' })
 *   → 'trade.csv, line 3, character 17: found """, expected …'
 */
export function formatIssue(issue: ParseIssue): string {
	const char = CHAR_COLUMN.exec(issue.column);
	const column = char ? `character ${char[1]}` : issue.column ? `column "${showInvisible(issue.column)}"` : '';
	const where = [issue.file, issue.line > 0 ? `line ${issue.line}` : '', issue.line > 0 ? column : '']
		.filter(Boolean)
		.join(', ');
	const found = issue.value === '' ? '' : `found "${showInvisible(issue.value)}", `;
	return `${where}: ${found}expected ${issue.expected}`;
}

interface LeftOut {
	first: ParseIssue;
	count: number;
	lastLine: number;
}

/**
 * A list of issues that stays small however broken the input is: the first `limit` issues in full,
 * then one summary per kind (same file, column and message with its numbers blanked out) addressed at
 * the first one left out. A file of random bytes gives millions of issues; a person needs the first
 * few and how many more there are, and the server must not hold or log them all.
 * @example const list = new IssueList(1); list.add(a); list.add(b); list.add(c); list.issues()
 *   → [a, { ...b, expected: b.expected + ' — and 1 more issue like this one up to line …, not listed' }]
 */
export class IssueList {
	private readonly kept: ParseIssue[] = [];
	private readonly leftOut = new Map<string, LeftOut>();
	private otherKinds = 0;
	private total = 0;

	constructor(private readonly limit = ISSUE_LIMIT) {}

	get size(): number {
		return this.total;
	}

	add(issue: ParseIssue): void {
		this.total++;
		if (this.kept.length < this.limit) {
			this.kept.push(issue);
			return;
		}
		const kind = `${issue.file}|${issue.column.replace(/\d+/g, '#')}|${issue.expected.replace(/\d+/g, '#')}`;
		const seen = this.leftOut.get(kind);
		if (seen) {
			seen.count++;
			seen.lastLine = Math.max(seen.lastLine, issue.line);
		} else if (this.leftOut.size < SUMMARY_LIMIT) {
			this.leftOut.set(kind, { first: issue, count: 1, lastLine: issue.line });
		} else {
			this.otherKinds++;
		}
	}

	addAll(issues: Iterable<ParseIssue>): void {
		for (const issue of issues) this.add(issue);
	}

	/** The kept issues, then one summary per kind left out. */
	issues(): ParseIssue[] {
		const n = (x: number) => x.toLocaleString('en-US');
		const summaries = [...this.leftOut.values()].map(({ first, count, lastLine }) => ({
			...first,
			expected:
				count === 1
					? first.expected
					: `${first.expected} — and ${n(count - 1)} more issue${count === 2 ? '' : 's'} like this one up to line ${n(lastLine)}, not listed`
		}));
		const last = summaries[summaries.length - 1];
		if (this.otherKinds > 0 && last) {
			last.expected += ` (and ${n(this.otherKinds)} issues of other kinds, not listed)`;
		}
		return [...this.kept, ...summaries];
	}
}

/**
 * The issues, capped as by IssueList.
 * @example capIssues(twoThousandIssues).length → 1,000 plus one summary per kind of the rest
 */
export function capIssues(issues: Iterable<ParseIssue>, limit = ISSUE_LIMIT): ParseIssue[] {
	const list = new IssueList(limit);
	list.addAll(issues);
	return list.issues();
}
