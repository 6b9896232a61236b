// The benchmark's yardstick: a plain node:http server that answers each path with bytes
// captured from the app beforehand, from memory. Run as its own process, like the app.
//   node bench/static-server.ts <pages.json> <port>
import fs from 'node:fs';
import http from 'node:http';

interface Captured {
	path: string;
	contentType: string;
	body: string; // base64
}

const [file, port] = process.argv.slice(2);
const pages = new Map(
	(JSON.parse(fs.readFileSync(file ?? '', 'utf8')) as Captured[]).map((p) => [
		p.path,
		{ type: p.contentType, body: Buffer.from(p.body, 'base64') }
	])
);

http
	.createServer((req, res) => {
		const page = pages.get(req.url ?? '');
		if (!page) {
			res.statusCode = 404;
			res.end();
			return;
		}
		res.writeHead(200, { 'content-type': page.type, 'content-length': page.body.length });
		res.end(page.body);
	})
	.listen(Number(port), '127.0.0.1', () => console.log('ready'));
