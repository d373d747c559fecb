// Starts the production build (`node build/index.js`) on a free port, for browser tests that need a
// server of their own (another data folder). The suite's shared server is started by globalSetup.ts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = path.join(ROOT, 'build', 'index.js');
const STARTUP_LIMIT_MS = 30_000;

export interface TestServer {
	url: string;
	/** Everything the server wrote to stderr so far (data problems are logged there). */
	stderr: () => string;
	/** Everything the server wrote to stdout so far (what data it serves, and from where). */
	stdout: () => string;
	stop: () => Promise<void>;
	/** The server's process id (benchmarks read its memory from /proc). */
	pid: number | undefined;
	/** The exit code once the process has ended (null when a signal ended it); undefined while it runs. */
	exitCode: () => number | null | undefined;
}

/** A port nobody listens on right now: the OS picks one, we release it and hand it to the server. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			if (address === null || typeof address === 'string') {
				probe.close();
				reject(new Error('could not read the probe port'));
				return;
			}
			probe.close(() => resolve(address.port));
		});
	});
}

/**
 * Starts the built app on `dataDir` and resolves once GET / answers (any status: a server on bad data
 * answers 503, and that is still an answer).
 */
export async function startServer(
	dataDir: string,
	extraEnv: NodeJS.ProcessEnv = {},
	startupLimitMs = STARTUP_LIMIT_MS
): Promise<TestServer> {
	if (!existsSync(ENTRY)) {
		throw new Error(
			`${ENTRY} is missing: run \`npx vite build\` first (the browser tests run against the production build).`
		);
	}
	const port = await freePort();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: path.resolve(dataDir),
		...extraEnv
	};
	// Without ORIGIN, adapter-node takes the origin from the request, which is what a test wants.
	delete env.ORIGIN;
	const child = spawn(process.execPath, [ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let stderr = '';
	let stdout = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	let exited: number | null | undefined;
	const exit = new Promise<void>((resolve) =>
		child.once('exit', (code) => {
			exited = code;
			resolve();
		})
	);

	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (exited !== undefined) return;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
		await exit;
		clearTimeout(timer);
	};

	const deadline = Date.now() + startupLimitMs;
	for (;;) {
		if (exited !== undefined) {
			throw new Error(
				`the server exited with code ${exited} before answering.\nstderr:\n${stderr}\nstdout:\n${stdout}`
			);
		}
		try {
			const response = await fetch(url + '/', { signal: AbortSignal.timeout(2_000) });
			await response.arrayBuffer();
			break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`the server did not answer GET / within ${startupLimitMs / 1000} s.\nstderr:\n${stderr}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return { url, stderr: () => stderr, stdout: () => stdout, stop, pid: child.pid, exitCode: () => exited };
}

/** Polls `check` until it returns true or `timeoutMs` passes; returns whether it succeeded. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 200): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await check().catch(() => false)) return true;
		if (Date.now() > deadline) return false;
		await new Promise((r) => setTimeout(r, intervalMs));
	}
}
