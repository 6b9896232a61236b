import { assertSameAlliance } from '../access/access.service.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import { locateFile } from '../uploads/upload.service.ts';
import { storeDocument } from '../uploads/upload-store.service.ts';
import * as repo from './intern.repository.ts';
import type { AnnouncementInput, ProfileInput } from './intern.schema.ts';
import { isInternalMinutesFile } from '../plenum/plenum-minutes.service.ts';

/*
 * The internal area for the alliance's members (partner contacts, coordinators, editors):
 * announcements by the coordination team, a document library with folders, and a member
 * directory in which each person decides what the others see. Every function checks again
 * that the actor belongs to the alliance.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;
const MEMBERS = ['coordinator', 'editor', 'partner'] as const;

// ---------- announcements ----------

export async function announcements(ctx: ReadCtx, actor: Actor, allianceId: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, MEMBERS);
	const rows = await repo.findAnnouncements(ctx.db, allianceId);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		body: r.body,
		pinned: r.pinned === 1,
		createdAt: r.created_at,
		author: r.author ?? ''
	}));
}

export async function postAnnouncement(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	input: AnnouncementInput
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const id = crypto.randomUUID();
	await repo.insertAnnouncement(ctx.db, {
		id,
		alliance_id: allianceId,
		title: input.title,
		body: input.body,
		pinned: input.pinned ? 1 : 0,
		created_by: actor.userId,
		created_at: new Date().toISOString()
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'create',
		entity: 'announcement',
		entityId: id,
		summary: input.title
	});
}

export async function removeAnnouncement(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string
) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (!(await repo.deleteAnnouncement(ctx.db, allianceId, id))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
}

// ---------- library ----------

export interface LibraryFolder {
	id: string;
	parentId: string | null;
	name: string;
	depth: number;
	documents: { id: string; title: string; size: number; createdAt: string }[];
}

/** Folders in tree order (parents before children, with depth) and their documents. */
export async function library(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string
): Promise<LibraryFolder[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, MEMBERS);
	const [folders, documents] = await Promise.all([
		repo.findFolders(ctx.db, allianceId),
		repo.findDocuments(ctx.db, allianceId)
	]);
	const out: LibraryFolder[] = [];
	const walk = (parentId: string | null, depth: number) => {
		for (const f of folders.filter((x) => x.parent_id === parentId)) {
			out.push({
				id: f.id,
				parentId: f.parent_id,
				name: f.name,
				depth,
				documents: documents
					.filter((d) => d.folder_id === f.id)
					.map((d) => ({ id: d.id, title: d.title, size: d.size, createdAt: d.created_at }))
			});
			if (depth < 5) walk(f.id, depth + 1);
		}
	};
	walk(null, 0);
	return out;
}

export async function createFolder(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	input: { name: string; parentId: string }
): Promise<{ id: string }> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator', 'editor']);
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'folder', field: 'parentId', ids: input.parentId }
	]);
	const id = crypto.randomUUID();
	await repo.insertFolder(ctx.db, {
		id,
		alliance_id: allianceId,
		parent_id: input.parentId || null,
		name: input.name,
		created_at: new Date().toISOString()
	});
	return { id };
}

export async function removeFolder(ctx: ReadCtx, actor: Actor, allianceId: string, id: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator', 'editor']);
	if (!(await repo.deleteFolder(ctx.db, allianceId, id)))
		throw new AppError('NOT_FOUND', 'error.notFound');
}

/** Uploads a PDF into a folder. It is stored unlisted and served only through the library. */
export async function addLibraryDocument(
	ctx: Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>,
	actor: Actor,
	allianceId: string,
	input: { title: string; folderId: string },
	file: File | null
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator', 'editor']);
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'folder', field: 'folderId', ids: input.folderId }
	]);
	const stored = await storeDocument(ctx, allianceId, actor.userId, file, {
		title: input.title,
		listed: false
	});
	if (!stored.ok) throw new AppError('INVALID', stored.error, 'file');
	await repo.insertDocument(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		folder_id: input.folderId,
		file_id: stored.file.id,
		title: input.title,
		created_by: actor.userId,
		created_at: new Date().toISOString()
	});
}

export async function removeLibraryDocument(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string
) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator', 'editor']);
	if (!(await repo.deleteDocument(ctx.db, allianceId, id)))
		throw new AppError('NOT_FOUND', 'error.notFound');
}

/** Where a library document's bytes are – for members of the alliance only. */
export async function libraryDownload(
	ctx: Pick<ServiceContext, 'db' | 'uploadDir'>,
	actor: Actor,
	allianceId: string,
	id: string
) {
	await assertAllianceRole(ctx.db, actor, allianceId, MEMBERS);
	const doc = await repo.findDocument(ctx.db, allianceId, id);
	if (!doc) throw new AppError('NOT_FOUND', 'error.notFound');
	const found = await locateFile(ctx, allianceId, doc.file_id);
	if (!found) throw new AppError('NOT_FOUND', 'error.notFound');
	return { ...found, title: doc.title };
}

// ---------- member directory ----------

export async function ownProfile(ctx: ReadCtx, actor: Actor, allianceId: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, MEMBERS);
	const row = await repo.findProfile(ctx.db, allianceId, actor.userId);
	return {
		listed: row?.listed === 1,
		showEmail: row?.show_email === 1,
		showPhone: row?.show_phone === 1,
		phone: row?.phone ?? '',
		about: row?.about ?? '',
		digest: row?.digest === 1
	};
}

export async function saveOwnProfile(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	input: ProfileInput
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, MEMBERS);
	await repo.upsertProfile(ctx.db, {
		alliance_id: allianceId,
		user_id: actor.userId,
		listed: input.listed ? 1 : 0,
		show_email: input.showEmail ? 1 : 0,
		show_phone: input.showPhone ? 1 : 0,
		phone: input.phone,
		about: input.about,
		digest: input.digest ? 1 : 0
	});
}

export interface DirectoryEntry {
	userId: string;
	name: string;
	/** Only when the person allowed it */
	email: string | null;
	phone: string | null;
	about: string;
	partners: { name: string; slug: string }[];
}

/** The member directory: only people who opted in, only the fields they switched on. */
export async function memberDirectory(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string
): Promise<DirectoryEntry[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, MEMBERS);
	const rows = await repo.findListedMembers(ctx.db, allianceId);
	const partners = await repo.findPartnerNamesOfUsers(
		ctx.db,
		allianceId,
		rows.map((r) => r.user_id)
	);
	return rows.map((r) => ({
		userId: r.user_id,
		name: r.name,
		email: r.show_email === 1 ? r.email : null,
		phone: r.show_phone === 1 && r.phone ? r.phone : null,
		about: r.about,
		partners: partners
			.filter((p) => p.user_id === r.user_id)
			.map((p) => ({ name: p.name, slug: p.slug }))
	}));
}

/**
 * Whether a stored file belongs to the internal library. The public file route (/dateien/<id>)
 * should refuse such files to people who are not members (see decision 012). The PDF of a
 * plenum's internal minutes is members-only too.
 */
export async function isMembersOnlyFile(
	ctx: ReadCtx,
	allianceId: string,
	fileId: string
): Promise<boolean> {
	return (
		(await repo.isLibraryFile(ctx.db, allianceId, fileId)) ||
		(await isInternalMinutesFile(ctx, allianceId, fileId))
	);
}
