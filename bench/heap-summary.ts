// What a V8 heap snapshot holds, by constructor (self size), largest first; strings are listed
// by their first characters as well, so a cache of pages or feeds shows itself.
//   node bench/heap-summary.ts <file.heapsnapshot> [top=30]
import fs from 'node:fs';

interface Snapshot {
	snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
	nodes: number[];
	strings: string[];
}

const [file, topText] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/heap-summary.ts <file.heapsnapshot> [top]');
const top = Number(topText ?? 30);
const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
const fields = snap.snapshot.meta.node_fields;
const types = snap.snapshot.meta.node_types[0];
const width = fields.length;
const at = (name: string) => fields.indexOf(name);
const [TYPE, NAME, SIZE] = [at('type'), at('name'), at('self_size')];

const byName = new Map<string, { count: number; bytes: number }>();
const strings = new Map<string, { count: number; bytes: number }>();
let total = 0;
for (let i = 0; i < snap.nodes.length; i += width) {
	const type = types[snap.nodes[i + TYPE] ?? 0] ?? '?';
	const name = snap.strings[snap.nodes[i + NAME] ?? 0] ?? '';
	const size = snap.nodes[i + SIZE] ?? 0;
	total += size;
	const key = type === 'object' || type === 'closure' ? `${type} ${name}` : `(${type})`;
	const entry = byName.get(key) ?? { count: 0, bytes: 0 };
	entry.count++;
	entry.bytes += size;
	byName.set(key, entry);
	if ((type === 'string' || type === 'concatenated string') && size > 64 * 1024) {
		const head = name.slice(0, 60).replace(/\s+/g, ' ');
		const s = strings.get(head) ?? { count: 0, bytes: 0 };
		s.count++;
		s.bytes += size;
		strings.set(head, s);
	}
}
const mb = (n: number) => (n / 1024 / 1024).toFixed(1).padStart(7);
console.log(`${mb(total)} MB in ${snap.nodes.length / width} objects`);
for (const [k, v] of [...byName].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
	console.log(`${mb(v.bytes)} MB ${String(v.count).padStart(8)}  ${k}`);
}
console.log('Large strings (> 64 KB), by their beginning:');
for (const [k, v] of [...strings].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 15)) {
	console.log(`${mb(v.bytes)} MB ${String(v.count).padStart(8)}  ${JSON.stringify(k)}`);
}
