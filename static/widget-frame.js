/* Bündnis calendar widget, inside the iframe (loaded only with ?groesse=auto): tells the
   embedding page how tall the list is. Sends nothing but the height. */
(function () {
	var last = 0;
	function send() {
		var height = Math.ceil(document.documentElement.scrollHeight);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: 'buendnis-widget-height', height: height }, '*');
	}
	window.addEventListener('load', send);
	window.addEventListener('resize', send);
	if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
	send();
})();
