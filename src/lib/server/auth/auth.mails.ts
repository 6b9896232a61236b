import type { Mailer } from '../mail/mailer.ts';
import type { AuthMailHooks } from './auth.ts';
import { linkContext, type LinkContext } from './link-context.ts';

const ROLE_NAMES: Record<string, string> = {
	coordinator: 'Koordinatorin / Koordinator',
	editor: 'Redakteurin / Redakteur',
	partner: 'Ansprechperson eines Bündnispartners'
};

function context(fallbackUrl: string): LinkContext {
	return linkContext.getStore() ?? { siteUrl: fallbackUrl, allianceName: 'Bündnis', locale: 'de' };
}

/**
 * The mails Better Auth sends: password reset, invitation, sign-in link. Plain, friendly German;
 * password reset and sign-in link in English when the person asked from the English site
 * (an invitation goes out in German: the invited person's language is not known yet).
 */
export function authMailHooks(mailer: Mailer, fallbackUrl: string): AuthMailHooks {
	return {
		async passwordReset({ email, name, token }) {
			const ctx = context(fallbackUrl);
			const link = `${ctx.siteUrl}/passwort-neu?token=${encodeURIComponent(token)}`;
			if (ctx.locale === 'en') {
				await mailer.send({
					to: email,
					fromName: ctx.allianceName,
					subject: `New password for ${ctx.allianceName}`,
					text: `Hello ${name},

you asked for a new password for your access to “${ctx.allianceName}”.
This link lets you set it (it works for one hour):

${link}

If this was not you, simply delete this email. Your current password stays valid.

Kind regards
${ctx.allianceName}`
				});
				return;
			}
			await mailer.send({
				to: email,
				fromName: ctx.allianceName,
				subject: `Neues Passwort – ${ctx.allianceName}`,
				text: `Guten Tag ${name},

Sie haben ein neues Passwort für Ihren Zugang bei „${ctx.allianceName}“ angefordert.
Über diesen Link können Sie es festlegen (er gilt eine Stunde):

${link}

Wenn Sie das nicht waren, können Sie diese E-Mail einfach löschen. Ihr bisheriges Passwort bleibt dann gültig.

Freundliche Grüße
${ctx.allianceName}`
			});
		},
		async invitation({ invitationId, email, role, allianceName, inviterName }) {
			const ctx = context(fallbackUrl);
			const link = `${ctx.siteUrl}/einladung/${encodeURIComponent(invitationId)}`;
			const roleName = ROLE_NAMES[role] ?? role;
			await mailer.send({
				to: email,
				fromName: allianceName,
				subject: `Einladung: Machen Sie mit bei „${allianceName}“`,
				text: `Guten Tag,

${inviterName} lädt Sie ein, bei „${allianceName}“ mitzuarbeiten – als ${roleName}.

Über diesen Link legen Sie Ihren Namen und Ihr Passwort fest und können sofort loslegen (der Link gilt sieben Tage):

${link}

Falls Sie mit dieser Einladung nichts anfangen können, ignorieren Sie diese E-Mail bitte einfach.

Freundliche Grüße
${allianceName}`
			});
		},
		async magicLink({ email, token }) {
			const ctx = context(fallbackUrl);
			const link = `${ctx.siteUrl}/anmelden/link?token=${encodeURIComponent(token)}`;
			if (ctx.locale === 'en') {
				await mailer.send({
					to: email,
					fromName: ctx.allianceName,
					subject: `Your sign-in link for ${ctx.allianceName}`,
					text: `Hello,

this link signs you in without a password (it works for 15 minutes and only once):

${link}

If you did not ask for a sign-in link, you can delete this email.

Kind regards
${ctx.allianceName}`
				});
				return;
			}
			await mailer.send({
				to: email,
				fromName: ctx.allianceName,
				subject: `Ihr Anmeldelink – ${ctx.allianceName}`,
				text: `Guten Tag,

mit diesem Link melden Sie sich ohne Passwort an (er gilt 15 Minuten und nur einmal):

${link}

Wenn Sie keinen Anmeldelink angefordert haben, können Sie diese E-Mail löschen.

Freundliche Grüße
${ctx.allianceName}`
			});
		}
	};
}
