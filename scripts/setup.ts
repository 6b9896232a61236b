// npm run setup: the first run of a real installation. Migrates the database and creates the
// operator (platform account) with a password of their own choosing. Asks on the terminal;
// without a terminal it reads name, e-mail and password as three lines from stdin.
//   npm run setup                       first operator (refused when one exists)
//   npm run setup -- --weiteres         one more operator
//   npm run setup -- --name "…" --email …   (the password is always asked, never an argument)
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/lib/server/app.ts';
import { EnvError, parseEnv } from '../src/lib/server/env.ts';
import { createOperator } from '../src/lib/server/platform/operator-setup.service.ts';

const { values } = parseArgs({
	options: {
		name: { type: 'string' },
		email: { type: 'string' },
		weiteres: { type: 'boolean', default: false }
	}
});

let env;
try {
	env = { ...parseEnv(process.env), SEED_DEMO: false, LOG_LEVEL: 'error' as const };
} catch (error) {
	console.error(error instanceof EnvError ? error.message : error);
	process.exit(1);
}

const interactive = Boolean(process.stdin.isTTY);
const rl = readline.createInterface({
	input: process.stdin,
	output: process.stdout,
	terminal: interactive
});
const lines = interactive ? null : rl[Symbol.asyncIterator]();

async function ask(question: string, hidden = false): Promise<string> {
	if (lines) {
		const next = await lines.next();
		return next.done ? '' : String(next.value).trim();
	}
	if (!hidden) return (await new Promise<string>((r) => rl.question(question, r))).trim();
	// Hidden input: the typed characters are not echoed.
	const out = rl as unknown as { _writeToOutput: (s: string) => void };
	const original = out._writeToOutput.bind(rl);
	process.stdout.write(question);
	out._writeToOutput = () => {};
	const answer = await new Promise<string>((r) => rl.question('', r));
	out._writeToOutput = original;
	process.stdout.write('\n');
	return answer;
}

const app = await buildApp(env);
try {
	console.log('Betriebskonto der Plattform einrichten (kann Bündnisse anlegen und löschen).');
	const name = values.name ?? (await ask('Name (erscheint als Absender von Einladungen): '));
	const email = values.email ?? (await ask('E-Mail-Adresse: '));
	const password = await ask('Passwort (mindestens 10 Zeichen): ', true);
	const repeat = interactive ? await ask('Passwort wiederholen: ', true) : password;
	if (password !== repeat) {
		console.error('Die beiden Passwörter stimmen nicht überein. Es wurde nichts angelegt.');
		process.exitCode = 1;
	} else {
		const result = await createOperator(
			app,
			{ name, email, password },
			{ additional: values.weiteres }
		);
		if (result.ok) {
			console.log(
				`Fertig: Betriebskonto ${result.email} angelegt. Anmelden unter ${app.publicUrl}/anmelden, dann /plattform.`
			);
		} else {
			for (const problem of result.problems) console.error(problem);
			console.error('Es wurde nichts angelegt.');
			process.exitCode = 1;
		}
	}
} finally {
	rl.close();
	await app.handle.close();
}
