// The routes that may answer 200 to anybody on an alliance's site: public pages and the ways
// in. The tenant-isolation walk (tenancy.e2e.ts) requires every OTHER route to refuse a
// coordinator of another alliance (401/403/404/405 or a redirect to the login).
//
// Adding a public route? List it here with a reason. Adding an internal one? Give it a
// permission check (src/lib/server/auth/permissions.ts) — then it needs no entry.

export const PUBLIC_ROUTES: Record<string, string> = {
	'/': 'home page',
	'/[...path]': 'published pages (drafts must 404)',
	'/neuigkeiten': 'news list',
	'/neuigkeiten/[slug]': 'a published news post',
	'/dokumente': 'listed documents',
	'/suche': 'site search over public content',
	'/umfragen': 'open surveys and published results',
	'/umfragen/[slug]': 'answering a published survey (invitation link or one-time form token)',
	'/umfragen/[slug]/ergebnisse': 'results the coordinators chose to publish',
	'/jahresbericht': 'list of the published annual reports',
	'/jahresbericht/[jahr]': 'a published annual report (unpublished years must 404)',
	'/jahresbericht/[jahr]/bericht.pdf': 'a published annual report as PDF (unpublished years 404)',
	'/dateien/[id]': 'files used on public pages (logo, images, documents)',
	'/kontakt': 'contact point: a family writes a concern (general messages are a category)',
	'/anliegen/[token]':
		'a family’s own concern, by the secret status link (unknown link: a “not known” page)',
	'/ideen': 'ideas board (published ideas only)',
	'/ideen/neu': 'anyone may propose an idea (confirmed by mail, approved before it is public)',
	'/ideen/[id]': 'a published idea and its support form (others must 404)',
	'/ideen/bestaetigen/[token]': 'confirming one’s idea by the token from the mail',
	'/ideen/unterstuetzen/[token]': 'confirming one’s support by the token from the mail',
	'/newsletter': 'anyone may subscribe to the newsletter (double opt-in by mail)',
	'/newsletter/bestaetigen/[token]':
		'confirming a subscription by the token from the mail (button)',
	'/newsletter/abmelden/[token]':
		'unsubscribing without login by the token in every issue (button)',
	'/newsletter/abmelden/[token]/sofort':
		'RFC 8058 one-click unsubscribe: a POST from the mail program, the token is the key',
	'/newsletter/archiv': 'archive of sent newsletter issues',
	'/newsletter/archiv/[id]': 'a sent newsletter issue (drafts must 404)',
	'/impressum': 'imprint',
	'/datenschutz': 'privacy policy',
	'/koordinierungsteam': 'the coordination team',
	'/anmelden': 'login (accounts are global, roles per alliance)',
	'/anmelden/link': 'sign-in link from the mail',
	'/abmelden': 'logout',
	'/passwort-vergessen': 'password reset request',
	'/passwort-neu': 'new password from the mailed link',
	'/einladung/[id]':
		'invitation link: the id from the mail is the key; accepting needs the invited address',
	'/sprache': 'language switch',
	'/favicon.ico': 'the site’s icon (the alliance’s logo or a default)',
	'/partner': 'partner directory',
	'/partner/[slug]': 'a partner’s public profile (internal fields must never show)',
	'/mitmachen': 'get involved',
	'/mitmachen/partner-werden': 'application to become a partner',
	'/mitmachen/spenden': 'donate (bank details, GiroCode)',
	'/mitmachen/spenden/danke/[id]':
		'thank-you page of a published donation purpose (records nothing; other alliances’ ids 404)',
	'/termine': 'calendar',
	'/termine/archiv': 'past events',
	'/termine/monat/[monat]': 'calendar, month view',
	'/termine/tag/[tag]': 'calendar, day view',
	'/termine/[slug]/[[datum]]': 'a published event',
	'/termine/[slug]/termin.ics': 'a published event as iCalendar',
	'/termine/[slug]/anmeldung': 'registration for an event',
	'/termine/[slug]/anmeldung/[token]': 'one’s own registration, by the token from the mail',
	'/termine/[slug]/protokoll': 'public minutes of a plenum (internal minutes must 404)',
	'/termine/melden': 'anyone may submit an event (it waits for approval)',
	'/termine/melden/bestaetigen/[token]': 'confirming a submitted event by the token from the mail',
	'/termine/feed.ics': 'calendar feed (iCalendar)',
	'/termine/feed.rss': 'calendar feed (RSS)',
	'/api/termine': 'published events as JSON (widget)',
	'/api/openapi.json': 'OpenAPI description of the public JSON interfaces',
	'/widget/termine': 'the embeddable list of published events (framed by partners’ sites)',
	'/themen': 'focus topics',
	'/themen/[slug]': 'a focus topic',
	'/projekte': 'projects',
	'/projekte/[slug]': 'a project',
	'/projekte/gute-beispiele': 'good-practice library',
	'/arbeitsgruppen': 'working groups',
	'/arbeitsgruppen/[slug]': 'a working group',
	'/demnaechst':
		'holding page of an alliance that is not public yet (name, logo, contact; home once live)',
	'/healthz': 'health for load balancers: only "ok" or which part is down, nothing of alliances',
	'/angebote': 'Familienwegweiser: the Lebenslagen',
	'/angebote/liste': 'Familienwegweiser: published offers, filtered',
	'/angebote/[slug]': 'a published offer (drafts, archived and long-unchecked ones must 404)',
	'/angebote/wegweiser.pdf': 'Familienwegweiser to print: published offers as a PDF booklet',
	'/angebote/bestaetigen/[token]':
		'“still correct” link of the yearly reminder: the token from the mail is the key',
	'/api/hsds': 'HSDS 3.0 API: about',
	'/api/hsds/services': 'HSDS: published offers',
	'/api/hsds/services/[id]': 'HSDS: one published offer',
	'/api/hsds/organizations': 'HSDS: providers of published offers',
	'/api/hsds/organizations/[id]': 'HSDS: one provider',
	'/api/hsds/service_at_locations': 'HSDS: places of published offers',
	'/api/hsds/taxonomies': 'HSDS: the Lebenslagen taxonomy',
	'/api/hsds/taxonomy_terms': 'HSDS: the Lebenslagen',
	'/api/hsds/datapackage.zip': 'HSDS tabular download: published offers (datapackage + CSVs)'
};

/** Public forms whose POST on an alliance's site legitimately adds to its data: not posted there. */
export const PUBLIC_WRITES = new Set([
	'/kontakt',
	'/anliegen/[token]',
	'/ideen/neu',
	'/ideen/[id]',
	'/ideen/bestaetigen/[token]',
	'/ideen/unterstuetzen/[token]',
	'/mitmachen/partner-werden',
	'/termine/[slug]/anmeldung',
	'/termine/melden'
]);
