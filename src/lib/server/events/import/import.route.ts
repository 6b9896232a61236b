import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Viewer } from '../../auth/viewer.ts';
import type { ServiceContext } from '../../context.ts';
import { formAction, orErrorPage } from '../../http/action.ts';
import { listPartnerChoices } from '../../partners/partner.service.ts';
import { ownPartners } from '../../partners/partner-self.service.ts';
import { partnerIdsOf } from '../../partners/partner-contact.service.ts';
import { requireEditor, requireInternal } from '../../auth/permissions.ts';
import { calendarSettings } from '../core/moderation.settings.ts';
import { formatDateTime } from '../../../format.ts';
import { feedDeleteSchema, feedFormSchema, SYNC_INTERVALS } from './import.schema.ts';
import {
	createFeed,
	deleteFeed,
	getFeed,
	listFeeds,
	requestSync,
	updateFeed
} from './import-feeds.service.ts';
import { type Feed, type ImportCtx } from './import.types.ts';

/*
 * What /admin/termine/import and /intern/termine/import share once the route has checked who
 * may use it: staff manage every subscription, partner contacts those of their own partners.
 */

export interface ImportScope {
	ctx: ImportCtx & Pick<ServiceContext, 'uploadDir'>;
	allianceId: string;
	viewer: Viewer;
	/** null: every subscription (staff); else only those of these partners */
	partnerIds: string[] | null;
	locale: string;
	/** Path of the list page, e.g. /admin/termine/import */
	basePath: string;
	prefix: string;
}

type ScopeCtx = ImportScope['ctx'] & Parameters<typeof partnerIdsOf>[0];

/** /admin/termine/import: every subscription of the alliance, for coordinators and editors. */
export function staffImportScope(ctx: ScopeCtx, locals: App.Locals, url: URL): ImportScope {
	const { alliance, viewer } = requireEditor(locals, url);
	return {
		ctx,
		allianceId: alliance.id,
		viewer,
		partnerIds: null,
		locale: locals.locale,
		basePath: '/admin/termine/import',
		prefix: locals.prefix
	};
}

/** /intern/termine/import: the subscriptions of the partners the person speaks for. */
export async function partnerImportScope(
	ctx: ScopeCtx,
	locals: App.Locals,
	url: URL
): Promise<ImportScope> {
	const { alliance, viewer } = requireInternal(locals, url);
	return {
		ctx,
		allianceId: alliance.id,
		viewer,
		partnerIds: await partnerIdsOf(ctx, alliance.id, viewer),
		locale: locals.locale,
		basePath: '/intern/termine/import',
		prefix: locals.prefix
	};
}

function view(feed: Feed, locale: string) {
	const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '');
	return {
		...feed,
		lastAttemptText: when(feed.lastAttemptAt),
		lastSuccessText: when(feed.lastSuccessAt)
	};
}

async function partnerChoices(scope: ImportScope) {
	if (scope.partnerIds === null) {
		const partners = await listPartnerChoices(scope.ctx, scope.allianceId);
		return [{ value: '', label: '' }, ...partners.map((p) => ({ value: p.id, label: p.name }))];
	}
	return (await ownPartners(scope.ctx, scope.allianceId, scope.viewer)).map((p) => ({
		value: p.id,
		label: p.name
	}));
}

export async function loadFeeds(scope: ImportScope) {
	const feeds = await listFeeds(scope.ctx, scope.viewer, scope.allianceId, scope.partnerIds);
	const settings = await calendarSettings(scope.ctx, scope.allianceId);
	return {
		feeds: feeds.map((f) => view(f, scope.locale)),
		partners: await partnerChoices(scope),
		intervals: [...SYNC_INTERVALS],
		/** Partner contacts cannot publish imports directly where approval is required */
		mayAutoPublish: scope.partnerIds === null || !settings.partnerEventsNeedApproval
	};
}

export async function loadFeed(scope: ImportScope, feedId: string) {
	// Another partner's subscription is NOT_FOUND (the service says so): the 404 page.
	const feed = await orErrorPage(getFeed(scope.ctx, scope.viewer, scope.allianceId, feedId));
	const list = await loadFeeds(scope);
	return { ...list, feed: view(feed, scope.locale) };
}

export async function createAction(scope: ImportScope, request: Request) {
	return formAction(request, feedFormSchema, async ({ data }) => {
		await createFeed(scope.ctx, scope.viewer, scope.allianceId, data);
		return { ok: true, success: 'import.created' };
	});
}

export async function updateAction(scope: ImportScope, request: Request, feedId: string) {
	return formAction(request, feedFormSchema, async ({ data }) => {
		await updateFeed(scope.ctx, scope.viewer, scope.allianceId, feedId, data);
		return { ok: true, success: 'import.saved' };
	});
}

const idSchema = z.object({ id: z.string().min(1).max(100) });

/** The list's button names its subscription in the form; the subscription's page in its path. */
export async function syncAction(scope: ImportScope, request: Request, feedId?: string) {
	const sync = async (id: string) => {
		const result = await requestSync(scope.ctx, scope.viewer, scope.allianceId, id);
		return { ok: true, success: result.queued ? 'import.syncQueued' : 'import.syncAlready' };
	};
	if (feedId) return formAction(request, () => sync(feedId));
	return formAction(request, idSchema, ({ data }) => sync(data.id));
}

export async function deleteAction(scope: ImportScope, request: Request, feedId: string) {
	return formAction(request, feedDeleteSchema, async ({ data }) => {
		await deleteFeed(scope.ctx, scope.viewer, scope.allianceId, feedId, data);
		redirect(303, `${scope.prefix}${scope.basePath}`);
	});
}
