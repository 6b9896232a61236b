/** A topic as other features show it: a tag with a link to the topic's page. */
export interface TopicRef {
	id: string;
	slug: string;
	name: string;
}
