import type { PageServerLoad } from './$types';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { formatIban, giroCodeSvg, isValidIban } from '#lib/server/donations/girocode.ts';

/** Bank details from the alliance profile and, when they make a valid one, a GiroCode. */
export const load: PageServerLoad = ({ locals }) => {
	const alliance = requireAlliance(locals);
	const bank = alliance.bank;
	const valid = isValidIban(bank.iban) && !!bank.holder.trim();
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
		girocode: valid ? giroCodeSvg(bank) : null
	};
};
