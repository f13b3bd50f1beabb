import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { CurrencyBars } from './CurrencyBars';

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

const totals = {
  currency: 'USD',
  pledge: '0.00',
  commitment: '0.30',
  disbursement: '0.10',
  expenditure: '9007199254740993.01',
};

describe('CurrencyBars', () => {
  it('writes each total exactly as the server sent it', () => {
    render(<CurrencyBars totals={totals} />);
    expect(screen.getByTestId('total-USD-commitment').textContent).toBe('US$0.30');
    expect(screen.getByTestId('total-USD-disbursement').textContent).toBe('US$0.10');
    expect(screen.getByTestId('total-USD-expenditure').textContent).toBe('US$9,007,199,254,740,993.01');
  });

  it('scales the bars to the largest total and names the chart with every value', () => {
    const { container } = render(<CurrencyBars totals={{ ...totals, expenditure: '0.20' }} />);
    const width = (kind: string) =>
      container.querySelector(`[data-kind="${kind}"] .finance-bar__fill`)?.getAttribute('width');
    expect(width('commitment')).toBe('100%');
    expect(width('expenditure')).toBe('66.67%');
    expect(width('disbursement')).toBe('33.33%');
    expect(width('pledge')).toBe('0%');
    const chart = screen.getByRole('img', { name: 'US Dollar (USD)' });
    expect(chart.querySelector('desc')?.textContent).toBe(
      'Pledged: US$0.00; Committed: US$0.30; Disbursed: US$0.10; Spent: US$0.20',
    );
  });

  it('speaks Russian', async () => {
    await i18n.changeLanguage('ru');
    render(<CurrencyBars totals={totals} />);
    expect(screen.getByTestId('total-USD-commitment').textContent).toBe('0,30\u00a0USD');
    expect(screen.getByText('Обязательства')).toBeTruthy();
  });
});
