import { loadSharp } from '../uploads/sharp.ts';
import type { ServiceContext } from '../context.ts';
import { storeDocument, storeImage } from '../uploads/upload-store.service.ts';
import { createPage } from './page-edit.service.ts';
import { createNews } from './news-edit.service.ts';
import { findPageBySlug } from './page.repository.ts';
import { renderPdf, type PdfBlock } from '../pdf/pdf-document.ts';
import { demoNews } from './content.demo-news.ts';

/*
 * Demo content of the fictional "Lokales Bündnis für Familie Musterstadt": about pages, a help
 * page, 55 news posts over three years, the long version of the mission statement as a PDF and
 * one illustration. Written for this project; the news are the most recent of a yearly cycle,
 * so the demo always looks current. Skips itself if "Über uns" exists.
 */

type Ctx = Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>;

/** A friendly illustration without text: sky, sun, park, balloons (no fonts needed). */
async function illustration(): Promise<Uint8Array> {
	const balloons = [
		{ x: 300, y: 210, c: '#e4572e' },
		{ x: 370, y: 170, c: '#f3a712' },
		{ x: 440, y: 225, c: '#29335c' },
		{ x: 1240, y: 190, c: '#a8c686' },
		{ x: 1310, y: 240, c: '#e4572e' }
	]
		.map(
			(b) =>
				`<line x1="${b.x}" y1="${b.y + 55}" x2="${b.x + 10}" y2="${b.y + 210}" stroke="#555" stroke-width="3"/>` +
				`<ellipse cx="${b.x}" cy="${b.y}" rx="42" ry="55" fill="${b.c}"/>`
		)
		.join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fd3f4"/><stop offset="1" stop-color="#e0f4ff"/></linearGradient></defs>
<rect width="1600" height="900" fill="url(#sky)"/>
<circle cx="1350" cy="140" r="85" fill="#ffd23f"/>
<ellipse cx="400" cy="900" rx="900" ry="320" fill="#6fbf73"/>
<ellipse cx="1300" cy="930" rx="800" ry="300" fill="#4e9f52"/>
<rect x="720" y="470" width="26" height="170" fill="#7a5230"/><circle cx="733" cy="430" r="110" fill="#2e7d32"/>
<rect x="1010" y="520" width="20" height="130" fill="#7a5230"/><circle cx="1020" cy="490" r="80" fill="#388e3c"/>
${balloons}
<g fill="#29335c"><circle cx="520" cy="610" r="22"/><rect x="500" y="635" width="40" height="80" rx="14"/></g>
<g fill="#e4572e"><circle cx="585" cy="640" r="16"/><rect x="571" y="658" width="28" height="56" rx="10"/></g>
<g fill="#f3a712"><circle cx="640" cy="615" r="21"/><rect x="620" y="638" width="40" height="78" rx="14"/></g>
</svg>`;
	const sharp = await loadSharp();
	return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

const LEITBILD = [
	'Das Lokale Bündnis für Familie Musterstadt ist ein Zusammenschluss von Stadtverwaltung, Unternehmen, Vereinen, Kirchengemeinden, Kindertagesstätten, Schulen und engagierten Bürgerinnen und Bürgern. Wir arbeiten seit 2009 gemeinsam daran, dass Musterstadt ein Ort ist, an dem Familien gern leben.',
	'',
	'1. Familie ist vielfältig',
	'Familie ist überall dort, wo Menschen dauerhaft füreinander Verantwortung übernehmen: Eltern und Kinder, Alleinerziehende, Patchwork- und Regenbogenfamilien, Großeltern, Pflegefamilien und Menschen, die Angehörige pflegen. Unsere Angebote richten sich an alle.',
	'',
	'2. Beruf und Familie gehören zusammen',
	'Wir setzen uns dafür ein, dass Mütter und Väter Beruf und Familie gut vereinbaren können – mit verlässlicher Kinderbetreuung, familienfreundlichen Arbeitszeiten und Unterstützung für Beschäftigte, die Angehörige pflegen.',
	'',
	'3. Teilhabe für alle Familien',
	'Kein Kind soll wegen Geld, Herkunft oder Behinderung ausgeschlossen sein. Wir achten darauf, dass unsere Angebote kostenlos oder günstig, barrierearm und in einfacher Sprache zugänglich sind.',
	'',
	'4. Zeit für Familie',
	'Gemeinsame Zeit ist kostbar. Mit Festen, Ausflügen und offenen Treffpunkten schaffen wir Gelegenheiten, bei denen Familien einander begegnen und Kraft tanken können.',
	'',
	'5. Gemeinsam stärker',
	'Im Bündnis bringt jede Partnerin und jeder Partner ein, was sie oder er am besten kann. Wir teilen Wissen, stimmen Angebote ab und machen sie gemeinsam bekannt. Einmal im Jahr beraten wir im Plenum über unsere Schwerpunkte.',
	'',
	'6. Wir hören zu',
	'Familien wissen selbst am besten, was sie brauchen. Deshalb fragen wir regelmäßig nach, nehmen Anliegen ernst und berichten offen, was daraus geworden ist.',
	'',
	'Beschlossen vom Plenum des Lokalen Bündnisses für Familie Musterstadt.'
];

/** The mission statement as a PDF: numbered lines become headings, the rest paragraphs. */
function leitbildPdf(): Promise<Buffer> {
	const blocks: PdfBlock[] = [{ kind: 'heading', text: 'Leitbild – Langversion', level: 1 }];
	for (const line of LEITBILD) {
		if (!line) continue;
		blocks.push(
			/^\d+\. /.test(line)
				? { kind: 'heading', text: line, level: 2 }
				: { kind: 'paragraph', text: line }
		);
	}
	return renderPdf(
		{
			title: 'Leitbild – Langversion',
			lang: 'de-DE',
			author: 'Lokales Bündnis für Familie Musterstadt',
			footer: 'Lokales Bündnis für Familie Musterstadt · Leitbild',
			pageLabel: 'Seite {n} von {total}'
		},
		blocks
	);
}

function aboutPages(leitbildPath: string, imagePath: string) {
	return {
		about: {
			title: 'Über uns',
			summary:
				'Wer wir sind, was uns antreibt und wie Sie mit uns in Kontakt kommen: das Lokale Bündnis für Familie Musterstadt.',
			body: `<p>Im Lokalen Bündnis für Familie Musterstadt haben sich Menschen und Einrichtungen zusammengetan, denen Familien am Herzen liegen: die Stadtverwaltung, Unternehmen, Vereine, Kirchengemeinden, Kitas, Schulen und viele Ehrenamtliche.</p>
<p><img src="${imagePath}" alt="Illustration: bunte Luftballons über einer Wiese im Stadtpark, darunter eine Familie"></p>
<p>Wir bündeln, was es in Musterstadt schon gibt, schließen Lücken und machen Angebote für Familien sichtbar. Auf den folgenden Seiten erfahren Sie mehr über unsere Ziele, unsere Geschichte und die Menschen, die das Bündnis koordinieren.</p>`
		},
		children: [
			{
				title: 'Hintergrund und Ziele',
				summary: 'Warum es das Bündnis gibt und was wir erreichen wollen.',
				body: `<p>Familien leisten jeden Tag viel – und brauchen dafür gute Bedingungen vor Ort. Genau hier setzt die bundesweite Initiative „Lokale Bündnisse für Familie“ an: Wer in einer Stadt Verantwortung trägt, soll gemeinsam dafür sorgen, dass Familien Zeit, Unterstützung und Anerkennung finden.</p>
<h2>Unsere Ziele</h2>
<ul><li>Familien in Musterstadt finden schnell die Hilfe und die Angebote, die sie brauchen.</li><li>Mütter und Väter können Beruf und Familie besser vereinbaren.</li><li>Menschen, die Angehörige pflegen, werden entlastet.</li><li>Alle Kinder können teilhaben – unabhängig vom Geldbeutel der Eltern.</li></ul>
<p>Wir erreichen diese Ziele nicht allein, sondern mit unseren über 60 Bündnispartnern. Machen Sie mit!</p>`
			},
			{
				title: 'Vision und Aufgaben',
				summary: 'Unser Leitbild in Kurzform und die Aufgaben, die wir uns gestellt haben.',
				body: `<p>Unsere Vision: <strong>Musterstadt ist eine Stadt, in der Familien gern leben – weil man aufeinander achtet.</strong></p>
<h2>Unsere Aufgaben</h2>
<ol><li>Wir vernetzen Einrichtungen, Unternehmen und Ehrenamtliche, die mit Familien arbeiten.</li><li>Wir informieren Familien verständlich über Angebote und Hilfen.</li><li>Wir stoßen neue Projekte an, wo Angebote fehlen.</li><li>Wir bringen die Anliegen von Familien in die Stadtpolitik ein.</li></ol>
<blockquote><p>„Familie ist, wo Menschen füreinander da sind.“</p></blockquote>
<p>Das ausführliche Leitbild können Sie hier herunterladen: <a href="${leitbildPath}">Leitbild – Langversion (PDF)</a>.</p>`
			},
			{
				title: 'Schwerpunktthemen',
				summary: 'Die fünf Themen, an denen wir gemeinsam arbeiten.',
				body: `<p>Das Plenum hat fünf Schwerpunkte festgelegt. Zu jedem Thema gibt es eine Arbeitsgruppe, in der Bündnispartner und interessierte Bürgerinnen und Bürger mitarbeiten.</p>
<table><thead><tr><th scope="col">Thema</th><th scope="col">Worum es geht</th></tr></thead><tbody>
<tr><td>Vereinbarkeit von Familie, Beruf und Pflege</td><td>Familienfreundliche Arbeitgeber, Pflege-Sprechstunde, Beratung für Beschäftigte</td></tr>
<tr><td>Teilhabe</td><td>Kostenlose Angebote, Unterstützung für Familien mit wenig Geld, Angebote in mehreren Sprachen</td></tr>
<tr><td>Kinderbetreuung</td><td>Ferienbetreuung, Randzeiten, Tagespflege</td></tr>
<tr><td>Zeit für Familie</td><td>Familienfest, Ausflüge, offene Treffpunkte</td></tr>
<tr><td>Öffentlichkeitsarbeit</td><td>Familienwegweiser, Website, Veranstaltungskalender</td></tr>
</tbody></table>`
			},
			{
				title: 'Geschichte',
				summary: 'Vom ersten Runden Tisch 2009 bis heute.',
				body: `<p>Im Frühjahr 2009 luden die Stadt Musterstadt und das Familienzentrum Am Markt zu einem Runden Tisch ein. Rund 30 Menschen aus Kitas, Schulen, Vereinen und Betrieben kamen – und beschlossen, sich dauerhaft zusammenzutun. Im Herbst 2009 wurde das Lokale Bündnis für Familie Musterstadt offiziell gegründet.</p>
<h2>Wichtige Stationen</h2>
<ul><li><strong>2009:</strong> Gründung mit 24 Bündnispartnern</li><li><strong>2011:</strong> erstes Familienfest im Stadtpark</li><li><strong>2014:</strong> der erste gedruckte Familienwegweiser erscheint</li><li><strong>2017:</strong> Start der Pflege-Sprechstunde für pflegende Angehörige</li><li><strong>2020:</strong> Ferienbetreuung in Zusammenarbeit mit Betrieben</li><li><strong>2024:</strong> 15 Jahre Bündnis – mit über 60 Partnern</li></ul>
<p>Wir danken allen, die das Bündnis in diesen Jahren getragen haben.</p>`
			},
			{
				title: 'Koordinierungsteam',
				summary: 'Die Menschen, die das Bündnis koordinieren, und wie Sie sie erreichen.',
				body: `<p>Das Koordinierungsteam wird vom Plenum für zwei Jahre gewählt. Es bereitet die Treffen vor, hält Kontakt zu den Bündnispartnern und ist Ihre Anlaufstelle für Fragen und Ideen.</p>
<p>Zum Team gehören Vertreterinnen und Vertreter der Stadtverwaltung, des Familienzentrums, eines Unternehmens und der Elternschaft. Die Koordinierungsstelle sitzt im Familienbüro im Rathaus.</p>
<p>Sie erreichen uns am besten über das <a href="/kontakt">Kontaktformular</a>. Wir melden uns in der Regel innerhalb einer Woche.</p>`
			}
		]
	};
}

const HELP_PAGE = {
	title: 'Hilfe und Beratung',
	summary: 'Wo Familien in Musterstadt Rat und Unterstützung finden.',
	body: `<p>Sie suchen Unterstützung – bei der Kinderbetreuung, in einer schwierigen Lebenslage oder bei der Pflege eines Angehörigen? Hier finden Sie erste Anlaufstellen. Der ausführliche Familienwegweiser wird gerade überarbeitet.</p>
<h2>Rund um Kinder und Erziehung</h2>
<ul><li><strong>Familienzentrum Am Markt:</strong> offene Sprechstunde dienstags von 9 bis 12 Uhr, ohne Anmeldung</li><li><strong>Erziehungsberatungsstelle:</strong> kostenlos und vertraulich, Termine nach Vereinbarung</li><li><strong>Kita-Platz-Vergabe:</strong> Familienbüro im Rathaus</li></ul>
<h2>Pflege von Angehörigen</h2>
<p>In der <strong>Pflege-Sprechstunde</strong> beraten Fachleute jeden ersten Donnerstag im Monat, wie sich Pflege und Beruf verbinden lassen und welche Hilfen Ihnen zustehen.</p>
<h2>In einer Notlage</h2>
<p>Das Hilfetelefon „Gewalt gegen Frauen“ erreichen Sie rund um die Uhr kostenlos unter <a href="tel:116016">116 016</a>, die „Nummer gegen Kummer“ für Kinder und Jugendliche unter <a href="tel:116111">116 111</a>.</p>
<p>Sie wissen nicht, wohin Sie sich wenden sollen? <a href="/kontakt">Schreiben Sie uns</a> – wir helfen Ihnen weiter.</p>`
};

/** Creates the demo content for an alliance; returns false when it exists already. */
export async function seedContentDemo(
	ctx: Ctx,
	allianceId: string,
	userId: string | null
): Promise<boolean> {
	if (await findPageBySlug(ctx.db, allianceId, null, 'ueber-uns')) return false;

	const image = await storeImage(
		ctx,
		allianceId,
		userId,
		new File([(await illustration()) as BlobPart], 'familienfest.jpg', { type: 'image/jpeg' }),
		{ alt: 'Illustration: bunte Luftballons über einer Wiese im Stadtpark, darunter eine Familie' }
	);
	if (!image.ok) throw new Error(`demo image: ${image.error}`);
	const pdf = await storeDocument(
		ctx,
		allianceId,
		userId,
		new File([(await leitbildPdf()) as BlobPart], 'leitbild-langversion.pdf', {
			type: 'application/pdf'
		}),
		{
			title: 'Leitbild – Langversion',
			description:
				'Unser Leitbild ausführlich: wofür das Bündnis steht und wie wir zusammenarbeiten.',
			listed: true
		}
	);
	if (!pdf.ok) throw new Error(`demo document: ${pdf.error}`);

	const pages = aboutPages(pdf.file.path, image.file.path);
	const about = await createPage(ctx, allianceId, userId, {
		...pages.about,
		published: true,
		inNav: true
	});
	if (!about.ok) throw new Error(`demo page: ${JSON.stringify(about.errors)}`);
	for (const child of pages.children) {
		const created = await createPage(ctx, allianceId, userId, {
			...child,
			parentId: about.page.id,
			published: true,
			inNav: true
		});
		if (!created.ok) throw new Error(`demo page: ${JSON.stringify(created.errors)}`);
	}
	const help = await createPage(ctx, allianceId, userId, {
		...HELP_PAGE,
		published: true,
		inNav: true
	});
	if (!help.ok) throw new Error(`demo page: ${JSON.stringify(help.errors)}`);

	for (const item of demoNews(new Date())) {
		const created = await createNews(ctx, allianceId, userId, {
			title: item.title,
			summary: item.summary,
			body: item.body,
			publishedAt: item.publishedAt,
			imageId: item.withImage ? image.file.id : null
		});
		if (!created.ok) throw new Error(`demo news: ${JSON.stringify(created.errors)}`);
	}
	return true;
}
