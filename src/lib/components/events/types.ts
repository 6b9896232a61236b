import type { RepeatDescription } from './repeat-text.ts';

/** The shape of one occurrence as calendar pages receive it (see OccurrenceView on the server). */
export interface OccurrenceItemData {
	eventId: string;
	recurrenceId: string;
	path: string;
	title: string;
	summary: string;
	start: string;
	end: string;
	allDay: boolean;
	cancelled: boolean;
	moved: boolean;
	recurring: boolean;
	placeName: string;
	district: string;
	online: boolean;
	organiserName: string;
	cost: { kind: string; cents: number | null; note: string };
	targetGroups: string[];
	highlight: boolean;
	note: string;
	/** In the upcoming list: a series listed once at its next date (see calendar-series.ts) */
	series?: SeriesItemData | null;
}

export interface SeriesItemData {
	repeat: RepeatDescription;
	startTime: string;
	endTime: string;
	nextDates: {
		recurrenceId: string;
		start: string;
		cancelled: boolean;
		moved: boolean;
		path: string;
	}[];
	more: boolean;
	path: string;
}
