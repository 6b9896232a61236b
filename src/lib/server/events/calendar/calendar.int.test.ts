import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type CalendarFilter } from './calendar-filter.ts';
import { archive, day, upcoming } from './calendar.service.ts';
import { eventDetail } from './event-detail.service.ts';
import { month } from './calendar-month.service.ts';
import { calendarPageBase, filterOptions } from './calendar-page.ts';
import { nextHighlights } from './highlights.service.ts';
import { resetHorizonChecks } from '../core/occurrence-cache.ts';
import { localDate, localTime } from '../core/time-zone.ts';
import {
	ctx,
	a,
	topics,
	library,
	counselling,
	paid,
	now,
	f,
	useCalendarFixture
} from '../../../../../tests/support/calendar-fixture.ts';

const titles = async (filter: CalendarFilter) =>
	[
		...new Set(
			(await upcoming(ctx, a.id, filter, { now, pageSize: 200 })).items.flatMap((d) =>
				d.items.map((o) => o.title)
			)
		)
	].sort();

useCalendarFixture();

describe('public lists and filters', () => {
	it('lists only public events, with every filter from the URL', async () => {
		expect(await titles(EMPTY_FILTER)).toEqual([
			'Elterncafé',
			'Familienfest im Stadtpark',
			'Pflege-Sprechstunde',
			'Töpferkurs für Kinder',
			'Vorlesestunde'
		]);
		// "3–6 years" also finds events for everyone.
		expect(await titles(f('alter=3-6'))).toEqual(['Familienfest im Stadtpark', 'Vorlesestunde']);
		expect(await titles(f('alter=grosseltern'))).toEqual([
			'Familienfest im Stadtpark',
			'Pflege-Sprechstunde'
		]);
		expect(await titles(f('kostenlos=1&alter=6-10'))).toEqual(['Familienfest im Stadtpark']);
		expect(await titles(f(`thema=${topics[0]!.slug}`))).toEqual(['Pflege-Sprechstunde']);
		expect(await titles(f('stadtteil=Am Hafen&stadtteil=Eichenau'))).toEqual([
			'Töpferkurs für Kinder',
			'Vorlesestunde'
		]);
		expect(await titles(f(`partner=${library.slug}`))).toEqual(['Vorlesestunde']);
		expect(await titles(f('q=bilderbuch'))).toEqual(['Vorlesestunde']);
		expect(await titles(f('q=100%'))).toEqual([]);
		expect(await titles(f('von=2026-12-12&bis=2026-12-13'))).toEqual(['Familienfest im Stadtpark']);
	});

	it('groups by local day, marks cancelled and moved dates, and pages', async () => {
		const december = await upcoming(ctx, a.id, f('von=2026-12-01&bis=2026-12-31'), {
			now,
			pageSize: 200
		});
		const line = (o: { start: string; title: string; cancelled: boolean; moved: boolean }) =>
			`${localTime(o.start)} ${o.title}${o.cancelled ? ' (fällt aus)' : ''}${o.moved ? ' (verlegt)' : ''}`;
		const byDay = Object.fromEntries(december.items.map((d) => [d.date, d.items.map(line)]));
		expect(byDay['2026-12-05']).toEqual(['11:00 Vorlesestunde', '14:00 Töpferkurs für Kinder']);
		expect(byDay['2026-12-08']).toEqual(['16:00 Pflege-Sprechstunde']);
		expect(byDay['2026-12-09']).toBeUndefined();
		expect(byDay['2026-12-10']).toEqual(['15:00 Elterncafé (verlegt)']);
		expect(byDay['2026-12-12']).toEqual(['00:00 Familienfest im Stadtpark']);
		expect(byDay['2026-12-23']).toEqual(['10:00 Elterncafé (fällt aus)']);
		expect(byDay['2026-12-30']).toBeUndefined();

		const page1 = await upcoming(ctx, a.id, EMPTY_FILTER, { now, pageSize: 3 });
		const page2 = await upcoming(ctx, a.id, EMPTY_FILTER, { now, pageSize: 3, page: 2 });
		expect(page1.total).toBe(page2.total);
		expect(page1.pages).toBe(Math.ceil(page1.total / 3));
		const first = page1.items.flatMap((d) => d.items).map((o) => o.start + o.eventId);
		const second = page2.items.flatMap((d) => d.items).map((o) => o.start + o.eventId);
		expect(first).toHaveLength(3);
		expect(first.filter((x) => second.includes(x))).toEqual([]);
		expect((await upcoming(ctx, a.id, EMPTY_FILTER, { now, pageSize: 3, page: 9999 })).page).toBe(
			page1.pages
		);
	});

	it('shows a month grid from Monday, multi-day events on each of their days', async () => {
		const grid = await month(ctx, a.id, EMPTY_FILTER, '2026-12', { now });
		expect(grid.weeks[0]![0]!.date).toBe('2026-11-30');
		expect(grid.weeks.every((w) => w.length === 7)).toBe(true);
		const cell = (date: string) => grid.weeks.flat().find((c) => c.date === date)!;
		expect(cell('2026-12-12').items.map((o) => o.title)).toEqual(['Familienfest im Stadtpark']);
		expect(cell('2026-12-13').items.map((o) => o.title)).toEqual(['Familienfest im Stadtpark']);
		expect(cell('2026-12-14').items).toEqual([]);
		expect(cell('2026-11-30').inMonth).toBe(false);
		expect([grid.previous, grid.next]).toEqual(['2026-11', '2027-01']);
		const small = await month(ctx, a.id, EMPTY_FILTER, '2026-12', { now, cellLimit: 1 });
		const busy = small.weeks.flat().find((c) => c.date === '2026-12-05')!;
		expect([busy.items.length, busy.more, busy.count]).toEqual([1, 1, 2]);
		expect((await month(ctx, a.id, EMPTY_FILTER, '2029-01', { now })).complete).toBe(false);
	});

	it('shows one day, the archive, highlights and filter choices', async () => {
		expect((await day(ctx, a.id, EMPTY_FILTER, '2026-12-05', now)).map((o) => o.title)).toEqual([
			'Vorlesestunde',
			'Töpferkurs für Kinder'
		]);
		const past = await archive(ctx, a.id, EMPTY_FILTER, { now, pageSize: 5 });
		expect(past.items[0]!.items[0]!.title).toBe('Elterncafé');
		expect(localDate(past.items[0]!.items[0]!.start)).toBe('2026-11-18');
		expect(
			(await archive(ctx, a.id, f('q=sommerfest'), { now })).items.flatMap((d) =>
				d.items.map((o) => o.title)
			)
		).toEqual(['Vergangenes Sommerfest']);
		const highlights = await nextHighlights(ctx, a.id, 3, now);
		expect(highlights.map((o) => o.title)).toContain('Familienfest im Stadtpark');
		expect(new Set(highlights.map((o) => o.eventId)).size).toBe(3);
		const options = await filterOptions(ctx, a.id);
		expect(options.districts).toEqual([
			'Altstadt',
			'Am Hafen',
			'Eichenau',
			'Nordviertel',
			'Südfeld'
		]);
		expect(options.partners.map((p) => p.name)).toEqual(['Stadtbücherei Musterstadt']);
		expect(options.topics).toHaveLength(5);
	});

	it('writes the partner choices as escaped options, the filtered partner selected', async () => {
		await ctx.db
			.updateTable('partner')
			.set({ name: 'Café "Kinder" & <Familie>' })
			.where('id', '=', library.id)
			.execute();
		const alliance = { id: a.id, contentVersion: Date.now() };
		const url = (query: string) => new URL(`https://musterstadt.example/termine${query}`);
		const plain = await calendarPageBase(ctx, alliance, url(''), 'https://musterstadt.example');
		expect(plain.options.partnerCount).toBe(1);
		expect(plain.options.partnerOptionsHtml).toBe(
			`<option value="${library.slug}">Café &quot;Kinder&quot; &amp; &lt;Familie&gt;</option>`
		);
		const chosen = await calendarPageBase(
			ctx,
			alliance,
			url(`?partner=${library.slug}`),
			'https://musterstadt.example'
		);
		expect(chosen.options.partnerOptionsHtml).toContain(
			`<option value="${library.slug}" selected>`
		);
		// The same content version: read once, so the unselected copy is unchanged.
		const again = await calendarPageBase(ctx, alliance, url(''), 'https://musterstadt.example');
		expect(again.options.partnerOptionsHtml).not.toContain('selected');
	});

	it('finds an event by slug or id, the date from the URL, and hides drafts', async () => {
		const detail = await eventDetail(ctx, a.id, counselling.slug, '2027-02-09', { now });
		expect(detail?.occurrence && localDate(detail.occurrence.start)).toBe('2027-02-09');
		expect(detail?.upcomingDates[0]?.path).toBe(`/termine/${counselling.slug}/2026-12-08`);
		expect((await eventDetail(ctx, a.id, paid.id, null, { now }))?.event.slug).toBe(paid.slug);
		const draft = await ctx.db
			.selectFrom('event')
			.select('slug')
			.where('status', '=', 'draft')
			.executeTakeFirstOrThrow();
		expect(await eventDetail(ctx, a.id, draft.slug, null, { now })).toBeUndefined();
		expect(
			await eventDetail(ctx, a.id, draft.slug, null, { now, includeUnpublished: true })
		).toBeDefined();
	});

	it('extends open-ended series when the horizon moves on', async () => {
		const later = new Date('2028-03-01T12:00:00Z');
		resetHorizonChecks();
		const list = await upcoming(ctx, a.id, f('q=elterncafé&von=2029-08-01&bis=2029-08-31'), {
			now: later
		});
		expect(list.total).toBe(5);
		resetHorizonChecks();
	});
});
