// Compiles the message catalogue (src/lib/i18n/messages) into src/lib/paraglide, with the options
// the Vite plugin uses. Run by `npm install` (prepare) and by `npm run messages`.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../src/lib/i18n/paraglide.config.js';

await compile(paraglideOptions);
