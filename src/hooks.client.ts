import { defineClientLangStrategy } from '$lib/i18n/strategy';

// Before hydration: messages and number formats in the browser follow the page's <html lang>.
defineClientLangStrategy();
