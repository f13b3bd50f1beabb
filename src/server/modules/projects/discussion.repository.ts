import { tables, type DbOrTrx } from '../../core/db/database';

export interface DiscussionTables {
  projects_comment: {
    id: string;
    project_id: string;
    parent_id: string | null;
    kind: string;
    author_user_id: string;
    author_email: string;
    state_code: string | null;
    body: string;
    created_at: string;
  };
}

export type CommentRow = DiscussionTables['projects_comment'];
const db = (d: DbOrTrx) => tables<DiscussionTables>(d);

export async function insertComment(d: DbOrTrx, row: CommentRow) {
  await db(d).insertInto('projects_comment').values(row).execute();
}

export async function findComment(d: DbOrTrx, id: string): Promise<CommentRow | undefined> {
  return db(d).selectFrom('projects_comment').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listComments(d: DbOrTrx, projectId: string): Promise<CommentRow[]> {
  return db(d)
    .selectFrom('projects_comment')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute();
}
