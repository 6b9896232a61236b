import { isActionFailure, isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { contentError } from '../content/content-forms.ts';
import { fileOf, formAction } from './action.ts';
import { readFormBody, type FormFailure } from './forms.ts';

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

/** The action's answer as a form failure (fails the test when it is not one). */
function failed(answer: unknown): { status: number; data: FormFailure } {
	if (!isActionFailure(answer)) throw new Error('failure expected');
	return answer as unknown as { status: number; data: FormFailure };
}

const post = (form: FormData) => new Request('http://localhost/', { method: 'POST', body: form });

describe('readFormBody', () => {
	it('turns a body over the server limit into 413, not an exception', async () => {
		expect(await readFormBody(failingRequest(413))).toEqual({ ok: false, status: 413 });
	});
	it('turns a broken body into 400', async () => {
		const request = new Request('http://localhost/', {
			method: 'POST',
			body: 'kein Formular',
			headers: { 'content-type': 'multipart/form-data; boundary=x' }
		});
		expect(await readFormBody(request)).toEqual({ ok: false, status: 400 });
	});
	it('reads a form and finds its file', async () => {
		const form = new FormData();
		form.set('title', 'Leitbild');
		form.set('file', new File(['%PDF-1.4'], 'l.pdf'));
		form.set('empty', new File([], ''));
		const result = await readFormBody(post(form));
		if (!result.ok) throw new Error('not read');
		expect(fileOf(result.form, 'file')?.name).toBe('l.pdf');
		expect(fileOf(result.form, 'empty')).toBeNull();
		expect(fileOf(result.form, 'title')).toBeNull();
	});
});

describe('formAction', () => {
	const schema = z.object({ title: z.string().trim().min(3) });

	it('answers a body over the limit with 413 on the file field', async () => {
		const upload = { request: failingRequest(413), fileField: 'file' };
		const answer = failed(await formAction(upload, schema, () => 'ran'));
		expect(answer.status).toBe(413);
		expect(answer.data.errors).toEqual({ file: { key: 'upload.tooLarge' } });
	});

	it('answers a refused schema with 400, field messages and what was typed', async () => {
		const form = new FormData();
		form.set('title', 'x');
		form.set('file', new File(['%PDF-1.4'], 'leitbild.pdf'));
		const answer = failed(await formAction(post(form), schema, () => 'ran'));
		expect(answer.status).toBe(400);
		expect(answer.data.errors.title).toEqual({ key: 'error.tooShort', params: { min: 3 } });
		expect(answer.data.values).toEqual({ title: 'x', 'file:file': 'leitbild.pdf' });
	});

	it('gives run the typed data and returns what it returns', async () => {
		const form = new FormData();
		form.set('title', '  Leitbild ');
		expect(await formAction(post(form), schema, ({ data }) => data.title)).toBe('Leitbild');
	});

	it('turns a broken rule into the form message on its field, with the status of its code', async () => {
		const form = new FormData();
		form.set('slug', 'ueber-uns');
		const answer = failed(
			await formAction(post(form), () => {
				throw new AppError('CONFLICT', 'page.slugTaken', 'slug');
			})
		);
		expect(answer.status).toBe(409);
		expect(answer.data).toEqual({
			errors: { slug: { key: 'page.slugTaken' } },
			values: { slug: 'ueber-uns' },
			message: 'page.slugTaken'
		});
	});

	it('turns NOT_FOUND and FORBIDDEN into the error page (404 / 403)', async () => {
		for (const [code, status] of [
			['NOT_FOUND', 404],
			['FORBIDDEN', 403]
		] as const) {
			const thrown = await formAction(null, () => {
				throw new AppError(code, 'error.notFound');
			}).catch((e: unknown) => e);
			expect(isHttpError(thrown) && thrown.status).toBe(status);
		}
	});

	it('lets anything else through', async () => {
		await expect(
			formAction(null, () => {
				throw new Error('bug');
			})
		).rejects.toThrow('bug');
	});
});

describe('contentError', () => {
	it('wraps message keys for the form components', () => {
		expect(contentError({ slug: 'page.slugTaken' }).fields).toEqual({
			slug: { key: 'page.slugTaken' }
		});
		expect(contentError({ _form: 'news.notFound' }).key).toBe('news.notFound');
	});
});
