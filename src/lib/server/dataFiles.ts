// The data files of a folder, for scripts (check:data) that read a folder without running the server.
import type { DataFileTexts } from '../data/dataset';
import { readDataFiles as readWithVersion } from './store/files';

export { dataDirectory } from './store/files';

/** Reads whichever of the data files exist; a required one that is missing is reported by the validator. */
export function readDataFiles(dir: string): DataFileTexts {
	return readWithVersion(dir).texts;
}
