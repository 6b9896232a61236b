import type { AllianceTables } from '../alliances/alliance.table.ts';
import type { AuditTables } from '../audit/audit.table.ts';
import type { AuthTables } from '../auth/auth.table.ts';
import type { ConcernTables } from '../concerns/concern.table.ts';
import type { ContentTables } from '../content/content.table.ts';
import type { DonationTables } from '../donations/donation.table.ts';
import type { EventTables } from '../events/core/event.table.ts';
import type { ImportTables } from '../events/import/import.table.ts';
import type { RegistrationTables } from '../events/registration/registration.table.ts';
import type { SubmissionTables } from '../events/workflows/submission.table.ts';
import type { RateLimitTables } from '../http/rate-limit.table.ts';
import type { IdeaTables } from '../ideas/idea.table.ts';
import type { InternTables } from '../intern/intern.table.ts';
import type { InvolvedTables } from '../involved/involved.table.ts';
import type { JobTables } from '../jobs/job.table.ts';
import type { NewsletterTables } from '../newsletter/newsletter.table.ts';
import type { OfferTables } from '../offers/offer.table.ts';
import type { PartnerTables } from '../partners/partner.table.ts';
import type { PinboardTables } from '../pinboard/pinboard.table.ts';
import type { PlenumTables } from '../plenum/plenum.table.ts';
import type { ProjectTables } from '../projects/project.table.ts';
import type { ReportTables } from '../report/report.table.ts';
import type { SearchTables } from '../search/search.table.ts';
import type { SurveyTables } from '../surveys/survey.table.ts';
import type { TeamTables } from '../team/team.table.ts';
import type { TopicTables } from '../topics/topic.table.ts';
import type { UploadTables } from '../uploads/upload.table.ts';
import type { WorkingGroupTables } from '../working-groups/working-group.table.ts';

/*
 * The database as Kysely sees it: every table by name. Each feature keeps its row types beside
 * it (`<feature>.table.ts`, as the database stores them; services map rows to domain types).
 * Better Auth owns user/session/account/verification/member/invitation; we read them only.
 */
export interface Database
	extends
		AuthTables,
		AllianceTables,
		UploadTables,
		ContentTables,
		TeamTables,
		AuditTables,
		RateLimitTables,
		TopicTables,
		PartnerTables,
		WorkingGroupTables,
		ProjectTables,
		InternTables,
		EventTables,
		RegistrationTables,
		SubmissionTables,
		ImportTables,
		JobTables,
		SearchTables,
		SurveyTables,
		ConcernTables,
		IdeaTables,
		PinboardTables,
		DonationTables,
		NewsletterTables,
		ReportTables,
		PlenumTables,
		OfferTables,
		InvolvedTables {}
