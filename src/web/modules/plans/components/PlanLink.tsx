import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useLocalized } from '../../../ui/useLocalized';
import type { PlanSummary } from '../api/plansApi';

/** A plan's title linked to its page, with what is said of it between, and marked Demo where it is one. */
export function PlanLink({ plan, children }: { plan: PlanSummary; children?: ReactNode }) {
  const localized = useLocalized();
  return (
    <>
      <Link to="/plans/$id" params={{ id: plan.id }}>
        {localized(plan.title)}
      </Link>
      {children}
      {plan.demo && (
        <>
          {' '}
          <DemoBadge />
        </>
      )}
    </>
  );
}
