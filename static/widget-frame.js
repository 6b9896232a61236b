/* Bündnis calendar widget, inside the iframe (loaded only with ?groesse=auto): tells the
   embedding page how tall the list is. Sends nothing but the height.
   The height is the body's own height, not the document's scroll height: that one is never
   smaller than the frame, so a frame that had grown could never shrink again. */
(function () {
	var last = 0;
	function measure() {
		var body = document.body;
		if (!body) return 0;
		var style = window.getComputedStyle(body);
		return Math.ceil(
			body.getBoundingClientRect().height +
				(parseFloat(style.marginTop) || 0) +
				(parseFloat(style.marginBottom) || 0)
		);
	}
	function send(force) {
		var height = measure();
		if (!height || (height === last && force !== true)) return;
		last = height;
		window.parent.postMessage({ type: 'buendnis-widget-height', height: height }, '*');
	}
	window.addEventListener('load', send);
	window.addEventListener('resize', send);
	// The embedding page's helper may load after this frame: it asks, the frame answers.
	window.addEventListener('message', function (event) {
		if (event.source === window.parent && event.data && event.data.type === 'buendnis-widget-ask')
			send(true);
	});
	if (window.ResizeObserver) {
		var observer = new ResizeObserver(function () {
			send();
		});
		if (document.body) observer.observe(document.body);
		else
			document.addEventListener('DOMContentLoaded', function () {
				observer.observe(document.body);
				send();
			});
	}
	send();
})();
