import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BookTransactionBody,
  CurrencyDto,
  FinanceSummaryDto,
  LedgerEntryDto,
  RateDto,
  RecordRateBody,
  ReverseTransactionBody,
} from '../../../../contracts/finance';
import type {
  ChecklistBody,
  CreateProjectBody,
  GateDto,
  IndicatorBody,
  IndicatorDto,
  IndicatorUpdateBody,
  MilestoneBody,
  MilestoneDto,
  MilestoneUpdateBody,
  OrganisationBody,
  OrganisationDto,
  ProjectCommentDto,
  ProjectDto,
  ProjectSummaryDto,
  Sector,
  Stage,
  StageBody,
} from '../../../../contracts/projects';
import { apiFetch } from '../../../app/apiFetch';

/** What a proposer sends; fields with a default may be left out. */
export type NewProject = z.input<typeof CreateProjectBody>;
export type Gate = z.infer<typeof GateDto>;
export type ChecklistItem = Gate['items'][number];
export type ProjectComment = z.infer<typeof ProjectCommentDto>;
export type CommentKind = ProjectComment['kind'];
export type Milestone = z.infer<typeof MilestoneDto>;
export type Indicator = z.infer<typeof IndicatorDto>;
export type Currency = z.infer<typeof CurrencyDto>;
export type StageChange = z.infer<typeof StageBody>;
export type ChecklistRecord = z.infer<typeof ChecklistBody>;
export type MilestoneStatus = Milestone['status'];
export type NewMilestone = z.input<typeof MilestoneBody>;
export type MilestoneUpdate = z.infer<typeof MilestoneUpdateBody>;
export type NewIndicator = z.infer<typeof IndicatorBody>;
export type IndicatorUpdate = z.infer<typeof IndicatorUpdateBody>;
export type NewOrganisation = z.infer<typeof OrganisationBody>;
export type OrganisationKind = OrganisationDto['kind'];
export type Reversal = z.infer<typeof ReverseTransactionBody>;
export type {
  BookTransactionBody,
  FinanceSummaryDto,
  LedgerEntryDto,
  OrganisationDto,
  ProjectDto,
  RateDto,
  RecordRateBody,
};

export interface ProjectFilters {
  stage?: Stage;
  sector?: Sector;
  /** Projects in which this state is involved. */
  country?: string;
}

export interface ProjectsPage {
  items: ProjectSummaryDto[];
  next: string | null;
}

export interface NewComment {
  body: string;
  kind: CommentKind;
  state?: string;
  parentId?: string;
}

/** A write that may be sent again: the same key makes the server apply it only once. */
export interface Keyed<T> {
  body: T;
  idempotencyKey: string;
}

/** The whole pipeline fits a page for a long while; more pages follow on demand. */
export const PROJECTS_PAGE_SIZE = 200;
export const LEDGER_PAGE_SIZE = 1000;

export const projectsKeys = {
  all: ['projects'] as const,
  lists: () => [...projectsKeys.all, 'list'] as const,
  list: (filters: ProjectFilters) => [...projectsKeys.lists(), filters] as const,
  detail: (id: string) => [...projectsKeys.all, 'detail', id] as const,
  gates: () => [...projectsKeys.all, 'stage-gates'] as const,
  comments: (id: string) => [...projectsKeys.all, 'comments', id] as const,
  /** Every project's finance summary: a new exchange rate may change any of them. */
  finances: () => [...projectsKeys.all, 'finance'] as const,
  finance: (id: string, reportCurrency: string | undefined) =>
    [...projectsKeys.finances(), id, reportCurrency ?? null] as const,
  financeOf: (id: string) => [...projectsKeys.finances(), id] as const,
  ledger: (id: string) => [...projectsKeys.all, 'ledger', id] as const,
  milestones: (id: string) => [...projectsKeys.all, 'milestones', id] as const,
  indicators: (id: string) => [...projectsKeys.all, 'indicators', id] as const,
  organisations: () => [...projectsKeys.all, 'organisations'] as const,
  currencies: () => ['finance', 'currencies'] as const,
  worldAtlas: () => [...projectsKeys.all, 'world-atlas'] as const,
};

