import { describe, expect, it } from 'vitest';
import { fileOf, readUploadForm, toFieldErrors } from './content-forms.ts';

function failingRequest(status: number): Request {
	const body = new ReadableStream({
		start(controller) {
			controller.error(Object.assign(new Error('Payload Too Large'), { status }));
		}
	});
	return new Request('http://localhost/admin/dokumente?/upload', {
		method: 'POST',
		body,
		duplex: 'half',
		headers: { 'content-type': 'multipart/form-data; boundary=x' }
	} as RequestInit);
}

describe('readUploadForm', () => {
	it('turns a body over the server limit into 413, not an exception', async () => {
		expect(await readUploadForm(failingRequest(413))).toEqual({ ok: false, status: 413 });
	});
	it('turns a broken body into 400', async () => {
		const request = new Request('http://localhost/', {
			method: 'POST',
			body: 'kein Formular',
			headers: { 'content-type': 'multipart/form-data; boundary=x' }
		});
		expect(await readUploadForm(request)).toEqual({ ok: false, status: 400 });
	});
	it('reads a form and finds its file', async () => {
		const form = new FormData();
		form.set('title', 'Leitbild');
		form.set('file', new File(['%PDF-1.4'], 'l.pdf'));
		form.set('empty', new File([], ''));
		const result = await readUploadForm(
			new Request('http://localhost/', { method: 'POST', body: form })
		);
		if (!result.ok) throw new Error('not read');
		expect(fileOf(result.form, 'file')?.name).toBe('l.pdf');
		expect(fileOf(result.form, 'empty')).toBeNull();
		expect(fileOf(result.form, 'title')).toBeNull();
	});
});

describe('toFieldErrors', () => {
	it('wraps message keys for the form components', () => {
		expect(toFieldErrors({ slug: 'page.slugTaken' })).toEqual({ slug: { key: 'page.slugTaken' } });
	});
});
