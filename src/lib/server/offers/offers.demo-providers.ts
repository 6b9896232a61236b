/*
 * The shape of a demo offer and the providers that several of them share (offers.demo-data.ts
 * lists them all). Names, addresses, people and numbers are invented.
 */

export interface DemoOffer {
	name: string;
	partner?: string;
	/** A provider that is not a partner of the alliance */
	other?: string;
	categories: string[];
	summary: string;
	description?: string;
	/** Months; null = no limit */
	ages?: [number | null, number | null];
	cost: 'free' | 'amount' | 'reduced';
	costText?: string;
	languages?: string[];
	access: ('walk_in' | 'appointment' | 'registration' | 'referral')[];
	accessNote?: string;
	hours?: string;
	hoursNote?: string;
	street?: string;
	district?: string;
	place?: string;
	wheelchair?: boolean;
	phone?: string;
	email?: string;
	/** Months since the offer was last checked (default: a few weeks) */
	checkedMonthsAgo?: number;
}

export const FZ = 'Familienzentrum Am Hafen';
export const FB = 'Stadt Musterstadt – Familienbüro';
export const CARITAS = 'Caritasverband Musterstadt e. V.';
export const DIAKONIE = 'Diakonisches Werk Musterstadt';
export const MGH = 'Mehrgenerationenhaus Eichenau';
export const VHS = 'Volkshochschule Musterstadt';
export const JA = 'Jugendamt der Stadt Musterstadt';
export const KSB = 'Kinderschutzbund Ortsverband Musterstadt e. V.';
