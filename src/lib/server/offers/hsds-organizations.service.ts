import type { ServiceContext } from '../context.ts';
import { searchWords } from './offer-text.ts';
import {
	MAX_PER_PAGE,
	type Paging,
	type Site,
	organizationJson,
	organizations,
	page
} from './hsds.service.ts';
import { listServices } from './hsds-services.service.ts';

/* HSDS organizations: the list and one organization with its services. */

type Ctx = Pick<ServiceContext, 'db'>;

export async function listOrganizations(
	ctx: Ctx,
	site: Site,
	q: Paging & { search: string },
	now = new Date()
) {
	const words = searchWords(q.search);
	const all = (await organizations(ctx, site, now)).filter((o) => {
		const text = o.name.toLowerCase();
		return words.every((w) => text.includes(w));
	});
	const slice = all.slice((q.page - 1) * q.perPage, q.page * q.perPage);
	return page(slice.map(organizationJson), all.length, q);
}

export async function oneOrganization(ctx: Ctx, site: Site, id: string, now = new Date()) {
	const org = (await organizations(ctx, site, now)).find((o) => o.id === id);
	if (!org) return null;
	const services = await listServices(
		ctx,
		site,
		{
			page: 1,
			perPage: MAX_PER_PAGE,
			search: '',
			taxonomyTermId: '',
			taxonomyId: '',
			organizationId: id,
			modifiedAfter: '',
			full: false
		},
		now
	);
	return {
		...organizationJson(org),
		services: services.contents.map((s) => {
			const { organization: _organization, ...rest } = s as Record<string, unknown>;
			return rest;
		})
	};
}
