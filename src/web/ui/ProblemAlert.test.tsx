import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../app/apiFetch';
import { i18n } from '../i18n';
import { ProblemAlert } from './ProblemAlert';
import { ParamNamesProvider } from './problemText';

const tooMany = new ProblemError({
  type: '/problems/auth.too_many_attempts',
  title: 'Too many failed sign-in attempts; try again later',
  status: 429,
  code: 'auth.too_many_attempts',
  params: { retryAfterSeconds: 60 },
  requestId: 'req-1',
});

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('ProblemAlert', () => {
  it('explains the problem in the UI language with its params', async () => {
    await i18n.changeLanguage('ru');
    render(<ProblemAlert error={tooMany} />);
    expect(screen.getByRole('alert').textContent).toContain('Повторите через 60 с.');
  });

  it('names the invalid fields by their labels', () => {
    const invalid = new ProblemError({
      type: '/problems/http.validation_failed',
      title: 'The request is not valid',
      status: 400,
      code: 'http.validation_failed',
      params: {},
      requestId: 'req-2',
      errors: [{ pointer: '/body/website', message: 'Invalid URL' }],
    });
    render(<ProblemAlert error={invalid} fieldLabels={{ '/website': 'Website' }} />);
    expect(screen.getByRole('alert').textContent).toContain('Check this field: Website');
  });

  it('gives the reference for support only for a fault of the platform', () => {
    const { unmount } = render(<ProblemAlert error={tooMany} />);
    expect(screen.getByRole('alert').textContent).not.toContain('req-1');
    unmount();
    const fault = new ProblemError({ ...tooMany.problem, status: 500, code: 'http.internal' });
    render(<ProblemAlert error={fault} />);
    expect(screen.getByRole('alert').textContent).toContain('Reference for support: req-1');
  });

  it('names a state by its name in the UI language, as the app supplies it', async () => {
    await i18n.changeLanguage('ru');
    const notParty = new ProblemError({
      ...tooMany.problem,
      status: 409,
      code: 'documents.not_party',
      params: { state: 'KZ', kind: 'notification' },
    });
    const useNames = () => (params: Record<string, unknown>) =>
      params.state === 'KZ' ? { ...params, state: 'Казахстан' } : params;
    render(
      <ParamNamesProvider value={useNames}>
        <ProblemAlert error={notParty} />
      </ParamNamesProvider>,
    );
    const text = screen.getByRole('alert').textContent;
    expect(text).toContain('Казахстан');
    expect(text).not.toContain('KZ');
  });

  it('explains a failure to reach the server', () => {
    render(<ProblemAlert error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toContain('could not be reached');
  });

  it('shows nothing without an error', () => {
    const { container } = render(<ProblemAlert error={null} />);
    expect(container.innerHTML).toBe('');
  });
});
