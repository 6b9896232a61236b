import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { isRuleError } from '../../auth/rule-error.ts';
import type { Viewer } from '../../auth/viewer.ts';
import type { ServiceContext } from '../../context.ts';
import { formError, parseForm, readForm } from '../../http/forms.ts';
import { findPartnersForAdmin } from '../../partners/partner.repository.ts';
import { ownPartners } from '../../partners/partner-self.service.ts';
import { attempt } from '../workflows/moderation.route.ts';
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
		const partners = await findPartnersForAdmin(scope.ctx.db, scope.allianceId);
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

async function guarded<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (isRuleError(e) && (e.status === 404 || e.status === 403)) error(404, 'error.notFound');
		throw e;
	}
}

export async function loadFeed(scope: ImportScope, feedId: string) {
	const feed = await guarded(() => getFeed(scope.ctx, scope.viewer, scope.allianceId, feedId));
	const list = await loadFeeds(scope);
	return { ...list, feed: view(feed, scope.locale) };
}

export async function createAction(scope: ImportScope, request: Request) {
	const form = await readForm(request);
	if (!form) return formError(400, 'error.badRequest', {});
	const parsed = parseForm(feedFormSchema, form);
	if (!parsed.ok) return parsed.failure;
	const result = await attempt(form, () =>
		createFeed(scope.ctx, scope.viewer, scope.allianceId, parsed.data)
	);
	if (!result.ok) return result.failure;
	return { ok: true, success: 'import.created' };
}

export async function updateAction(scope: ImportScope, request: Request, feedId: string) {
	const form = await readForm(request);
	if (!form) return formError(400, 'error.badRequest', {});
	const parsed = parseForm(feedFormSchema, form);
	if (!parsed.ok) return parsed.failure;
	const result = await attempt(form, () =>
		updateFeed(scope.ctx, scope.viewer, scope.allianceId, feedId, parsed.data)
	);
	if (!result.ok) return result.failure;
	return { ok: true, success: 'import.saved' };
}

const idSchema = z.object({ id: z.string().min(1).max(100) });

export async function syncAction(scope: ImportScope, request: Request, feedId?: string) {
	const form = await readForm(request);
	if (!form) return formError(400, 'error.badRequest', {});
	let id = feedId;
	if (!id) {
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		id = parsed.data.id;
	}
	const target = id;
	const result = await attempt(form, () =>
		requestSync(scope.ctx, scope.viewer, scope.allianceId, target)
	);
	if (!result.ok) return result.failure;
	return { ok: true, success: result.value.queued ? 'import.syncQueued' : 'import.syncAlready' };
}

export async function deleteAction(scope: ImportScope, request: Request, feedId: string) {
	const form = await readForm(request);
	if (!form) return formError(400, 'error.badRequest', {});
	const parsed = parseForm(feedDeleteSchema, form);
	if (!parsed.ok) return parsed.failure;
	const result = await attempt(form, () =>
		deleteFeed(scope.ctx, scope.viewer, scope.allianceId, feedId, parsed.data)
	);
	if (!result.ok) return result.failure;
	redirect(303, `${scope.prefix}${scope.basePath}`);
}
