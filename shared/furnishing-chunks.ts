import { MAX_TEXT_LENGTH } from './server/text-inputs';

/**
 * How a furnishing file travels from the gateway, which reads it, to credit-history,
 * which stores it: in chunks of LINES_PER_CHUNK lines, each its own internal call whose
 * body is the lines themselves, joined by LF (internal-bodies.ts).
 */
export const LINES_PER_CHUNK = 1000;
/** Every line is at most this many characters, as every text a subgraph takes. */
export const MAX_LINE_LENGTH = MAX_TEXT_LENGTH;
/** A chunk's body at its largest: every line at its longest, 3 UTF-8 bytes a character, and the LFs. */
export const MAX_CHUNK_BYTES = LINES_PER_CHUNK * (MAX_LINE_LENGTH * 3 + 1);

export const CHUNK_ROUTE = '/furnishing/batches/:batchId/chunks/:firstIndex';
export const chunkPath = (batchId: string, firstIndex: number) =>
  `/furnishing/batches/${encodeURIComponent(batchId)}/chunks/${firstIndex}`;
