import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../app/apiFetch';
import { i18n } from '../i18n';
import { LocalizedFields } from './LocalizedFields';
import { MutationForm } from './MutationForm';
import { TextField } from './TextField';
import { useFormDraft } from './useFormDraft';

const invalidEmail = new ProblemError({
  type: '/problems/http.validation_failed',
  title: 'The request is not valid',
  status: 400,
  code: 'http.validation_failed',
  params: { in: 'body' },
  requestId: 'req-1',
  errors: [{ pointer: '/body/email', message: 'Invalid email address' }],
});

/** A promise the test settles, so that the pending state can be looked at without timings. */
function deferred() {
  let settle!: { resolve: () => void; reject: (e: unknown) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

function ContactForm({ send }: { send: (body: { email: string }) => Promise<void> }) {
  const mutation = useMutation({ mutationFn: send });
  const { draft, set, reset } = useFormDraft({ email: '', title: { en: '', ru: '', zh: '' } }, mutation);
  return (
    <MutationForm
      mutation={mutation}
      onSubmit={() => mutation.mutate({ email: draft.email }, { onSuccess: reset })}
      submitLabel="Save"
      success="Saved."
      fieldLabels={{ '/email': 'Email', '/phone': 'Phone' }}
    >
      <TextField
        label="Email"
        name="/email"
        expected="an address such as office@example.org"
        value={draft.email}
        onChange={(email) => set({ email })}
      />
      <LocalizedFields
        legend="Title"
        name="/title"
        labels={{ en: 'Title in English', ru: 'Title in Russian', zh: 'Title in Chinese' }}
        value={draft.title}
        onChange={(title) => set({ title })}
      />
    </MutationForm>
  );
}

function renderForm(send: (body: { email: string }) => Promise<void>) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ContactForm send={send} />
    </QueryClientProvider>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('MutationForm', () => {
  it('shows a validation problem next to its field and moves the focus there', async () => {
    await i18n.changeLanguage('ru');
    renderForm(() => Promise.reject(invalidEmail));
    const email = screen.getByLabelText('Email');
    fireEvent.change(email, { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(email.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(message?.textContent).toBe('Ожидается: an address such as office@example.org.');
    expect(document.activeElement).toBe(email);
    // Shown at the field, so not repeated at the top.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Title in English').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a problem about a field the form lacks at the top, naming the field', async () => {
    const phone = new ProblemError({
      ...invalidEmail.problem,
      errors: [{ pointer: '/body/phone', message: 'Too long' }],
    });
    renderForm(() => Promise.reject(phone));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Check this field: Phone');
    expect(document.activeElement?.contains(alert)).toBe(true);
  });

  it('shows a domain problem that names a field at that field, in its own words', async () => {
    const later = new ProblemError({
      type: '/problems/dates.after_today',
      title: 'The date is later than today',
      status: 400,
      code: 'dates.after_today',
      params: { field: 'email', date: '2030-01-01', today: '2026-01-01' },
      requestId: 'req-3',
      errors: [{ pointer: '/body/email', message: 'The date is later than today' }],
    });
    renderForm(() => Promise.reject(later));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(email.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(message?.textContent).toBe(i18n.t('errors:dates.after_today'));
    expect(document.activeElement).toBe(email);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a general problem at the top', async () => {
    const conflict = new ProblemError({
      type: '/problems/auth.too_many_attempts',
      title: 'Too many',
      status: 429,
      code: 'auth.too_many_attempts',
      params: { retryAfterSeconds: 60 },
      requestId: 'req-2',
    });
    renderForm(() => Promise.reject(conflict));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('60');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBeNull();
  });

  it('disables the button and says "Saving…" while the request runs', async () => {
    const request = deferred();
    renderForm(() => request.promise);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const button = (await screen.findByRole('button', { name: 'Saving…' })) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await act(async () => request.resolve());
    const again = (await screen.findByRole('button', { name: 'Save' })) as HTMLButtonElement;
    expect(again.disabled).toBe(false);
  });

  it('confirms success, resets the draft, and clears the message once the user edits again', async () => {
    const sent: string[] = [];
    renderForm(async (body) => void sent.push(body.email));
    const email = screen.getByLabelText('Email') as HTMLInputElement;
    fireEvent.change(email, { target: { value: 'office@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    // The focus is at the message, not dropped to the top of the page by the disabled button.
    expect(document.activeElement).toBe(screen.getByRole('status'));
    expect(sent).toEqual(['office@example.org']);
    expect(email.value).toBe('');
    fireEvent.change(email, { target: { value: 'a' } });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('clears a field problem once the user edits again', async () => {
    renderForm(() => Promise.reject(invalidEmail));
    const email = screen.getByLabelText('Email');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    fireEvent.change(email, { target: { value: 'office@example.org' } });
    expect(email.getAttribute('aria-invalid')).toBeNull();
  });
});
