import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import { CHECKING_WORDS, SAVINGS_WORDS } from '../ui/words';
import { formatAmount } from '../ui/format';
import { Section } from '../ui/Section';
import { useDebounced } from '../ui/use-debounced';
import { invalidFields, RANGES, scenarioOf, UNCHANGED, WhatIfForm } from './what-if-scenario';
import { ProjectedScore } from './ProjectedScore';
import { ChoiceField, NumberField } from './WhatIfFields';

export const WhatIfStartingPointFragment = graphql(`
  fragment WhatIfStartingPoint on User {
    creditFile {
      checkingStatus
      savingsStatus
    }
    creditAccounts(first: 20) {
      edges {
        node {
          id
          isCurrentLoan
          amount
          durationMonths
        }
      }
    }
  }
`);

export const WhatIfQuery = graphql(`
  query WhatIf($scenario: ScoreScenario!) {
    me {
      id
      scoreSimulation(scenario: $scenario) {
        ...ProjectedScore
      }
    }
  }
`);

/** What if: change savings, the checking account or the loan and see the projected score. Nothing is stored. */
export function WhatIfPanel({ user }: { user: FragmentType<typeof WhatIfStartingPointFragment> }) {
  const { creditFile, creditAccounts } = getFragmentData(WhatIfStartingPointFragment, user);
  const loan = creditAccounts?.edges.find((edge) => edge.node.isCurrentLoan)?.node;
  const [form, setForm] = useState<WhatIfForm>(UNCHANGED);
  const wanted = useMemo(() => scenarioOf(form), [form]);
  const scenario = useDebounced(wanted, 300);
  const invalid = invalidFields(form);
  const { data, previousData, error, loading } = useQuery(WhatIfQuery, {
    variables: { scenario: scenario ?? {} },
    skip: scenario === null,
  });
  const set = (name: keyof WhatIfForm) => (value: string) => setForm({ ...form, [name]: value });

  return (
    <Section id="what-if" title="What if…?">
      <p>Change something and see what your score would be. Nothing is saved or shared.</p>
      <form className="what-if-form" onSubmit={(event) => event.preventDefault()}>
        <ChoiceField
          label="Savings"
          words={SAVINGS_WORDS}
          current={creditFile?.savingsStatus}
          value={form.savingsStatus}
          onChange={set('savingsStatus')}
        />
        <ChoiceField
          label="Checking account"
          words={CHECKING_WORDS}
          current={creditFile?.checkingStatus}
          value={form.checkingStatus}
          onChange={set('checkingStatus')}
        />
        <NumberField
          label="Loan amount (DM)"
          value={form.creditAmount}
          invalid={invalid.includes('creditAmount')}
          rule={`A whole number from 1 to ${formatAmount(RANGES.creditAmount[1])}.`}
          now={loan?.amount ? `Now ${formatAmount(loan.amount)}.` : null}
          onChange={set('creditAmount')}
        />
        <NumberField
          label="Loan length (months)"
          value={form.durationMonths}
          invalid={invalid.includes('durationMonths')}
          rule={`A whole number of months from 1 to ${RANGES.durationMonths[1]}.`}
          now={loan?.durationMonths ? `Now ${loan.durationMonths} months.` : null}
          onChange={set('durationMonths')}
        />
        <button type="reset" onClick={() => setForm(UNCHANGED)}>
          Start again
        </button>
      </form>
      <ProjectedScore
        simulation={scenario && (data ?? previousData)?.me?.scoreSimulation}
        pending={loading || wanted !== scenario}
        failure={error?.message ?? null}
      />
    </Section>
  );
}
