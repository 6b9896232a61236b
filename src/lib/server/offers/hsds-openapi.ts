/*
 * The HSDS 3.0 endpoints (/api/hsds/…) in the OpenAPI document of our public interfaces
 * (events/openapi.ts). Their answers follow Open Referral's schemas, which are large; the
 * document describes the page object and names the HSDS schema of each item, with a link.
 */

const HSDS_DOCS = 'https://docs.openreferral.org/en/v3.0/hsds/schema_reference.html';

const paging = [
	{
		name: 'page',
		in: 'query',
		description: 'Page, from 1.',
		schema: { type: 'integer', minimum: 1, default: 1 }
	},
	{
		name: 'per_page',
		in: 'query',
		description: 'Items per page (at most 200).',
		schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 }
	}
];

const full = {
	name: 'full',
	in: 'query',
	description: '`true`: every item fully nested (as GET /services/{id}).',
	schema: { type: 'string', enum: ['true', 'false'] }
};

const ifNoneMatch = {
	name: 'If-None-Match',
	in: 'header',
	required: false,
	schema: { type: 'string' }
};

const headers = {
	ETag: { description: 'Validator; send it back as If-None-Match.', schema: { type: 'string' } },
	'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } }
};

const errorAnswer = (description: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
});

function jsonAnswer(description: string, schema: object) {
	return {
		'200': { description, headers, content: { 'application/json': { schema } } },
		'304': { description: 'Not modified since the ETag sent.', headers }
	};
}

/** An HSDS list page whose items follow the named HSDS 3.0 schema. */
function pageOf(hsdsSchema: string) {
	return {
		allOf: [
			{ $ref: '#/components/schemas/HsdsPage' },
			{
				type: 'object',
				properties: {
					contents: {
						type: 'array',
						items: { $ref: '#/components/schemas/HsdsObject' },
						description: `Items following HSDS 3.0 \`${hsdsSchema}\`.`
					}
				}
			}
		]
	};
}

const idParameter = {
	name: 'id',
	in: 'path',
	required: true,
	schema: { type: 'string', format: 'uuid' }
};

export const hsdsSchemas = {
	HsdsObject: {
		type: 'object',
		description: `An object of Open Referral HSDS 3.0 (${HSDS_DOCS}).`,
		required: ['id'],
		properties: { id: { type: 'string', format: 'uuid' } }
	},
	HsdsPage: {
		type: 'object',
		description: 'A page of an HSDS 3.0 list.',
		required: [
			'total_items',
			'total_pages',
			'page_number',
			'size',
			'first_page',
			'last_page',
			'empty',
			'contents'
		],
		properties: {
			total_items: { type: 'integer', minimum: 0 },
			total_pages: { type: 'integer', minimum: 1 },
			page_number: { type: 'integer', minimum: 1 },
			size: { type: 'integer', minimum: 0 },
			first_page: { type: 'boolean' },
			last_page: { type: 'boolean' },
			empty: { type: 'boolean' },
			contents: { type: 'array', items: { type: 'object' } }
		}
	}
} as const;

const tag = ['Familienwegweiser (HSDS 3.0)'];

