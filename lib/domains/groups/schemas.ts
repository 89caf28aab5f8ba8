import { z } from 'zod';

/**
 * Group input, shared by the HR forms and the public API. Forms send "" for an empty select,
 * the API sends null or leaves the field out; both mean "at the top of the organisation".
 */

export const GROUP_NAME_MAX = 120;

export const groupNameSchema = z.string('validation.required').trim().min(1, 'validation.required').max(GROUP_NAME_MAX, 'validation.tooLong');

const idSchema = z.uuid('validation.invalid');

/** A parent id from a form: "" (the top) becomes null. */
const formParentIdSchema = z.preprocess((value) => (value === '' || value === undefined ? null : value), idSchema.nullable());

export const createGroupFormSchema = z.object({ name: groupNameSchema, parentId: formParentIdSchema });
export type CreateGroupInput = { name: string; parentId: string | null };

export const renameGroupSchema = z.object({ groupId: idSchema, name: groupNameSchema });
export type RenameGroupInput = z.infer<typeof renameGroupSchema>;

export const moveGroupSchema = z.object({ groupId: idSchema, parentId: formParentIdSchema });
export type MoveGroupInput = z.infer<typeof moveGroupSchema>;

export const archiveGroupSchema = z.object({ groupId: idSchema });
export type ArchiveGroupInput = z.infer<typeof archiveGroupSchema>;

export const restoreGroupSchema = archiveGroupSchema;
export type RestoreGroupInput = ArchiveGroupInput;

// ─── Public API v1 ────────────────────────────────────────────────────────────────────

export const groupIdSchema = idSchema;

export const createGroupBodySchema = z.object({
  name: groupNameSchema.meta({ description: 'Unique among its siblings (case-insensitive)', example: 'Plejecentre' }),
  parentId: idSchema.nullable().optional().meta({ description: 'The parent group; leave out or null for a group at the top' }),
});

export const updateGroupBodySchema = z
  .object({
    name: groupNameSchema.optional().meta({ description: 'A new name, unique among its siblings' }),
    parentId: idSchema.nullable().optional().meta({ description: 'Move the group (with everything below it) under this group; null moves it to the top' }),
  })
  .refine((patch) => patch.name !== undefined || patch.parentId !== undefined, { message: 'validation.nothingToChange' });
export type GroupPatch = { name?: string | undefined; parentId?: string | null | undefined };

export const groupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  archivedAt: z.iso.datetime().nullable().meta({ description: 'When the group was archived; null while it is active' }),
  updatedAt: z.iso.datetime(),
});
