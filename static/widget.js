/* Bündnis calendar widget, optional helper for the embedding page: sets the height of every
   <iframe data-buendnis-widget> from the message its widget sends (see widget-frame.js), so
   the frame grows and shrinks with its list. Without it the iframe keeps the height written
   in the snippet. No cookies, no tracking. */
(function () {
	function frames() {
		return document.querySelectorAll('iframe[data-buendnis-widget]');
	}
	function originOf(frame) {
		try {
			return new URL(frame.src, document.baseURI).origin;
		} catch {
			return '';
		}
	}
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'buendnis-widget-height') return;
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			if (list[i].contentWindow !== event.source || originOf(list[i]) !== event.origin) continue;
			var height = Math.max(80, Math.min(5000, Number(data.height) || 0));
			list[i].style.height = height + 'px';
		}
	});
	// Frames that loaded before this script have already told their height: ask again.
	var list = frames();
	for (var i = 0; i < list.length; i++) {
		if (list[i].contentWindow)
			list[i].contentWindow.postMessage({ type: 'buendnis-widget-ask' }, originOf(list[i]) || '*');
	}
})();
