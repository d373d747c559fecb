import { EMBED_HEIGHT_MESSAGE } from './links';

/**
 * Svelte attachment for the embed's outermost element: tells the host page the element's height
 * whenever it changes (legend wrapping, a data table opened, the frame made narrower), so the host's
 * snippet script can size the iframe to its content. Does nothing outside a frame.
 */
export function reportHeight(element: HTMLElement): (() => void) | void {
	if (window.parent === window) return;
	let last = 0;
	const post = () => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		// '*': the height is not a secret, and the embed cannot know which site hosts it.
		window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(element);
	post();
	return () => observer.disconnect();
}
