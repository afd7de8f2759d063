import type { Actor } from '../../core/actor';
import { canReadCommune, isAdmin, manageRoots } from '../../core/scope';
import type { PostStatus } from './schema';

type Commune = { id: string; path: string };
type PostRef = { createdBy: string | null; status: PostStatus };

/**
 * Who may do what with portal posts (issue 7):
 * - everyone who reads a commune (its staff, viewers, the level above) reads its posts, drafts included;
 * - the standing committee (or an admin) creates, edits, publishes, archives and unpublishes them;
 * - an organisation or village head of the commune writes drafts of their own and sends them for
 *   approval, but never publishes.
 */
export const canReadPosts = (actor: Actor, commune: Commune) => canReadCommune(actor, commune);

export function isEditorInChief(actor: Actor, commune: Commune): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && m.root === commune.path);
}

function isContributor(actor: Actor, commune: Commune): boolean {
  return actor.grants.some((g) => (g.role === 'org_lead' || g.role === 'village_lead') && g.communeId === commune.id);
}

export function canCreatePost(actor: Actor, commune: Commune): boolean {
  return isEditorInChief(actor, commune) || isContributor(actor, commune);
}

const isAuthor = (actor: Actor, post: PostRef) => post.createdBy !== null && post.createdBy === actor.id;

/** A contributor edits their own draft; the standing committee edits any post that is not archived. */
export function canEditPost(actor: Actor, commune: Commune, post: PostRef): boolean {
  if (isEditorInChief(actor, commune)) return post.status !== 'archived';
  return isContributor(actor, commune) && isAuthor(actor, post) && post.status === 'draft';
}

/** The lifecycle: which status may follow which. Anything else is a 409. */
export const TRANSITIONS: Record<PostStatus, PostStatus[]> = {
  draft: ['pending', 'published'],
  pending: ['published', 'draft'],
  published: ['archived', 'draft'],
  archived: ['draft'],
};

/**
 * Sending for approval and withdrawing one's own request are the author's; every other move is the standing
 * committee's.
 */
export function canMovePost(actor: Actor, commune: Commune, post: PostRef, to: PostStatus): boolean {
  if (isEditorInChief(actor, commune)) return true;
  if (!isContributor(actor, commune) || !isAuthor(actor, post)) return false;
  return (post.status === 'draft' && to === 'pending') || (post.status === 'pending' && to === 'draft');
}

/**
 * The actions the staff app offers on one post: `next` lists the statuses it may move to; `can` names them
 * (approve = publish a post waiting for approval, publish = publish a draft straight away).
 */
export function postActions(actor: Actor, commune: Commune, post: PostRef) {
  const next = TRANSITIONS[post.status].filter((to) => canMovePost(actor, commune, post, to));
  const edit = canEditPost(actor, commune, post);
  const to = (s: PostStatus) => next.includes(s);
  const can = {
    edit,
    submit: to('pending'),
    approve: post.status === 'pending' && to('published'),
    publish: post.status === 'draft' && to('published'),
    archive: to('archived'),
    unpublish: to('draft'),
  };
  return { canEdit: edit, next, can };
}
