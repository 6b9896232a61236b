import { COST_KINDS, TARGET_GROUPS } from '../core/event.types.ts';
import { AGE_PARAM } from './calendar-filter.ts';
import { hsdsPaths, hsdsSchemas } from '../../offers/hsds-openapi.ts';

/*
 * The OpenAPI 3.1 description of the public JSON interfaces (served at /api/openapi.json,
 * explained in docs/api.md). Kept beside the code that answers; a test validates the
 * document and checks real answers against its schemas.
 */

const filterParameters = [
	{
		name: 'thema',
		in: 'query',
		description: 'Topic slug; repeatable (any of them matches).',
		schema: { type: 'array', items: { type: 'string' } },
		style: 'form',
		explode: true
	},
	{
		name: 'alter',
		in: 'query',
		description: 'Target group; repeatable. An age filter also finds events for everyone.',
		schema: {
			type: 'array',
			items: { type: 'string', enum: [...new Set(Object.values(AGE_PARAM))] }
		},
		style: 'form',
		explode: true
	},
	{
		name: 'kostenlos',
		in: 'query',
		description: '`1`: free of charge only.',
		schema: { type: 'string', enum: ['1'] }
	},
	{
		name: 'stadtteil',
		in: 'query',
		description: 'District; repeatable.',
		schema: { type: 'array', items: { type: 'string' } },
		style: 'form',
		explode: true
	},
	{
		name: 'partner',
		in: 'query',
		description: "Organising partner's slug; repeatable.",
		schema: { type: 'array', items: { type: 'string' } },
		style: 'form',
		explode: true
	},
	{
		name: 'von',
		in: 'query',
		description: 'First local date (inclusive).',
		schema: { type: 'string', format: 'date' }
	},
	{
		name: 'bis',
		in: 'query',
		description: 'Last local date (inclusive).',
		schema: { type: 'string', format: 'date' }
	},
	{
		name: 'q',
		in: 'query',
		description: 'Words that must all occur (title, description, place, organiser).',
		schema: { type: 'string' }
	}
];

const validatorHeaders = {
	ETag: { description: 'Validator; send it back as If-None-Match.', schema: { type: 'string' } },
	'Last-Modified': { description: 'HTTP date of the last change.', schema: { type: 'string' } },
	'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } }
};

const conditionalParameters = [
	{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
	{ name: 'If-Modified-Since', in: 'header', required: false, schema: { type: 'string' } }
];

const notModified = {
	description: 'Not modified since the validators sent.',
	headers: validatorHeaders
};
const preflight = {
	summary: 'CORS preflight',
	responses: { '204': { description: 'Cross-origin reading (GET, HEAD) is allowed.' } }
};

/** The JSON Schemas of the answers (also used by the tests to check real answers). */
export const schemas = {
	Occurrence: {
		type: 'object',
		additionalProperties: false,
		required: [
			'id',
			'recurrenceId',
			'title',
			'summary',
			'start',
			'end',
			'allDay',
			'recurring',
			'cancelled',
			'moved',
			'note',
			'place',
			'organiser',
			'cost',
			'targetGroups',
			'image',
			'url'
		],
		properties: {
			id: { type: 'string', description: 'Event id (the series).' },
			recurrenceId: {
				type: 'string',
				format: 'date-time',
				description: 'Original start of this date (UTC).'
			},
			title: { type: 'string' },
			summary: { type: 'string' },
			start: { type: 'string', format: 'date-time', description: 'UTC; show in Europe/Berlin.' },
			end: { type: 'string', format: 'date-time' },
			allDay: {
				type: 'boolean',
				description: 'true: start/end are local midnights, end exclusive.'
			},
			recurring: { type: 'boolean' },
			cancelled: { type: 'boolean', description: 'This date (or the event) does not take place.' },
			moved: { type: 'boolean', description: 'This date was moved from recurrenceId.' },
			note: { type: 'string', description: 'Public remark for this date.' },
			place: {
				type: 'object',
				additionalProperties: false,
				required: ['name', 'district', 'online'],
				properties: {
					name: { type: 'string' },
					district: { type: 'string' },
					online: { type: 'boolean' }
				}
			},
			organiser: { type: 'string' },
			cost: {
				type: 'object',
				additionalProperties: false,
				required: ['kind', 'cents', 'note'],
				properties: {
					kind: { type: 'string', enum: [...COST_KINDS] },
					cents: { type: ['integer', 'null'] },
					note: { type: 'string' }
				}
			},
			targetGroups: { type: 'array', items: { type: 'string', enum: [...TARGET_GROUPS] } },
			image: {
				oneOf: [
					{ type: 'null' },
					{
						type: 'object',
						additionalProperties: false,
						required: ['url', 'alt'],
						properties: { url: { type: 'string', format: 'uri' }, alt: { type: 'string' } }
					}
				]
			},
			url: { type: 'string', format: 'uri', description: 'Page of this date.' }
		}
	},
	OccurrencePage: {
		type: 'object',
		additionalProperties: false,
		required: ['alliance', 'page', 'pages', 'total', 'items'],
		properties: {
			alliance: { type: 'string' },
			page: { type: 'integer', minimum: 1 },
			pages: { type: 'integer', minimum: 0 },
			total: { type: 'integer', minimum: 0 },
			items: { type: 'array', items: { $ref: '#/components/schemas/Occurrence' } }
		}
	},
	Error: {
		type: 'object',
		required: ['message'],
		properties: { message: { type: 'string' } }
	}
} as const;

/** The document; `siteUrl` is the alliance's public base URL (from configuration). */
export function openApiDocument(siteUrl: string, allianceName: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: `${allianceName}: Terminkalender und Familienwegweiser`,
			version: '1.0.0',
			description:
				'Public, read-only interfaces of the calendar: published and cancelled events, no key needed. ' +
				'Every answer carries ETag and Last-Modified and may be read from any origin (CORS). ' +
				'iCalendar (/termine/feed.ics, /termine/{slug}/termin.ics) and RSS (/termine/feed.rss) take the same filters. ' +
				'The offers for families (Familienwegweiser) follow Open Referral HSDS 3.0 under /api/hsds.',
			license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' }
		},
		servers: [{ url: siteUrl }],
		paths: {
			'/api/termine': {
				get: {
					operationId: 'listOccurrences',
					summary: 'Upcoming dates (each date of a series on its own), paged',
					parameters: [
						...filterParameters,
						{
							name: 'seite',
							in: 'query',
							description: 'Page, from 1.',
							schema: { type: 'integer', minimum: 1, default: 1 }
						},
						{
							name: 'anzahl',
							in: 'query',
							description: 'Page size.',
							schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 }
						},
						...conditionalParameters
					],
					responses: {
						'200': {
							description: 'One page of dates.',
							headers: validatorHeaders,
							content: {
								'application/json': {
									schema: { $ref: '#/components/schemas/OccurrencePage' }
								}
							}
						},
						'304': notModified,
						'400': {
							description: 'Malformed seite or anzahl.',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/Error' } }
							}
						}
					}
				},
				options: { ...preflight, operationId: 'preflightOccurrences' }
			},
			'/api/openapi.json': {
				get: {
					operationId: 'openApiDocument',
					summary: 'This document',
					responses: {
						'200': {
							description: 'OpenAPI 3.1 document.',
							content: { 'application/json': { schema: { type: 'object' } } }
						}
					}
				},
				options: { ...preflight, operationId: 'preflightOpenApi' }
			},
			...hsdsPaths
		},
		components: { schemas: { ...schemas, ...hsdsSchemas } }
	};
}
