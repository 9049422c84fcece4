import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { FragmentType, getFragmentData, graphql } from '../__generated__';
import type { FreezeMyFileMutation as FileFreezeAnswer } from '../__generated__/graphql';
import { formatDateTime } from '../ui/format';
import { Section } from '../ui/Section';

export const FileFreezeFragment = graphql(`
  fragment FileFreeze on Query {
    myFileFreeze {
      frozen
      since
    }
  }
`);

// Both mutations answer with the fields the fragment reads, so the answer can stand in for the cached state.
export const FreezeMyFileMutation = graphql(`
  mutation FreezeMyFile {
    freezeMyFile {
      frozen
      since
    }
  }
`);

export const UnfreezeMyFileMutation = graphql(`
  mutation UnfreezeMyFile {
    unfreezeMyFile {
      frozen
      since
    }
  }
`);

type FileFreezeState = FileFreezeAnswer['freezeMyFile'];

/** A FileFreeze has no id of its own: the answer is written over the page's cached one. */
function showFreeze(cache: ApolloCache, freeze: FileFreezeState | undefined) {
  if (freeze) cache.modify({ id: 'ROOT_QUERY', fields: { myFileFreeze: () => freeze } });
}

/**
 * The consumer's own switch against every partner at once, whatever consents exist.
 * The new state shows from the mutation's answer; the page is refetched too, for the
 * alert the change adds to the feed.
 */
export function FileFreeze({ query }: { query: FragmentType<typeof FileFreezeFragment> }) {
  const { frozen, since } = getFragmentData(FileFreezeFragment, query).myFileFreeze;
  const refetchQueries = ['ConsumerPage'];
  const [freeze, freezing] = useMutation(FreezeMyFileMutation, {
    refetchQueries,
    update: (cache, { data }) => showFreeze(cache, data?.freezeMyFile),
  });
  const [unfreeze, unfreezing] = useMutation(UnfreezeMyFileMutation, {
    refetchQueries,
    update: (cache, { data }) => showFreeze(cache, data?.unfreezeMyFile),
  });
  const busy = freezing.loading || unfreezing.loading;
  const error = freezing.error ?? unfreezing.error;
  function toggle() {
    if (!busy) (frozen ? unfreeze() : freeze()).catch(() => undefined);
  }
  return (
    <Section id="file-freeze" title="Freeze your file">
      <p role="status" className="consent-status" data-testid="freeze-state">
        {frozen ? `Your file is frozen, since ${since ? formatDateTime(since) : 'now'}.` : 'Your file is not frozen.'}
      </p>
      <p>
        While your file is frozen, no partner can read your data, not even those you gave consent to; each try shows in
        “Who saw what, when”. You still see all of it here, and Credence staff working on your disputes can still read
        your file. Unfreeze it whenever you like, for example just before you apply for a loan.
      </p>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard's focus, and this one stays to be pressed again. */}
      <button type="button" onClick={toggle} aria-disabled={busy}>
        {freezing.loading
          ? 'Freezing…'
          : unfreezing.loading
            ? 'Unfreezing…'
            : frozen
              ? 'Unfreeze my file'
              : 'Freeze my file'}
      </button>
      {error && (
        <p role="alert">
          Your file was not {frozen ? 'unfrozen' : 'frozen'}: {error.message}
        </p>
      )}
    </Section>
  );
}
