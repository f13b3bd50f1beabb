import type { ThreadPostDto, ThreadPostVersionDto } from '../../../contracts/threads';
import { AuthErrors, isSecretariat, type Actor } from '../auth/actor';
import { isUniqueViolation, type Trx } from '../db/database';
import type { AppError } from '../errors';
import { newId } from '../ids';
import type { Kernel } from '../module';
import * as repo from './threads.repository';
import { ThreadErrors } from './threads.errors';

export type ThreadDeps = Pick<Kernel, 'db' | 'audit' | 'now'>;

export interface PostInput {
  body: string;
  /** The state the author speaks for; omitted for the Secretariat. */
  state?: string;
  kind?: string;
  parentId?: string;
}

/**
 * What a module says about its threads. The thread service never decides who sees a record: every read
 * and write first asks `load` (which throws the module's own 404) and `mayRead`, so a restricted record
 * stays restricted on every path, and a post is written only for the state `speakingFor` returns.
 */
export interface ThreadPolicy<R, D extends ThreadDeps, P extends ThreadPostDto> {
  /** The owning module, stored with every post and the prefix of its audit actions. */
  owner: string;
  /** The audit's target type: the record the thread hangs on (`decision`). */
  targetType: string;
  /** What the module calls a post, in its audit actions: `comment` gives `decisions.comment_added`. */
  entity: string;
  /** The kinds of post the thread takes; the first is the default. */
  kinds: readonly [string, ...string[]];
  /** The record as the actor may see it; throws the module's 404 when the actor may not. */
  load(deps: D, actor: Actor | null, recordId: string): Promise<R>;
  /** Whether the actor may read the discussion of a record it can see. */
  mayRead(deps: D, actor: Actor | null, record: R): boolean | Promise<boolean>;
  /**
   * Whom the actor speaks for, writing as `state` (undefined: without a state), or throws the module's
   * 403. Returns a state code or `secretariat`. Asked again on every edit, so a lapsed mandate cannot edit.
   */
  speakingFor(deps: D, actor: Actor, record: R, state: string | undefined): string | Promise<string>;
  /** The module's rules about kinds and replies (an answer replies to a question). */
  checkPost?(
    deps: D,
    post: { actor: Actor; record: R; kind: string; parent: repo.ThreadPost | undefined; speaksFor: string },
  ): void | Promise<void>;
  /** The module's own code for a missing parent, where its API already had one. */
  parentNotFound?: () => AppError;
  /** Adds the module's fields, seeing the whole thread (whether a question has an answer). */
  present?: (posts: ThreadPostDto[]) => P[];
}

/** Runs the write; a module wraps it to add its own guard, such as an idempotency key. */
export type RunWrite<P, W> = (work: (trx: Trx) => Promise<P>) => Promise<W>;

function presentPost(p: repo.ThreadPost, actor: Actor | null): ThreadPostDto {
  return {
    id: p.id,
    parentId: p.parentId,
    kind: p.kind,
    state: p.state,
    authorEmail: p.authorEmail,
    // The Secretariat keeps seeing what it hid, for the record; everyone else sees that it was hidden.
    body: p.hidden && !isSecretariat(actor) ? '' : p.body,
    createdAt: p.createdAt,
    version: p.version,
    editedAt: p.editedAt,
    hidden: p.hidden && { at: p.hidden.at, reason: p.hidden.reason },
  };
}

export type Thread<R, D extends ThreadDeps, P extends ThreadPostDto> = ReturnType<
  typeof defineThread<R, D, P>
>;