export const hsdsPaths = {
	'/api/hsds': {
		get: {
			operationId: 'hsdsAbout',
			tags: tag,
			summary: 'About this HSDS API: version and profile',
			parameters: [ifNoneMatch],
			responses: jsonAnswer('Version, profile and the HSDS OpenAPI document.', {
				type: 'object',
				required: ['version'],
				properties: {
					version: { type: 'string', const: '3.0' },
					profile: { type: 'string', format: 'uri' },
					openapi_url: { type: 'string', format: 'uri' }
				}
			})
		}
	},
	'/api/hsds/services': {
		get: {
			operationId: 'hsdsListServices',
			tags: tag,
			summary: 'Published offers for families as HSDS services, paged',
			parameters: [
				...paging,
				{
					name: 'search',
					in: 'query',
					description: 'Words that must all occur.',
					schema: { type: 'string', maxLength: 100 }
				},
				{ name: 'taxonomy_term_id', in: 'query', schema: { type: 'string', format: 'uuid' } },
				{ name: 'taxonomy_id', in: 'query', schema: { type: 'string', format: 'uuid' } },
				{ name: 'organization_id', in: 'query', schema: { type: 'string', format: 'uuid' } },
				{
					name: 'modified_after',
					in: 'query',
					description: 'Only services changed after this instant.',
					schema: { type: 'string', format: 'date-time' }
				},
				full,
				ifNoneMatch
			],
			responses: {
				...jsonAnswer(
					'A page of services (service_list, or service with full=true).',
					pageOf('service_list')
				),
				'400': errorAnswer('Malformed page or per_page.')
			}
		}
	},
	'/api/hsds/services/{id}': {
		get: {
			operationId: 'hsdsGetService',
			tags: tag,
			summary: 'One service, fully nested (organization, locations, schedules, languages, costs)',
			parameters: [idParameter, ifNoneMatch],
			responses: {
				...jsonAnswer('HSDS 3.0 `service`.', { $ref: '#/components/schemas/HsdsObject' }),
				'404': errorAnswer('No such published service in this alliance.')
			}
		}
	},
	'/api/hsds/organizations': {
		get: {
			operationId: 'hsdsListOrganizations',
			tags: tag,
			summary: 'Providers of the published offers, paged',
			parameters: [
				...paging,
				{ name: 'search', in: 'query', schema: { type: 'string', maxLength: 100 } },
				ifNoneMatch
			],
			responses: {
				...jsonAnswer('A page of organizations.', pageOf('organization_list')),
				'400': errorAnswer('Malformed page or per_page.')
			}
		}
	},
	'/api/hsds/organizations/{id}': {
		get: {
			operationId: 'hsdsGetOrganization',
			tags: tag,
			summary: 'One provider with its services',
			parameters: [idParameter, ifNoneMatch],
			responses: {
				...jsonAnswer('HSDS 3.0 `organization`.', { $ref: '#/components/schemas/HsdsObject' }),
				'404': errorAnswer('No such provider in this alliance.')
			}
		}
	},
	'/api/hsds/service_at_locations': {
		get: {
			operationId: 'hsdsListServiceAtLocations',
			tags: tag,
			summary: 'Where each service is offered, with weekly schedules',
			parameters: [...paging, full, ifNoneMatch],
			responses: {
				...jsonAnswer('A page of service_at_location items.', pageOf('service_at_location_list')),
				'400': errorAnswer('Malformed page or per_page.')
			}
		}
	},
	'/api/hsds/taxonomies': {
		get: {
			operationId: 'hsdsListTaxonomies',
			tags: tag,
			summary: 'The alliance’s one taxonomy, “Lebenslagen”',
			parameters: [...paging, ifNoneMatch],
			responses: jsonAnswer('A page of taxonomies.', pageOf('taxonomy'))
		}
	},
	'/api/hsds/taxonomy_terms': {
		get: {
			operationId: 'hsdsListTaxonomyTerms',
			tags: tag,
			summary: 'The Lebenslagen as taxonomy terms',
			parameters: [
				...paging,
				{ name: 'taxonomy_id', in: 'query', schema: { type: 'string', format: 'uuid' } },
				ifNoneMatch
			],
			responses: jsonAnswer('A page of taxonomy terms.', pageOf('taxonomy_term'))
		}
	},
	'/api/hsds/datapackage.zip': {
		get: {
			operationId: 'hsdsTabular',
			tags: tag,
			summary: 'Everything in HSDS 3.0’s tabular form: datapackage.json and one CSV per resource',
			responses: {
				'200': {
					description: 'A zip file (Frictionless tabular data package).',
					headers: { 'Access-Control-Allow-Origin': headers['Access-Control-Allow-Origin'] },
					content: {
						'application/zip': { schema: { type: 'string', contentMediaType: 'application/zip' } }
					}
				}
			}
		}
	}
};
