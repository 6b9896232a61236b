import { describe, expect, it } from 'vitest';
import { partnerAdminSchema } from './partner.schema.ts';
import { setPartnerStatus, updatePartnerAsCoordinator } from './partner-edit.service.ts';
import { listPartnersForAdmin, partnerRecord, profileValuesOf } from './partner.service.ts';
import {
	a,
	actor,
	admin,
	contactA,
	coordinator,
	coordinatorB,
	ctx,
	expectRule,
	firmId,
	usePartnerFixture
} from './partner.fixture.ts';

usePartnerFixture();

describe('coordinators', () => {
	it('edit partners; only coordinators of the same alliance may', async () => {
		const record = await partnerRecord(ctx, a.id, firmId);
		const values = { ...profileValuesOf(record!), website: 'www.baeckerei.example' };
		await updatePartnerAsCoordinator(
			ctx,
			actor(coordinator),
			a.id,
			firmId,
			admin({ ...values, internalNotes: 'Spendet Brot' }),
			{ file: null, remove: false }
		);
		const after = await partnerRecord(ctx, a.id, firmId);
		expect(after?.website).toBe('https://www.baeckerei.example');
		expect(after?.internal.notes).toBe('Spendet Brot');
		await expectRule(listPartnersForAdmin(ctx, actor(coordinatorB), a.id), 403);
		await expectRule(listPartnersForAdmin(ctx, actor(contactA), a.id), 403);
		await expectRule(setPartnerStatus(ctx, actor(coordinatorB), a.id, firmId, 'inactive'), 403);
	});

	it('rejects bad input with field messages', () => {
		const result = partnerAdminSchema.safeParse({
			name: 'X',
			kind: 'zirkus',
			website: 'keine adresse',
			publicEmail: 'kaputt@',
			postalCode: '123'
		});
		expect(result.success).toBe(false);
		const fields = result.error!.issues.map((i) => i.path.join('.'));
		expect(fields).toEqual(
			expect.arrayContaining(['name', 'kind', 'website', 'publicEmail', 'postalCode'])
		);
	});
});
