import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-21T1200-foundation.ts';
import * as contentUniqueSlugs from './2026-11-21T1310-content-unique-slugs.ts';
import * as partnersTopicsCore from './2026-11-21T1300-partners-topics-core.ts';
import * as partnerNetwork from './2026-11-21T1400-partner-network.ts';
import * as events from './2026-11-21T1410-events.ts';
import * as jobs from './2026-11-21T1600-jobs.ts';
import * as eventRegistration from './2026-11-21T1610-event-registration.ts';
import * as partnerWork from './2026-11-21T1700-partner-work.ts';
import * as eventSubmission from './2026-11-21T1710-event-submission.ts';
import * as eventOccurrenceRange from './2026-11-21T1730-event-occurrence-range.ts';
import * as eventImport from './2026-11-21T1740-event-import.ts';
import * as registrationCancelNotice from './2026-11-21T1750-registration-cancel-notice.ts';
import * as siteSearch from './2026-12-06T1800-site-search.ts';
import * as surveys from './2026-12-06T1810-surveys.ts';
import * as allianceLaunch from './2026-12-06T1300-alliance-launch.ts';
import * as offers from './2026-12-06T1400-offers.ts';
import * as concerns from './2026-12-06T1500-concerns.ts';
import * as ideas from './2026-12-06T1510-ideas.ts';
import * as eventOccurrenceSeries from './2026-12-06T1700-event-occurrence-series.ts';
import * as involvedTexts from './2026-12-06T1600-involved-texts.ts';
import * as eventRdates from './2026-12-06T1100-event-rdates.ts';
import * as pinboard from './2026-12-06T1900-pinboard.ts';
import * as donationPurposes from './2026-12-06T1910-donation-purposes.ts';
import * as newsletter from './2026-12-06T2000-newsletter.ts';
import * as reportText from './2026-12-06T2200-report-text.ts';
import * as plenumTables from './2026-12-07T0300-plenum-tables.ts';
import * as offersListIndex from './2026-12-07T0300-offers-list-index.ts';
import * as offersSearchVector from './2026-12-07T0310-offers-search-vector.ts';

/** Every migration, in order. Add new ones at the end; never edit one that has landed. */
import * as occurrenceLength from './2026-12-07T0700-occurrence-length.ts';
import * as eventAdminOrder from './2026-12-07T0710-event-admin-order.ts';
import * as eventFeedStamps from './2026-12-07T1800-event-feed-stamps.ts';
import * as offerRedirect from './2026-12-07T2100-offer-redirect.ts';
import * as eventFilterChoices from './2026-12-08T0000-event-filter-choices.ts';

export const migrations: Record<string, Migration> = {
	'2026-11-21T1200-foundation': foundation,
	'2026-11-21T1300-partners-topics-core': partnersTopicsCore,
	'2026-11-21T1310-content-unique-slugs': contentUniqueSlugs,
	'2026-11-21T1400-partner-network': partnerNetwork,
	'2026-11-21T1410-events': events,
	'2026-11-21T1600-jobs': jobs,
	'2026-11-21T1610-event-registration': eventRegistration,
	'2026-11-21T1700-partner-work': partnerWork,
	'2026-11-21T1710-event-submission': eventSubmission,
	'2026-11-21T1730-event-occurrence-range': eventOccurrenceRange,
	'2026-11-21T1740-event-import': eventImport,
	'2026-11-21T1750-registration-cancel-notice': registrationCancelNotice,
	'2026-12-06T1800-site-search': siteSearch,
	'2026-12-06T1810-surveys': surveys,
	'2026-12-06T1300-alliance-launch': allianceLaunch,
	'2026-12-06T1400-offers': offers,
	'2026-12-06T1500-concerns': concerns,
	'2026-12-06T1510-ideas': ideas,
	'2026-12-06T1700-event-occurrence-series': eventOccurrenceSeries,
	'2026-12-06T1600-involved-texts': involvedTexts,
	'2026-12-06T1100-event-rdates': eventRdates,
	'2026-12-06T1900-pinboard': pinboard,
	'2026-12-06T1910-donation-purposes': donationPurposes,
	'2026-12-06T2000-newsletter': newsletter,
	'2026-12-06T2200-report-text': reportText,
	'2026-12-07T0300-offers-list-index': offersListIndex,
	'2026-12-07T0300-plenum-tables': plenumTables,
	'2026-12-07T0310-offers-search-vector': offersSearchVector,
	'2026-12-07T0700-occurrence-length': occurrenceLength,
	'2026-12-07T0710-event-admin-order': eventAdminOrder,
	'2026-12-07T1800-event-feed-stamps': eventFeedStamps,
	'2026-12-07T2100-offer-redirect': offerRedirect,
	'2026-12-08T0000-event-filter-choices': eventFilterChoices
};
