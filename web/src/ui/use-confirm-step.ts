import { useLayoutEffect, useRef, useState } from 'react';

/**
 * A second step before something that cannot be undone. The keyboard follows the
 * question: `ask()` moves it to the step's first button (`answer`), `cancel()` back to
 * the button that asked (`trigger`); `done()` closes the step where the caller puts the
 * focus itself (the news of what was done).
 */
export function useConfirmStep() {
  const [confirming, setConfirming] = useState(false);
  const answer = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useLayoutEffect(() => {
    if (confirming) answer.current?.focus();
    else if (returnFocus.current) trigger.current?.focus();
    returnFocus.current = confirming;
  }, [confirming]);
  return {
    confirming,
    answer,
    trigger,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    done: () => {
      returnFocus.current = false;
      setConfirming(false);
    },
  };
}
