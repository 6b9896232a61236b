/** The A–Z letter of a name, shared by server and page ("Ökumenisch…" → "O", "1. FC" → "#"). */
export function indexLetter(name: string): string {
	const first = name
		.trim()
		.charAt(0)
		.toUpperCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	return /[A-Z]/.test(first) ? first : '#';
}
