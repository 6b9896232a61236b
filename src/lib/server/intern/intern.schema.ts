import { z } from 'zod';

const flag = z
	.string()
	.optional()
	.transform((v) => v === 'on');

export const announcementSchema = z.object({
	title: z.string().trim().min(3).max(200),
	body: z.string().trim().max(10000).default(''),
	pinned: flag
});
export type AnnouncementInput = z.infer<typeof announcementSchema>;

export const folderSchema = z.object({
	name: z.string().trim().min(2).max(120),
	parentId: z.string().trim().max(100).default('')
});

export const documentSchema = z.object({
	title: z.string().trim().min(2).max(200),
	folderId: z.string().trim().min(1).max(100)
});

/** What a person shows in the member directory: everything is off until they switch it on. */
export const profileSchema = z.object({
	listed: flag,
	showEmail: flag,
	showPhone: flag,
	phone: z.string().trim().max(50).default(''),
	about: z.string().trim().max(1000).default(''),
	digest: flag
});
export type ProfileInput = z.infer<typeof profileSchema>;
