import { assertAllianceRole, type Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { contentChanged } from '../../alliances/content-changed.ts';
import type { ServiceContext } from '../../context.ts';
import * as repo from './calendar-setting.repository.ts';

/** The calendar's workflow settings of an alliance (coordinators decide). */
export interface CalendarSettings {
	/** Partners' events wait for a coordinator before they are public */
	partnerEventsNeedApproval: boolean;
	/** The public form "Termin melden" is open */
	publicSubmissions: boolean;
	/** Days after an event when registrations' personal data is deleted (default of each event) */
	registrationRetentionDays: number;
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
	partnerEventsNeedApproval: true,
	publicSubmissions: true,
	registrationRetentionDays: 30
};

export async function calendarSettings(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<CalendarSettings> {
	const row = await repo.findCalendarSetting(ctx.db, allianceId);
	if (!row) return { ...DEFAULT_CALENDAR_SETTINGS };
	return {
		partnerEventsNeedApproval: row.partner_events_need_approval === 1,
		publicSubmissions: row.public_submissions === 1,
		registrationRetentionDays: row.registration_retention_days
	};
}

/** Coordinators only (checked again here, against the database). */
export async function saveCalendarSettings(
	ctx: Pick<ServiceContext, 'db' | 'registry'>,
	actor: Actor,
	allianceId: string,
	settings: CalendarSettings
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const days = Math.min(365, Math.max(1, Math.round(settings.registrationRetentionDays)));
	await repo.upsertCalendarSetting(ctx.db, {
		alliance_id: allianceId,
		partner_events_need_approval: settings.partnerEventsNeedApproval ? 1 : 0,
		public_submissions: settings.publicSubmissions ? 1 : 0,
		registration_retention_days: days,
		updated_at: new Date().toISOString(),
		updated_by: actor.userId
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'calendar_setting',
		summary: `Kalender – Freigabe nötig: ${settings.partnerEventsNeedApproval ? 'ja' : 'nein'}, Termin melden: ${settings.publicSubmissions ? 'offen' : 'geschlossen'}, Löschfrist: ${days} Tage`
	});
	// "Termin melden" appears or disappears on public pages.
	await contentChanged(ctx, allianceId);
}
