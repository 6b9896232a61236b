/* Bündnis calendar widget, optional helper for the embedding page: sets the height of every
   <iframe data-buendnis-widget> from the message its widget sends (see widget-frame.js).
   Without it the iframe keeps the height written in the snippet. No cookies, no tracking. */
(function () {
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'buendnis-widget-height') return;
		var frames = document.querySelectorAll('iframe[data-buendnis-widget]');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow !== event.source) continue;
			var height = Math.max(80, Math.min(5000, Number(data.height) || 0));
			frames[i].style.height = height + 'px';
		}
	});
})();