const path = (id: string, sub = '') => `/api/v1/projects/${encodeURIComponent(id)}${sub}`;
/** The discussion's API path, for the ui kit's thread tools. */
export const commentsPath = (id: string) => path(id, '/comments');

/** The addresses of a project's open-data exports; the public feed lists the public pipeline. */
export const exportPaths = {
  iati: (id: string) => path(id, '/iati.xml'),
  oc4ids: (id: string) => path(id, '/oc4ids.json'),
  feed: '/api/v1/projects/feed.json',
};

export function fetchProjects(filters: ProjectFilters, before: string | null): Promise<ProjectsPage> {
  const query = new URLSearchParams({ limit: String(PROJECTS_PAGE_SIZE) });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, String(value));
  if (before) query.set('before', before);
  return apiFetch<ProjectsPage>(`/api/v1/projects?${query.toString()}`);
}

export function fetchProject(id: string): Promise<ProjectDto> {
  return apiFetch<ProjectDto>(path(id));
}

export async function fetchStageGates(): Promise<Gate[]> {
  return (await apiFetch<{ items: Gate[] }>('/api/v1/projects/stage-gates')).items;
}

export function createProject(
  { body, idempotencyKey }: Keyed<NewProject>,
  csrfToken: string | null,
): Promise<ProjectDto> {
  return apiFetch<ProjectDto>('/api/v1/projects', { method: 'POST', body, csrfToken, idempotencyKey });
}

export function moveStage(id: string, body: StageChange, csrfToken: string | null): Promise<ProjectDto> {
  return apiFetch<ProjectDto>(path(id, '/stage'), { method: 'POST', body, csrfToken });
}

export function recordChecklistItem(
  id: string,
  body: ChecklistRecord,
  csrfToken: string | null,
): Promise<ProjectDto> {
  return apiFetch<ProjectDto>(path(id, '/checklist'), { method: 'POST', body, csrfToken });
}

export function expressInterest(id: string, state: string, csrfToken: string | null): Promise<ProjectDto> {
  return apiFetch<ProjectDto>(path(id, '/interest'), { method: 'POST', body: { state }, csrfToken });
}

export function withdrawInterest(id: string, state: string, csrfToken: string | null): Promise<ProjectDto> {
  return apiFetch<ProjectDto>(path(id, '/interest/withdraw'), { method: 'POST', body: { state }, csrfToken });
}

export function openApproval(id: string, csrfToken: string | null): Promise<ProjectDto> {
  return apiFetch<ProjectDto>(path(id, '/approval'), { method: 'POST', body: {}, csrfToken });
}

export async function fetchComments(id: string): Promise<ProjectComment[]> {
  return (await apiFetch<{ items: ProjectComment[] }>(path(id, '/comments'))).items;
}

export function addComment(id: string, body: NewComment, csrfToken: string | null): Promise<ProjectComment> {
  return apiFetch<ProjectComment>(path(id, '/comments'), { method: 'POST', body, csrfToken });
}

export function fetchFinance(id: string, reportCurrency: string | undefined): Promise<FinanceSummaryDto> {
  const query = reportCurrency ? `?reportCurrency=${encodeURIComponent(reportCurrency)}` : '';
  return apiFetch<FinanceSummaryDto>(path(id, `/finance${query}`));
}

/** The ledger, oldest first, every page of it: a project's entries number in the hundreds at most. */
export async function fetchLedger(id: string): Promise<LedgerEntryDto[]> {
  const entries: LedgerEntryDto[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(LEDGER_PAGE_SIZE) });
    if (after) query.set('after', after);
    const page: { items: LedgerEntryDto[]; next: string | null } = await apiFetch(
      path(id, `/transactions?${query.toString()}`),
    );
    entries.push(...page.items);
    after = page.next;
  } while (after);
  return entries;
}

