/**
 * The demo accounts of the alliance that `npm start` creates and prints. Fictional; for trying
 * the platform only. Their passwords are published (README): they open the demo alliance and
 * nothing else.
 */
export const DEMO_LOGINS = [
	{
		key: 'coordinator',
		label: 'Koordination',
		name: 'Petra Sommer',
		email: 'koordination@musterstadt.example',
		password: 'Demo-Koordination-2026'
	},
	{
		key: 'editor',
		label: 'Redaktion',
		name: 'Jonas Weber',
		email: 'redaktion@musterstadt.example',
		password: 'Demo-Redaktion-2026'
	},
	{
		key: 'partner',
		label: 'Bündnispartner',
		name: 'Aylin Demir',
		email: 'partner@musterstadt.example',
		password: 'Demo-Partner-2026'
	}
] as const;

/**
 * The operator of the demo installation. It can create and delete every alliance, so its
 * password is never published: the seed generates one, keeps it in DATA_DIR/DEMO_OPERATOR_FILE
 * (readable only by the server's user) and `npm start` prints it. Its name signs invitations to
 * other alliances, so it is the platform's, not Musterstadt's.
 */
export const DEMO_OPERATOR = {
	key: 'operator',
	label: 'Betrieb (Plattform)',
	name: 'Plattform-Betrieb',
	email: 'betrieb@buendnis.example'
} as const;

export const DEMO_OPERATOR_FILE = 'demo-betrieb-passwort.txt';
