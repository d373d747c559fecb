// One production server on the real data/ folder, shared by every browser test file.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startServer, type TestServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

let server: TestServer | null = null;

export async function setup(project: TestProject): Promise<void> {
	server = await startServer(path.join(ROOT, 'data'));
	project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
	await server?.stop();
	server = null;
}
