/*
 * The columns of HSDS 3.0's tabular format (Open Referral, https://docs.openreferral.org,
 * schema/compiled/tabular.json; CC BY-SA 4.0, © the Open Referral project): for each resource
 * we fill, its file name and its scalar fields in the specification's order, with type, format
 * and title. Nested arrays and objects of the JSON form are separate files in the tabular form.
 */

interface TabularField {
	name: string;
	type: 'string' | 'number';
	format?: 'uuid' | 'email' | 'uri' | 'date-time';
	title: string;
}

export interface TabularResource {
	name: string;
	path: string;
	fields: TabularField[];
}

export const HSDS_TABULAR: TabularResource[] = [
	{
		name: 'organization',
		path: 'organizations.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'name', type: 'string', title: 'Name' },
			{ name: 'alternate_name', type: 'string', title: 'Alternate Name' },
			{ name: 'description', type: 'string', title: 'Description' },
			{ name: 'email', type: 'string', format: 'email', title: 'Email' },
			{ name: 'website', type: 'string', format: 'uri', title: 'Website' },
			{ name: 'tax_status', type: 'string', title: 'Tax Status' },
			{ name: 'tax_id', type: 'string', title: 'Tax Identifier' },
			{ name: 'year_incorporated', type: 'number', title: 'Year Incorporated' },
			{ name: 'legal_status', type: 'string', title: 'Legal Status' },
			{ name: 'logo', type: 'string', title: 'Logo' },
			{ name: 'uri', type: 'string', format: 'uri', title: 'URI' },
			{
				name: 'parent_organization_id',
				type: 'string',
				format: 'uuid',
				title: 'Parent Organization Identifier'
			}
		]
	},
	{
		name: 'service',
		path: 'services.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'organization_id', type: 'string', format: 'uuid', title: 'Organization Identifier' },
			{ name: 'program_id', type: 'string', format: 'uuid', title: 'Program Identifier' },
			{ name: 'name', type: 'string', title: 'Name' },
			{ name: 'alternate_name', type: 'string', title: 'Alternate Name' },
			{ name: 'description', type: 'string', title: 'Description' },
			{ name: 'url', type: 'string', format: 'uri', title: 'URL' },
			{ name: 'email', type: 'string', format: 'email', title: 'Email' },
			{ name: 'status', type: 'string', title: 'Status' },
			{ name: 'interpretation_services', type: 'string', title: 'Interpretation Services' },
			{ name: 'application_process', type: 'string', title: 'Application Process' },
			{ name: 'fees_description', type: 'string', title: 'Fees Description' },
			{ name: 'wait_time', type: 'string', title: 'Wait Time' },
			{ name: 'fees', type: 'string', title: 'Fees' },
			{ name: 'accreditations', type: 'string', title: 'Accreditations' },
			{ name: 'eligibility_description', type: 'string', title: 'Eligibility Description' },
			{ name: 'minimum_age', type: 'number', title: 'Minimum Age' },
			{ name: 'maximum_age', type: 'number', title: 'Maximum Age' },
			{ name: 'assured_date', type: 'string', title: 'Assured Date' },
			{ name: 'assurer_email', type: 'string', format: 'email', title: 'Assurer Email' },
			{ name: 'licenses', type: 'string', title: 'Licenses' },
			{ name: 'alert', type: 'string', title: 'Alert' },
			{ name: 'last_modified', type: 'string', format: 'date-time', title: 'Last Modified' }
		]
	},
	{
		name: 'attribute',
		path: 'attributes.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'link_id', type: 'string', format: 'uuid', title: 'Link Identifier' },
			{
				name: 'taxonomy_term_id',
				type: 'string',
				format: 'uuid',
				title: 'Taxonomy Term Identifier'
			},
			{ name: 'link_type', type: 'string', title: 'Link Type' },
			{ name: 'link_entity', type: 'string', title: 'Link Entity' },
			{ name: 'value', type: 'string', title: 'Value' }
		]
	},
	{
		name: 'service_at_location',
		path: 'service_at_location.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'service_id', type: 'string', format: 'uuid', title: 'Service Identifier' },
			{ name: 'location_id', type: 'string', format: 'uuid', title: 'Location Identifier' },
			{ name: 'description', type: 'string', title: 'Description' }
		]
	},
	{
		name: 'location',
		path: 'locations.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'location_type', type: 'string', title: 'Location Type' },
			{ name: 'url', type: 'string', format: 'uri', title: 'URL' },
			{ name: 'organization_id', type: 'string', format: 'uuid', title: 'Organization Identifier' },
			{ name: 'name', type: 'string', title: 'Name' },
			{ name: 'alternate_name', type: 'string', title: 'Alternate Name' },
			{ name: 'description', type: 'string', title: 'Description' },
			{ name: 'transportation', type: 'string', title: 'Transportation' },
			{ name: 'latitude', type: 'number', title: 'Latitude' },
			{ name: 'longitude', type: 'number', title: 'Longitude' },
			{ name: 'external_identifier', type: 'string', title: 'External Identifier' },
			{ name: 'external_identifier_type', type: 'string', title: 'External Identifier Type' }
		]
	},
	{
		name: 'phone',
		path: 'phones.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'location_id', type: 'string', format: 'uuid', title: 'Location Identifier' },
			{ name: 'service_id', type: 'string', format: 'uuid', title: 'Service Identifier' },
			{ name: 'organization_id', type: 'string', format: 'uuid', title: 'Organization Identifier' },
			{ name: 'contact_id', type: 'string', format: 'uuid', title: 'Contact Identifier' },
			{
				name: 'service_at_location_id',
				type: 'string',
				format: 'uuid',
				title: 'Service At Location Identifier'
			},
			{ name: 'number', type: 'string', title: 'Number' },
			{ name: 'extension', type: 'number', title: 'Extension' },
			{ name: 'type', type: 'string', title: 'Type' },
			{ name: 'description', type: 'string', title: 'Description' }
		]
	},
	{
		name: 'contact',
		path: 'contacts.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'organization_id', type: 'string', format: 'uuid', title: 'Organization Identifier' },
			{ name: 'service_id', type: 'string', format: 'uuid', title: 'Service Identifier' },
			{
				name: 'service_at_location_id',
				type: 'string',
				format: 'uuid',
				title: 'Service At Location Identifier'
			},
			{ name: 'location_id', type: 'string', format: 'uuid', title: 'Location Identifier' },
			{ name: 'name', type: 'string', title: 'Name' },
			{ name: 'title', type: 'string', title: 'Title' },
			{ name: 'department', type: 'string', title: 'Department' },
			{ name: 'email', type: 'string', format: 'email', title: 'Email' }
		]
	},
	{
		name: 'address',
		path: 'addresses.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'location_id', type: 'string', format: 'uuid', title: 'Location Identifier' },
			{ name: 'attention', type: 'string', title: 'Attention' },
			{ name: 'address_1', type: 'string', title: 'Address line 1' },
			{ name: 'address_2', type: 'string', title: 'Address line 2' },
			{ name: 'city', type: 'string', title: 'City' },
			{ name: 'region', type: 'string', title: 'Region' },
			{ name: 'state_province', type: 'string', title: 'State Or Province' },
			{ name: 'postal_code', type: 'string', title: 'Postal Code' },
			{ name: 'country', type: 'string', title: 'Country' },
			{ name: 'address_type', type: 'string', title: 'Address Type' }
		]
	},
	{
		name: 'schedule',
		path: 'schedules.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'service_id', type: 'string', format: 'uuid', title: 'Service Identifier' },
			{ name: 'location_id', type: 'string', format: 'uuid', title: 'Location Identifier' },
			{
				name: 'service_at_location_id',
				type: 'string',
				format: 'uuid',
				title: 'Service At Location Identifier'
			},
			{ name: 'valid_from', type: 'string', title: 'Valid From' },
			{ name: 'valid_to', type: 'string', title: 'Valid To' },
			{ name: 'dtstart', type: 'string', title: 'Date Start' },
			{ name: 'timezone', type: 'number', title: 'Timezone' },
			{ name: 'until', type: 'string', title: 'Until' },
			{ name: 'count', type: 'number', title: 'Count' },
			{ name: 'wkst', type: 'string', title: 'Week Start' },
			{ name: 'freq', type: 'string', title: 'Frequency' },
			{ name: 'interval', type: 'number', title: 'Interval' },
			{ name: 'byday', type: 'string', title: 'By Day' },
			{ name: 'byweekno', type: 'string', title: 'By Week Number' },
			{ name: 'bymonthday', type: 'string', title: 'By Month Day' },
			{ name: 'byyearday', type: 'string', title: 'By Year Day' },
			{ name: 'description', type: 'string', title: 'Description' },
			{ name: 'opens_at', type: 'string', title: 'Opens At' },
			{ name: 'closes_at', type: 'string', title: 'Closes At' },
			{ name: 'schedule_link', type: 'string', format: 'uri', title: 'Schedule Link' },
			{ name: 'attending_type', type: 'string', title: 'Attending Type' },
			{ name: 'notes', type: 'string', title: 'Notes' }
		]
	},
	{
		name: 'language',
		path: 'languages.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'service_id', type: 'string', format: 'uuid', title: 'Service Identifier' },
			{ name: 'location_id', type: 'string', format: 'uuid', title: 'Location Identifier' },
			{ name: 'phone_id', type: 'string', format: 'uuid', title: 'Phone Identifier' },
			{ name: 'name', type: 'string', title: 'Name' },
			{ name: 'code', type: 'string', title: 'Code' },
			{ name: 'note', type: 'string', title: 'Note' }
		]
	},
	{
		name: 'accessibility',
		path: 'accessibility.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'location_id', type: 'string', format: 'uuid', title: 'Location Identifier' },
			{ name: 'description', type: 'string', title: 'Description' },
			{ name: 'details', type: 'string', title: 'Details' },
			{ name: 'url', type: 'string', format: 'uri', title: 'URL' }
		]
	},
	{
		name: 'taxonomy_term',
		path: 'taxonomy_terms.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'code', type: 'string', title: 'Code' },
			{ name: 'name', type: 'string', title: 'Name' },
			{ name: 'description', type: 'string', title: 'Description' },
			{ name: 'parent_id', type: 'string', format: 'uuid', title: 'Parent Identifier' },
			{ name: 'taxonomy', type: 'string', title: 'Taxonomy' },
			{ name: 'language', type: 'string', title: 'Language' },
			{ name: 'taxonomy_id', type: 'string', format: 'uuid', title: 'Taxonomy Identifier' },
			{ name: 'term_uri', type: 'string', format: 'uri', title: 'Term URI' }
		]
	},
	{
		name: 'cost_option',
		path: 'cost_options.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'service_id', type: 'string', format: 'uuid', title: 'Service Identifier' },
			{ name: 'valid_from', type: 'string', title: 'Valid From' },
			{ name: 'valid_to', type: 'string', title: 'Valid To' },
			{ name: 'option', type: 'string', title: 'Option' },
			{ name: 'currency', type: 'string', title: 'Currency' },
			{ name: 'amount', type: 'number', title: 'Amount' },
			{ name: 'amount_description', type: 'string', title: 'Amount Description' }
		]
	},
	{
		name: 'taxonomy',
		path: 'taxonomies.csv',
		fields: [
			{ name: 'id', type: 'string', format: 'uuid', title: 'Identifier' },
			{ name: 'name', type: 'string', title: 'Name' },
			{ name: 'description', type: 'string', title: 'Description' },
			{ name: 'uri', type: 'string', format: 'uri', title: 'URI' },
			{ name: 'version', type: 'string', title: 'Version' }
		]
	}
];