export function bookTransaction(
  id: string,
  { body, idempotencyKey }: Keyed<BookTransactionBody>,
  csrfToken: string | null,
): Promise<LedgerEntryDto> {
  return apiFetch<LedgerEntryDto>(path(id, '/transactions'), {
    method: 'POST',
    body,
    csrfToken,
    idempotencyKey,
  });
}

export function reverseTransaction(
  id: string,
  entryId: string,
  { body, idempotencyKey }: Keyed<Reversal>,
  csrfToken: string | null,
): Promise<LedgerEntryDto> {
  return apiFetch<LedgerEntryDto>(path(id, `/transactions/${encodeURIComponent(entryId)}/reverse`), {
    method: 'POST',
    body,
    csrfToken,
    idempotencyKey,
  });
}

export async function fetchMilestones(id: string): Promise<Milestone[]> {
  return (await apiFetch<{ items: Milestone[] }>(path(id, '/milestones'))).items;
}

export function addMilestone(
  id: string,
  { body, idempotencyKey }: Keyed<NewMilestone>,
  csrfToken: string | null,
): Promise<Milestone> {
  return apiFetch<Milestone>(path(id, '/milestones'), { method: 'POST', body, csrfToken, idempotencyKey });
}

/** A PUT: sending it twice leaves the milestone as once, so it needs no Idempotency-Key. */
export function updateMilestone(
  id: string,
  milestoneId: string,
  body: MilestoneUpdate,
  csrfToken: string | null,
): Promise<Milestone> {
  return apiFetch<Milestone>(path(id, `/milestones/${encodeURIComponent(milestoneId)}`), {
    method: 'PUT',
    body,
    csrfToken,
  });
}

export async function fetchIndicators(id: string): Promise<Indicator[]> {
  return (await apiFetch<{ items: Indicator[] }>(path(id, '/indicators'))).items;
}

export function addIndicator(
  id: string,
  { body, idempotencyKey }: Keyed<NewIndicator>,
  csrfToken: string | null,
): Promise<Indicator> {
  return apiFetch<Indicator>(path(id, '/indicators'), { method: 'POST', body, csrfToken, idempotencyKey });
}

/** A PUT, like a milestone's update. */
export function updateIndicator(
  id: string,
  indicatorId: string,
  body: IndicatorUpdate,
  csrfToken: string | null,
): Promise<Indicator> {
  return apiFetch<Indicator>(path(id, `/indicators/${encodeURIComponent(indicatorId)}`), {
    method: 'PUT',
    body,
    csrfToken,
  });
}

export async function fetchOrganisations(): Promise<OrganisationDto[]> {
  return (await apiFetch<{ items: OrganisationDto[] }>('/api/v1/organisations')).items;
}

export function registerOrganisation(
  { body, idempotencyKey }: Keyed<NewOrganisation>,
  csrfToken: string | null,
): Promise<OrganisationDto> {
  return apiFetch<OrganisationDto>('/api/v1/organisations', {
    method: 'POST',
    body,
    csrfToken,
    idempotencyKey,
  });
}

export function recordRate(
  { body, idempotencyKey }: Keyed<RecordRateBody>,
  csrfToken: string | null,
): Promise<RateDto> {
  return apiFetch<RateDto>('/api/v1/finance/rates', { method: 'POST', body, csrfToken, idempotencyKey });
}

export async function fetchCurrencies(): Promise<Currency[]> {
  return (await apiFetch<{ items: Currency[] }>('/api/v1/finance/currencies')).items;
}

/**
 * After a write that answered with the project: show it at once, and refetch what it may have
 * changed elsewhere (the pipeline, an approval decision, the inbox).
 */
export function storeProject(queryClient: QueryClient, project: ProjectDto) {
  queryClient.setQueryData(projectsKeys.detail(project.id), project);
  void queryClient.invalidateQueries({ queryKey: projectsKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: ['decisions'] });
  void queryClient.invalidateQueries({ queryKey: ['notifications'] });
}
