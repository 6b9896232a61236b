import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { euros } from '#lib/server/donations/donation-format.ts';
import { publicPurposes } from '#lib/server/donations/donation.service.ts';
import { formatIban, giroCodeSvg, isValidIban } from '#lib/server/donations/girocode.ts';

/**
 * Bank details from the alliance profile and, when they make a valid one, a GiroCode; with
 * donation purposes, one GiroCode per purpose with its own remittance text.
 */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	const bank = alliance.bank;
	const valid = isValidIban(bank.iban) && !!bank.holder.trim();
	const purposes = valid ? await publicPurposes(getApp(), alliance.id, bank) : [];
	return {
		bank: valid
			? {
					holder: bank.holder,
					iban: formatIban(bank.iban),
					bic: bank.bic,
					bank: bank.bank,
					purpose: bank.purpose
				}
			: null,
		girocode: valid && !purposes.length ? giroCodeSvg(bank) : null,
		purposes: purposes.map((p) => ({
			id: p.id,
			title: p.title,
			body: p.body,
			remittance: p.remittance,
			girocode: p.girocode,
			goal: p.goalCents === null ? null : euros(p.goalCents, locals.locale),
			raised: p.raisedCents === null ? null : euros(p.raisedCents, locals.locale),
			percent: p.percent
		}))
	};
};
