import { z } from 'zod';
import {
  BookTransactionBody,
  FinanceQuery,
  FinanceSummaryDto,
  IdempotencyHeaders,
  LedgerEntryDto,
  ReverseTransactionBody,
} from '../../../contracts/finance';
import type { App, Kernel } from '../../core/module';
import { sendCsv } from '../../core/http/csv';
import { idempotencyOf, sendWritten } from '../../core/http/idempotency';
import { Params } from './projects.routes';
import {
  bookTransaction,
  financeSummary,
  listTransactions,
  reverseTransaction,
} from './transactions.service';

const EntryParams = z.strictObject({ id: z.string().max(64), txId: z.string().max(64) });
const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  after: z.string().max(64).optional().describe('cursor: the id of the last entry of the previous page'),
});

export async function transactionRoutes(app: App, kernel: Kernel) {
  const tags = ['projects', 'finance'];
  const can = (p: string) => kernel.perms.require(p);

  app.post(
    '/projects/:id/transactions',
    {
      schema: {
        tags,
        summary:
          'Book a pledge, commitment, disbursement or expenditure (the Secretariat; a state only as its own funder)',
        headers: IdempotencyHeaders,
        params: Params,
        body: BookTransactionBody,
        response: { 201: LedgerEntryDto },
      },
      preHandler: can('projects.transaction.book'),
    },
    async (req, reply) =>
      sendWritten(
        reply,
        await bookTransaction(kernel, req.actor!, req.params.id, req.body, idempotencyOf(req)),
      ),
  );

  app.get(
    '/projects/:id/transactions',
    {
      schema: {
        tags,
        summary: "The project's ledger, oldest first",
        params: Params,
        querystring: PageQuery,
        response: { 200: z.object({ items: z.array(LedgerEntryDto), next: z.string().nullable() }) },
      },
    },
    async (req) => listTransactions(kernel, req.actor, req.params.id, req.query),
  );

  app.get(
    '/projects/:id/transactions.csv',
    {
      schema: {
        tags,
        summary: "The project's whole ledger as CSV, oldest first (reversals are entries of their own)",
        params: Params,
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const entries = [];
      let after: string | undefined;
      do {
        const page = await listTransactions(kernel, req.actor, req.params.id, { limit: 1000, after });
        entries.push(...page.items);
        after = page.next ?? undefined;
      } while (after);
      return sendCsv(
        reply,
        `project-${req.params.id}-ledger.csv`,
        [
          'entry_id',
          'kind',
          'funder',
          'amount',
          'currency',
          'value_date',
          'agreement_number',
          'reverses',
          'reversed_by',
          'reason',
          'booked_at',
        ],
        entries.map((e) => [
          e.id,
          e.kind,
          e.funder,
          e.amount,
          e.currency,
          e.valueDate,
          e.agreementNumber,
          e.reverses,
          e.reversedBy,
          e.reason,
          e.bookedAt,
        ]),
      );
    },
  );

  app.post(
    '/projects/:id/transactions/:txId/reverse',
    {
      schema: {
        tags,
        summary: 'Correct an entry by booking its reverse (entries are never changed)',
        headers: IdempotencyHeaders,
        params: EntryParams,
        body: ReverseTransactionBody,
        response: { 201: LedgerEntryDto },
      },
      preHandler: can('projects.transaction.book'),
    },
    async (req, reply) =>
      sendWritten(
        reply,
        await reverseTransaction(
          kernel,
          req.actor!,
          req.params.id,
          req.params.txId,
          req.body.reason,
          idempotencyOf(req),
        ),
      ),
  );

  app.get(
    '/projects/:id/finance',
    {
      schema: {
        tags,
        summary: 'Totals per kind, currency and funder, and the funding gap in a report currency',
        params: Params,
        querystring: FinanceQuery,
        response: { 200: FinanceSummaryDto },
      },
    },
    async (req) => financeSummary(kernel, req.actor, req.params.id, req.query.reportCurrency),
  );
}
