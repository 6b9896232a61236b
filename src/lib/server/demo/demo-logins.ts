/** The demo accounts `npm start` creates and prints. Fictional; for trying the platform only. */
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
	},
	{
		key: 'admin',
		label: 'Betrieb (Plattform)',
		name: 'Betrieb Musterstadt',
		email: 'betrieb@buendnis.example',
		password: 'Demo-Betrieb-2026'
	}
] as const;
