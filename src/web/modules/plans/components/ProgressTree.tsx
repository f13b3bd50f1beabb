import type { PlanNode } from './planTree';
import { PlanItemNode } from './PlanItemNode';

interface ProgressTreeProps {
  planId: string;
  tree: readonly PlanNode[];
  reporterStates: readonly string[];
  overdue: ReadonlySet<string>;
}

/** The plan as a nested list, each item with its progress rolled up from the reports below it. */
export function ProgressTree({ planId, tree, reporterStates, overdue }: ProgressTreeProps) {
  return (
    <ol className="plan-tree" data-testid="plan-tree">
      {tree.map((node) => (
        <PlanItemNode
          key={node.item.id}
          planId={planId}
          node={node}
          reporterStates={reporterStates}
          overdue={overdue}
        />
      ))}
    </ol>
  );
}
