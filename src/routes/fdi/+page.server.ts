import { fdiViewFromUrl } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => fdiViewFromUrl(url);
