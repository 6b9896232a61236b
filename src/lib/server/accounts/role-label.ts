/** Role names in the audit log, which is kept in German (the team's working language). */
const ROLE_LABEL: Record<string, string> = {
	coordinator: 'Koordination',
	editor: 'Redaktion',
	partner: 'Bündnispartner'
};

export function roleLabel(role: string | null | undefined): string {
	return role ? (ROLE_LABEL[role] ?? role) : '';
}
