import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { readFormBody } from '#lib/server/http/forms.ts';
import { privacyLookupSchema } from '#lib/server/privacy/privacy.schema.ts';
import { exportPerson } from '#lib/server/privacy/privacy.service.ts';

/**
 * Art. 15: everything the alliance holds about one address, as a JSON download. POST, so the
 * address never appears in a URL or a server log.
 */
export const POST: RequestHandler = async ({ request, locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const read = await readFormBody(request);
	const email = read.ok ? read.form.get('email') : null;
	const parsed = privacyLookupSchema.safeParse({ email: email ?? '' });
	if (!parsed.success) error(400, 'error.email');
	try {
		const data = await exportPerson(getApp(), {
			allianceId: alliance.id,
			actor: viewer,
			email: parsed.data.email
		});
		const day = data.createdAt.slice(0, 10);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="datenauskunft-${alliance.slug}-${day}.json"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (failure) {
		if (isAppError(failure)) error(failure.status, failure.key);
		throw failure;
	}
};
