// Every format the importers read, in the order they are tried: the most specific signatures first.
import { cbsStatline } from './cbs';
import { comtradeLegacy, comtradePlus } from './comtrade';
import { eurostatSdmx, eurostatTsv } from './eurostat';
import { imfMatrix, imfPortal } from './imf';
import { kosis } from './kosis';
import { oecdFdi } from './oecd';
import { wdiFx } from './wdi';
import type { FormatSpec } from '../format';

export const FORMATS: readonly FormatSpec[] = [
	comtradePlus,
	comtradeLegacy,
	imfMatrix,
	imfPortal,
	oecdFdi,
	eurostatSdmx,
	eurostatTsv,
	wdiFx,
	cbsStatline,
	kosis
];
