import { fdiViewFromUrl, requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => fdiViewFromUrl(requireStore(locals.store, locals.status), url);
