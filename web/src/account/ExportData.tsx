import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { Section } from '../ui/Section';

/** Every part of the export: one field per subgraph's share (DataExport), all of it. */
export const ExportMyDataQuery = graphql(`
  query ExportMyData {
    exportMyData {
      subjectId
      generatedAt
      format
      profile
      creditHistory
      scores
      currentScore
      scoreReviews
      consents
      consentReceipts
      consentRequests
      accessLog
      fileFreeze
      notifications
    }
  }
`);

/** Hands the browser a file to save, without leaving the page or asking any other origin. */
function saveAs(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Everything Credence holds on the consumer, as one JSON file (GDPR Art. 15 and 20):
 * asked for when the button is pressed, never cached, saved under the day's date.
 */
export function ExportData() {
  const client = useApolloClient();
  const [state, setState] = useState<'idle' | 'working' | 'saved' | { failure: string }>('idle');

  async function download() {
    setState('working');
    try {
      const { data, error } = await client.query({ query: ExportMyDataQuery, fetchPolicy: 'no-cache' });
      if (!data?.exportMyData) throw error ?? new Error('The export was refused.');
      const day = data.exportMyData.generatedAt.slice(0, 10);
      saveAs(`credence-data-${day}.json`, JSON.stringify(data.exportMyData, null, 2));
      setState('saved');
    } catch (failure) {
      setState({ failure: (failure as Error).message });
    }
  }

  return (
    <Section id="export" title="Download your data">
      <p>
        One file with everything Credence holds about you: your profile, credit records and disputes, scores and
        reviews, consents and their receipts, requests, alerts and who read your data.
      </p>
      <button type="button" onClick={download} aria-disabled={state === 'working'}>
        {state === 'working' ? 'Preparing your file…' : 'Download my data'}
      </button>
      <p role="status" className="muted live-status" data-testid="export-status">
        {state === 'saved' ? 'Your file was saved by your browser (a JSON file).' : ''}
      </p>
      {typeof state === 'object' && <p role="alert">Your data could not be exported: {state.failure}</p>}
    </Section>
  );
}