export function defineThread<R, D extends ThreadDeps, P extends ThreadPostDto = ThreadPostDto>(
  policy: ThreadPolicy<R, D, P>,
) {
  const present = (posts: repo.ThreadPost[], actor: Actor | null): P[] => {
    const dtos = posts.map((p) => presentPost(p, actor));
    return policy.present ? policy.present(dtos) : (dtos as P[]);
  };
  const presentOne = async (trx: Trx, actor: Actor | null, recordId: string, id: string): Promise<P> => {
    const all = present(await repo.listPosts(trx, policy.owner, recordId), actor);
    return all.find((p) => p.id === id)!;
  };
  const action = (verb: string) => `${policy.owner}.${policy.entity}_${verb}`;
  const idKey = `${policy.entity}Id`;

  /** The record, readable by the actor, and the post in its thread; 404 otherwise. */
  const loadPost = async (deps: D, actor: Actor | null, recordId: string, postId: string) => {
    const record = await policy.load(deps, actor, recordId);
    if (!(await policy.mayRead(deps, actor, record))) throw ThreadErrors.postNotFound({ id: postId });
    const post = await repo.findPost(deps.db, policy.owner, recordId, postId);
    if (!post) throw ThreadErrors.postNotFound({ id: postId });
    return { record, post };
  };

  return {
    owner: policy.owner,

    /** The thread, oldest first; empty for whoever sees the record but not its discussion. */
    async list(deps: D, actor: Actor | null, recordId: string): Promise<P[]> {
      const record = await policy.load(deps, actor, recordId);
      if (!(await policy.mayRead(deps, actor, record))) return [];
      return present(await repo.listPosts(deps.db, policy.owner, recordId), actor);
    },

    /**
     * A new post, or a reply to any post of the same thread, for the state the author speaks for.
     * @throws the module's 404 and 403s, threads.kind_not_allowed, threads.parent_not_found
     */
    async post<W = P>(
      deps: D,
      actor: Actor,
      recordId: string,
      input: PostInput,
      run?: RunWrite<P, W>,
    ): Promise<W> {
      const record = await policy.load(deps, actor, recordId);
      // Who may write is `speakingFor`'s to say, and its own codes (not a member state, no mandate).
      const kind = input.kind ?? policy.kinds[0];
      if (!policy.kinds.includes(kind)) throw ThreadErrors.kindNotAllowed({ kind });
      const speaksFor = await policy.speakingFor(deps, actor, record, input.state);
      // Posts are never deleted, so a parent found now is still there at commit.
      const parent = input.parentId
        ? await repo.findPost(deps.db, policy.owner, recordId, input.parentId)
        : undefined;
      if (input.parentId && !parent) throw (policy.parentNotFound ?? ThreadErrors.parentNotFound)();
      await policy.checkPost?.(deps, { actor, record, kind, parent, speaksFor });
      const post: repo.ThreadPost = {
        id: newId(),
        owner: policy.owner,
        ownerId: recordId,
        parentId: parent?.id ?? null,
        kind,
        authorUserId: actor.userId,
        authorEmail: actor.email,
        state: speaksFor === 'secretariat' ? null : speaksFor,
        body: input.body,
        version: 1,
        createdAt: deps.now().toISOString(),
        editedAt: null,
        hidden: null,
      };
      const work = async (trx: Trx) => {
        await repo.insertPost(trx, post);
        await deps.audit.record(trx, actor, {
          action: action('added'),
          targetType: policy.targetType,
          targetId: recordId,
          actingFor: speaksFor,
          data: { [idKey]: post.id, kind, parentId: post.parentId },
        });
        return present([post], actor)[0]!;
      };
      return run ? run(work) : (deps.db.transaction().execute(work) as Promise<unknown> as Promise<W>);
    },

    /**
     * The author replaces the text of a visible post; every earlier text stays in the history.
     * @throws threads.post_not_found, threads.not_author, threads.post_hidden, the module's 403s,
     * threads.edit_conflict
     */
    async edit(deps: D, actor: Actor, recordId: string, postId: string, input: { body: string }) {
      const { record, post } = await loadPost(deps, actor, recordId, postId);
      if (post.authorUserId !== actor.userId) throw ThreadErrors.notAuthor();
      if (post.hidden) throw ThreadErrors.postHidden({ id: postId });
      const speaksFor = await policy.speakingFor(deps, actor, record, post.state ?? undefined);
      if (input.body === post.body) return present([post], actor)[0]!;
      const at = deps.now().toISOString();
      try {
        return await deps.db.transaction().execute(async (trx) => {
          await repo.updateBody(trx, post, input.body, at);
          await deps.audit.record(trx, actor, {
            action: action('edited'),
            targetType: policy.targetType,
            targetId: recordId,
            actingFor: speaksFor,
            data: { [idKey]: postId, version: post.version + 1 },
          });
          return presentOne(trx, actor, recordId, postId);
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw ThreadErrors.editConflict({ id: postId });
        throw err;
      }
    },

    /** Every text the post had, first to last. @throws threads.post_not_found */
    async history(
      deps: D,
      actor: Actor | null,
      recordId: string,
      postId: string,
    ): Promise<ThreadPostVersionDto[]> {
      const { post } = await loadPost(deps, actor, recordId, postId);
      const shows = !post.hidden || isSecretariat(actor);
      return (await repo.listVersions(deps.db, postId)).map((v) => ({
        version: v.version,
        body: shows ? v.body : '',
        authorEmail: v.authorEmail,
        state: v.state,
        writtenAt: v.writtenAt,
      }));
    },

    /**
     * The Secretariat hides a post, with a reason everybody sees; the text is kept.
     * @throws threads.post_not_found, auth.forbidden, threads.post_hidden
     */
    async hide(deps: D, actor: Actor, recordId: string, postId: string, input: { reason: string }) {
      const { post } = await loadPost(deps, actor, recordId, postId);
      if (!isSecretariat(actor)) throw AuthErrors.forbidden({ reason: 'moderation' });
      if (post.hidden) throw ThreadErrors.postHidden({ id: postId });
      return deps.db.transaction().execute(async (trx) => {
        await repo.setHidden(trx, postId, {
          at: deps.now().toISOString(),
          by: actor.userId,
          reason: input.reason,
        });
        await deps.audit.record(trx, actor, {
          action: action('hidden'),
          targetType: policy.targetType,
          targetId: recordId,
          actingFor: 'secretariat',
          data: { [idKey]: postId, reason: input.reason },
        });
        return presentOne(trx, actor, recordId, postId);
      });
    },

    /** The Secretariat shows a hidden post again. @throws threads.post_not_found, auth.forbidden, threads.post_not_hidden */
    async restore(deps: D, actor: Actor, recordId: string, postId: string) {
      const { post } = await loadPost(deps, actor, recordId, postId);
      if (!isSecretariat(actor)) throw AuthErrors.forbidden({ reason: 'moderation' });
      if (!post.hidden) throw ThreadErrors.postNotHidden({ id: postId });
      return deps.db.transaction().execute(async (trx) => {
        await repo.setHidden(trx, postId, null);
        await deps.audit.record(trx, actor, {
          action: action('restored'),
          targetType: policy.targetType,
          targetId: recordId,
          actingFor: 'secretariat',
          data: { [idKey]: postId, hiddenReason: post.hidden!.reason },
        });
        return presentOne(trx, actor, recordId, postId);
      });
    },
  };
}
