import { accounts } from './accounts.ts';
import { admin } from './admin.ts';
import { common } from './common.ts';
import { partners } from './partners.ts';
import { site } from './site.ts';
import { events } from './events.ts';
import { eventsAdmin } from './events-admin.ts';
import { content } from './content.ts';
import { calendarWorkflows } from './calendar-workflows.ts';
import { search } from './search.ts';
import { surveys } from './surveys.ts';
import { launch } from './launch.ts';
import { offers } from './offers.ts';
import { concerns } from './concerns.ts';
import { ideas } from './ideas.ts';
import { pinboard } from './pinboard.ts';
import { donations } from './donations.ts';
import { newsletter } from './newsletter.ts';
import { privacyRequests } from './privacy-requests.ts';
import { report } from './report.ts';
import { plenum } from './plenum.ts';

/** All German UI strings; each area keeps its own file beside this one. */
export const de = {
	...common,
	...site,
	...content,
	...accounts,
	...admin,
	...partners,
	...events,
	...eventsAdmin,
	...calendarWorkflows,
	...search,
	...surveys,
	...launch,
	...offers,
	...concerns,
	...ideas,
	...pinboard,
	...donations,
	...newsletter,
	...privacyRequests,
	...report,
	...plenum
};
