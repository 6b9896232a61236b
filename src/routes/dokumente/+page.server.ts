import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { listDocuments } from '#lib/server/uploads/upload.service.ts';

/** Documents the coordinators chose to list publicly. */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	const docs = await listDocuments(getApp(), alliance.id, { listedOnly: true });
	return {
		allianceName: alliance.name,
		documents: docs.map((d) => ({
			id: d.id,
			title: d.title || d.originalName,
			description: d.description,
			size: d.size,
			path: d.path,
			createdAt: d.createdAt
		}))
	};
};
