import { z } from 'zod';

/** One post of a discussion thread, whichever module owns the thread. */
export const ThreadPostDto = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.string().describe('what the owning module calls the post: comment, question, answer'),
  state: z.string().nullable().describe('the state the author spoke for; null for the Secretariat'),
  authorEmail: z.string(),
  body: z.string().describe('empty for a hidden post, except for the Secretariat'),
  createdAt: z.string(),
  version: z.number().int().describe('1 until the author edits the post'),
  editedAt: z.string().nullable(),
  hidden: z
    .object({ at: z.string(), reason: z.string() })
    .nullable()
    .describe('set while the Secretariat hides the post; the text is kept'),
});
export type ThreadPostDto = z.infer<typeof ThreadPostDto>;

export const ThreadPostVersionDto = z.object({
  version: z.number().int(),
  body: z.string().describe('empty for a hidden post, except for the Secretariat'),
  authorEmail: z.string(),
  state: z.string().nullable(),
  writtenAt: z.string(),
});
export type ThreadPostVersionDto = z.infer<typeof ThreadPostVersionDto>;

export const EditPostBody = z
  .strictObject({ body: z.string().trim().min(1).max(20_000) })
  .meta({ id: 'EditThreadPost' });

export const HidePostBody = z
  .strictObject({ reason: z.string().trim().min(1).max(1000) })
  .meta({ id: 'HideThreadPost' });
