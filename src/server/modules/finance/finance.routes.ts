import { z } from 'zod';
import {
  CURRENCY_EXPONENTS,
  CurrencyDto,
  IdempotencyHeaders,
  RateDto,
  RatesQuery,
  RecordRateBody,
} from '../../../contracts/finance';
import type { App, Kernel } from '../../core/module';
import { idempotencyOf, sendWritten } from '../../core/http/idempotency';
import { listRates, recordRate } from './rates.service';

export async function financeRoutes(app: App, kernel: Kernel) {
  const tags = ['finance'];

  app.get(
    '/finance/currencies',
    {
      schema: {
        tags,
        summary: 'ISO 4217 currencies accepted, with their minor-unit exponents',
        response: { 200: z.object({ items: z.array(CurrencyDto) }) },
      },
    },
    async () => ({
      items: Object.entries(CURRENCY_EXPONENTS).map(([code, exponent]) => ({ code, exponent })),
    }),
  );

  app.get(
    '/finance/rates',
    {
      schema: {
        tags,
        summary: 'Recorded exchange rates, newest first',
        querystring: RatesQuery,
        response: { 200: z.object({ items: z.array(RateDto) }) },
      },
    },
    async (req) => ({ items: await listRates(kernel.db, req.query) }),
  );

  app.post(
    '/finance/rates',
    {
      schema: {
        tags,
        summary: 'Record a dated exchange rate for reports, 1 base = rate quote (Secretariat)',
        headers: IdempotencyHeaders,
        body: RecordRateBody,
        response: { 201: RateDto },
      },
      preHandler: kernel.perms.require('finance.rate.record'),
    },
    async (req, reply) =>
      sendWritten(reply, await recordRate(kernel, req.actor!, req.body, idempotencyOf(req))),
  );
}
