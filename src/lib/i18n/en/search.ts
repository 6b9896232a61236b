/** Site search (English). */
export const search = {
	'search.title': 'Search',
	'search.headerLabel': 'Search this website',
	'search.label': 'What are you looking for?',
	'search.hint': 'For example “toddler group”, “advice” or “holidays” (most content is in German).',
	'search.submit': 'Search',
	'search.intro':
		'The search covers offers, events, pages, news, partners, projects, topics, working groups and documents.',
	'search.count': '{count} results for “{query}”',
	'search.countOne': '1 result for “{query}”',
	'search.none':
		'We found nothing for “{query}”. Try another or a shorter word – or write to us, we are glad to help.',
	'search.noWords': 'Please enter a word to search for.',
	'search.contact': 'To the contact form',
	'search.kind.offer': 'Offers for families',
	'search.kind.event': 'Events',
	'search.kind.page': 'Pages',
	'search.kind.news': 'News',
	'search.kind.partner': 'Partners',
	'search.kind.project': 'Projects',
	'search.kind.topic': 'Topics',
	'search.kind.group': 'Working groups',
	'search.kind.document': 'Documents'
};
