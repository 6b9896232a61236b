import type { Auth } from '../auth/auth.ts';
import {
	countMembersWithRole,
	findMemberByEmail,
	findUserByEmail
} from '../auth/member.repository.ts';
import { operatorRemoveMember } from '../auth/operator-actions.ts';
import { AppError } from '../app-error.ts';
import { hashedKey } from '../concerns/form-guard.ts';
import type { DB } from '../db/db.ts';
import { erasePlenumData, plenumDataOf } from '../plenum/plenum-retention.ts';
import * as repo from './privacy.repository.ts';

/*
 * One small entry per kind of personal data: how to find a person's rows in one alliance by
 * their e-mail address (Art. 15) and how to erase or anonymise them (Art. 17). A new kind of
 * data (a newsletter, say, once it exists) adds one entry to PRIVACY_SOURCES; the service, the
 * export and the admin page pick it up without further changes.
 */

interface SourceContext {
	db: DB;
	auth: Auth;
}

export interface PrivacySource {
	/** Key in the export and the counts; label `privacyRequests.source.<key>` */
	key: string;
	find(ctx: SourceContext, allianceId: string, email: string): Promise<unknown[]>;
	/** Throws a AppError when erasing is not allowed; runs for every source before any erase */
	check?(ctx: SourceContext, allianceId: string, email: string): Promise<void>;
	/** Erases or anonymises; returns how many rows were touched */
	erase(ctx: SourceContext, allianceId: string, email: string, now: string): Promise<number>;
}

/** How idea supports store an address (ideas/idea-support.service.ts). */
export function supportHash(allianceId: string, email: string): string {
	return hashedKey(`${allianceId}:${email}`);
}

const account: PrivacySource = {
	key: 'account',
	async find(ctx, allianceId, email) {
		const member = await findMemberByEmail(ctx.db, allianceId, email);
		if (!member) return [];
		const user = await findUserByEmail(ctx.db, email);
		return [{ name: user?.name ?? '', email: user?.email ?? email, role: member.role }];
	},
	/*
	 * The account (name, address, password) belongs to the installation and may be used by other
	 * alliances, so here only the membership in this alliance ends, through Better Auth's adapter.
	 */
	async check(ctx, allianceId, email) {
		const member = await findMemberByEmail(ctx.db, allianceId, email);
		if (
			member &&
			member.role === 'coordinator' &&
			(await countMembersWithRole(ctx.db, allianceId, 'coordinator')) <= 1
		) {
			throw new AppError('CONFLICT', 'privacyRequests.error.lastCoordinator');
		}
	},
	async erase(ctx, allianceId, email) {
		const member = await findMemberByEmail(ctx.db, allianceId, email);
		if (!member) return 0;
		await operatorRemoveMember(ctx.auth, member.id);
		return 1;
	}
};

const registrations: PrivacySource = {
	key: 'registrations',
	find: (ctx, allianceId, email) => repo.findRegistrations(ctx.db, allianceId, email),
	erase: (ctx, allianceId, email, now) =>
		repo.anonymiseRegistrations(ctx.db, allianceId, email, now)
};

const submittedEvents: PrivacySource = {
	key: 'submittedEvents',
	find: (ctx, allianceId, email) => repo.findSubmittedEvents(ctx.db, allianceId, email),
	erase: (ctx, allianceId, email) => repo.clearEventSubmitters(ctx.db, allianceId, email)
};

const pendingSubmissions: PrivacySource = {
	key: 'pendingSubmissions',
	find: (ctx, allianceId, email) => repo.findPendingSubmissions(ctx.db, allianceId, email),
	erase: (ctx, allianceId, email) => repo.deletePendingSubmissions(ctx.db, allianceId, email)
};

const partnerApplications: PrivacySource = {
	key: 'partnerApplications',
	find: (ctx, allianceId, email) => repo.findPartnerApplications(ctx.db, allianceId, email),
	erase: (ctx, allianceId, email) => repo.anonymisePartnerApplications(ctx.db, allianceId, email)
};

const partnerContacts: PrivacySource = {
	key: 'partnerContacts',
	find: (ctx, allianceId, email) => repo.findPartnerContacts(ctx.db, allianceId, email),
	erase: (ctx, allianceId, email) => repo.clearPartnerContacts(ctx.db, allianceId, email)
};

const partnerContactLinks: PrivacySource = {
	key: 'partnerContactLinks',
	async find(ctx, allianceId, email) {
		const user = await findUserByEmail(ctx.db, email);
		return user ? repo.findPartnerContactLinks(ctx.db, allianceId, user.id) : [];
	},
	async erase(ctx, allianceId, email) {
		const user = await findUserByEmail(ctx.db, email);
		return user ? repo.deletePartnerContactLinks(ctx.db, allianceId, user.id) : 0;
	}
};

const concerns: PrivacySource = {
	key: 'concerns',
	async find(ctx, allianceId, email) {
		const rows = await repo.findConcerns(ctx.db, allianceId, email);
		const entries = await repo.findConcernEntries(
			ctx.db,
			allianceId,
			rows.map((r) => r.id)
		);
		return rows.map((row) => ({
			...row,
			entries: entries.filter((e) => e.concern_id === row.id)
		}));
	},
	async erase(ctx, allianceId, email, now) {
		const rows = await repo.findConcerns(ctx.db, allianceId, email);
		return repo.anonymiseConcerns(
			ctx.db,
			allianceId,
			rows.map((r) => r.id),
			now
		);
	}
};

const ideas: PrivacySource = {
	key: 'ideas',
	find: (ctx, allianceId, email) => repo.findIdeas(ctx.db, allianceId, email),
	erase: (ctx, allianceId, email) => repo.anonymiseIdeas(ctx.db, allianceId, email)
};

const ideaSupports: PrivacySource = {
	key: 'ideaSupports',
	find: (ctx, allianceId, email) =>
		repo.findIdeaSupports(ctx.db, allianceId, supportHash(allianceId, email)),
	erase: (ctx, allianceId, email) =>
		repo.unlinkIdeaSupports(ctx.db, allianceId, supportHash(allianceId, email))
};

const workingGroups: PrivacySource = {
	key: 'workingGroups',
	find: (ctx, allianceId, email) => repo.findWorkingGroupMembers(ctx.db, allianceId, email),
	erase: (ctx, allianceId, email) => repo.deleteWorkingGroupMembers(ctx.db, allianceId, email)
};

const contactMessages: PrivacySource = {
	key: 'contactMessages',
	find: (ctx, allianceId, email) => repo.findContactMessages(ctx.db, allianceId, email),
	erase: (ctx, allianceId, email) => repo.deleteContactMessages(ctx.db, allianceId, email)
};

const plenumMails: PrivacySource = {
	key: 'plenumMails',
	find: (ctx, allianceId, email) => plenumDataOf(ctx, allianceId, email),
	erase: (ctx, allianceId, email) => erasePlenumData(ctx, allianceId, email)
};

// A newsletter does not exist yet; when it does, its subscriptions become one more entry here.
/** In erase order: alliance-owned rows first, the membership (which may refuse) last. */
export const PRIVACY_SOURCES: readonly PrivacySource[] = [
	registrations,
	submittedEvents,
	pendingSubmissions,
	partnerApplications,
	partnerContacts,
	partnerContactLinks,
	concerns,
	ideas,
	ideaSupports,
	workingGroups,
	contactMessages,
	plenumMails,
	account
];
