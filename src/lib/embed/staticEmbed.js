// @ts-check
// The only script of a server-drawn embed (routes/(embed)/embed/[chart]/+page.svelte), served as a
// file of its own (no bundler, no imports) so that an embed costs its HTML and these few lines until
// the reader reaches for the chart. It does what the interactive page's app would do before that:
// 1. tells the host page the embed's height (the snippet's script sizes the iframe; see reportHeight.ts,
//    which the interactive page uses, and resizeScript in links.ts, which reads the message);
// 2. makes the link back absolute, so a printed copy shows the whole address;
// 3. opens the interactive page in place when the pointer reaches the chart, it is tapped or focused.

const root = document.querySelector('.embed-root');
if (root && window.parent !== window) {
	let last = 0;
	const post = () => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		// '*': the height is not a secret, and the embed cannot know which site hosts it. The type is
		// EMBED_HEIGHT_MESSAGE of links.ts (a test checks they agree).
		window.parent.postMessage({ type: 'bilateral-embed-height', height }, '*');
	};
	new ResizeObserver(post).observe(root);
	post();
}

for (const link of document.querySelectorAll('a[data-absolute]')) {
	if (link instanceof HTMLAnchorElement) link.setAttribute('href', link.href);
}

const chart = document.querySelector('[data-live-href]');
if (chart instanceof HTMLElement && chart.dataset.liveHref) {
	const href = chart.dataset.liveHref;
	let going = false;
	const goLive = () => {
		if (going) return;
		going = true;
		// replace: the host page's Back button must not step back into the drawing.
		location.replace(href);
	};
	for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focusin'])
		chart.addEventListener(type, goLive, { passive: true });
}
