/** What the gateway's development endpoint offers to act as (GET /dev/viewers). */
export interface DemoViewers {
  consumers: { number: number; id: string; displayName: string }[];
  consumerCount: number;
  /** consumerOneId: demo consumer 1 as the partner names them (partner-scoped ids) */
  partners: { key: string; id: string; name: string; category: string; consumerOneId: string }[];
  staffRoles: string[];
}

export type ActAs =
  { kind: 'user'; user: number } | { kind: 'partner'; partner: string } | { kind: 'staff'; role: string };

/**
 * The demo viewers, or null where the gateway mints nothing (production, or tokens
 * from an identity provider), as the page's settings say. Shared with the reference page (web/).
 */
export async function fetchDemoViewers(settingsPath = '/playground/settings.json'): Promise<DemoViewers | null> {
  const settings: { demoTokens: boolean } = await getJson(settingsPath);
  return settings.demoTokens ? getJson('/dev/viewers') : null;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

/** A demo token for the viewer: `{ token, viewer }`, or the gateway's reason for refusing. */
/** A token as pasted: spaces and a leading "Bearer " are not part of it. */
export const bareToken = (token: string) => token.trim().replace(/^Bearer\s+/i, '');

export async function mintDemoToken(actAs: ActAs): Promise<{ token: string; viewer: string }> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(actAs),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error?.message ?? `POST /dev/token answered ${response.status}`);
  return body;
}
