import { Router } from 'express';
import { ReceiptKeys } from '../shared/trust/receipt-key';

export const JWKS_PATH = '/.well-known/jwks.json';

/**
 * The public keys that verify consent receipts, for anyone (partners, consumers, auditors):
 * public data, so shared caches may keep it for five minutes — a rotation lists the old key
 * among the previous ones, so a cached copy never fails a receipt it already knew. Any
 * origin may read it (no credentials are involved), so a verifier can run in a browser.
 */
export function jwksRoute(keys: ReceiptKeys): Router {
  const body = {
    keys: keys.publicKeys.map(({ kty, crv, x, y, kid, alg, use }) => ({ kty, crv, x, y, kid, alg, use })),
  };
  const router = Router();
  router.get(JWKS_PATH, (_req, res) => {
    res.set({ 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' }).json(body);
  });
  return router;
}
