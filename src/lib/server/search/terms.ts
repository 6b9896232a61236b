import { stemmer } from '@orama/stemmers/german';

/*
 * The words the site search compares: lower case, umlauts and ß folded so that "Mütter",
 * "Muetter" and "Mutter" meet, then reduced to their stem by the Snowball German stemmer
 * ("Familien" → "famili" = "Familie", "Beratungen" → "berat" = "Beratung"). Documents and
 * queries go through the same function, on SQLite and on PostgreSQL alike.
 */

/** Words that say nothing about what a family looks for. */
const STOPWORDS = new Set(
	(
		'aber alle allem allen aller alles als also am an ans auch auf aus bei beim bin bis bist da ' +
		'damit dann das dass dem den der des dessen die dies diese diesem diesen dieser dieses du ' +
		'durch ein eine einem einen einer eines er es etwas euch euer eure fur gibt hat hatte habe ' +
		'haben ich ihr ihre ihrem ihren ihrer im in ins ist ja jede jedem jeden jeder jedes kann ' +
		'kein keine man mein meine meinem meinen meiner mich mir mit muss nach nicht noch nur ob ' +
		'oder ohne sehr sein seine sich sie sind so soll uber um und uns unser unsere unter vom von ' +
		'vor war was wie wir wird wo wurde zu zum zur zwischen ' +
		'a an and are as at be by for from how i in is it of on or the to was what where who with'
	).split(' ')
);

/** Lower case, ß → ss, umlauts and their ae/oe/ue spellings → plain vowel, other accents off. */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/ä|ae/g, 'a')
		.replace(/ö|oe/g, 'o')
		.replace(/ü|ue/g, 'u')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '');
}

/** The words of a text, folded (not yet stemmed), without stop words and single letters. */
export function words(text: string): string[] {
	const out: string[] = [];
	for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
		if (word.length < 2 || STOPWORDS.has(word)) continue;
		out.push(word);
	}
	return out;
}

/** Stems of a text, space-separated: what the index stores. */
export function terms(text: string): string {
	return words(text).map(stemmer).join(' ');
}

/**
 * The stems of what someone typed, each at most once (at most eight, each at most 40
 * characters): the search looks for documents that contain the most of them.
 */
export function queryTerms(query: string): string[] {
	const seen = new Set<string>();
	for (const word of words(query.slice(0, 200))) {
		const stem = stemmer(word).slice(0, 40);
		if (stem.length >= 2) seen.add(stem);
		if (seen.size === 8) break;
	}
	return [...seen];
}
