/**
 * The review panel for every module (issues 11, 12, 13): reviewers proposed for a module's subject,
 * conflicts of interest declared by the reviewer and computed by the module's rules, failing closed,
 * and one review per active assignment in the module's form (ADR 0100).
 */
export {
  declareRelation,
  definePanel,
  relationsOf,
  type By,
  type PanelDefinition,
  type ReviewDeps,
  type ReviewPanel,
  type Reviewer,
} from './review.service';
export { ReviewErrors } from './review.errors';
export type {
  Assignment,
  AssignmentStatus,
  ConflictInput,
  Relation,
  StoredReview,
} from './review.repository';
