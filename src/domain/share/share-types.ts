import type { OrderSpec } from '../order/types';
import type { Pace } from '../plan/plan';

/** Everything a share link carries: one plan and, if the sender chose, their done progress ids. */
export interface SharePayload {
  packId: string;
  dataVersion: string;
  name: string;
  spec: OrderSpec;
  pace: Pace;
  /** YYYY-MM-DD. */
  startDate: string;
  /** Done progress ids; absent when the sender did not share progress. */
  progress?: readonly string[];
}

/** The ids the receiving app knows, used to check a decoded link against the loaded pack. */
export interface ShareContext {
  packId: string;
  dataVersion: string;
  /** Every show, season, episode, novel, series and chapter (`novel#chN`) id of the pack. */
  ids: readonly string[];
}

export type DecodeShareResult =
  | { ok: true; payload: SharePayload; warnings: string[] }
  /** `packId`: the link is whole and valid, but for another pack than the context's (open it in that pack). */
  | { ok: false; error: string; packId?: string };
