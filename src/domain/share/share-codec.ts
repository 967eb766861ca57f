import { deflateSync, inflateSync } from 'fflate';
import { formatIssue } from '../pack/format-issue';
import { fromBase64Url, toBase64Url } from './base64url';
import { shareChecksum } from './checksum';
import { canonicalIds } from './id-set';
import { sharePayloadSchema } from './share-schema';
import type { DecodeShareResult, ShareContext, SharePayload } from './share-types';
import { readBodyV1, writeBodyV1 } from './v1-body';

/**
 * A share code reads `1.` (format version) + `r` or `z` (raw or raw-deflated body) + base64url body
 * + `.` + four checksum characters. The checksum comes last so that any cut-off link is missing
 * it and can be told apart from an edited one.
 */
export const SHARE_VERSION = 1;
export const MAX_SHARE_LENGTH = 8000;

export const SHARE_MESSAGES = {
  empty: 'This link has no plan in it.',
  tooLong: 'This link is too long to be a Helix plan.',
  notHelix: 'This doesn’t look like a Helix plan link.',
  newer: 'This link was made by a newer version of Helix. Reload the page to update, then open the link again.',
  unknownVersion: 'This link uses a format this version of Helix does not know.',
  incomplete: 'This link is incomplete — it may have been cut off when copied. Ask for the whole link again.',
  damaged: 'This link has been changed or damaged, so it can’t be opened. Ask for the link again.',
  unreadable: 'This link couldn’t be read.',
} as const;

/** Encodes a valid payload (throws on an invalid one: that is a programming error, not user input). */
export function encodeShare(payload: SharePayload, ctx: ShareContext): string {
  if (payload.packId !== ctx.packId) throw new Error(`encodeShare: payload is for pack "${payload.packId}", context for "${ctx.packId}"`);
  const checked = sharePayloadSchema.safeParse(payload);
  if (!checked.success) throw new Error(`encodeShare: invalid payload (${checked.error.issues.map(formatIssue).join('; ')})`);
  const body = writeBodyV1(payload);
  const deflated = deflateSync(body, { level: 9 });
  const [mode, bytes] = deflated.length < body.length ? ['z', deflated] : ['r', body];
  const head = `${String(SHARE_VERSION)}.${mode}${toBase64Url(bytes)}`;
  return `${head}.${shareChecksum(head)}`;
}

/** Decodes a share code (or a whole URL ending in one). Never throws. */
export function decodeShare(text: string, ctx: ShareContext): DecodeShareResult {
  try {
    return decode(text, ctx);
  } catch {
    return { ok: false, error: SHARE_MESSAGES.unreadable };
  }
}

const fail = (error: string): DecodeShareResult => ({ ok: false, error });

function decode(input: unknown, ctx: ShareContext): DecodeShareResult {
  if (typeof input !== 'string') return fail(SHARE_MESSAGES.notHelix);
  if (input.length > MAX_SHARE_LENGTH) return fail(SHARE_MESSAGES.tooLong);
  let text = input.trim();
  const marker = text.lastIndexOf('/s/');
  if (marker >= 0) text = text.slice(marker + 3);
  if (text === '') return fail(SHARE_MESSAGES.empty);

  const version = /^(\d{1,6})\./.exec(text);
  if (!version?.[1]) return fail(/^\d+$/.test(text) ? SHARE_MESSAGES.incomplete : SHARE_MESSAGES.notHelix);
  const number = Number(version[1]);
  if (number > SHARE_VERSION) return fail(SHARE_MESSAGES.newer);
  if (number !== SHARE_VERSION) return fail(SHARE_MESSAGES.unknownVersion);

  const parts = text.split('.');
  if (parts.length < 3) return fail(SHARE_MESSAGES.incomplete);
  if (parts.length > 3) return fail(SHARE_MESSAGES.damaged);
  const [, body = '', checksum = ''] = parts;
  if (checksum.length < 4) return fail(SHARE_MESSAGES.incomplete);
  if (checksum.length > 4 || checksum !== shareChecksum(`${parts[0] ?? ''}.${body}`)) return fail(SHARE_MESSAGES.damaged);

  const mode = body[0];
  const bytes = fromBase64Url(body.slice(1));
  if (!bytes || (mode !== 'r' && mode !== 'z')) return fail(SHARE_MESSAGES.damaged);
  let raw: SharePayload;
  try {
    raw = readBodyV1(mode === 'z' ? inflateSync(bytes) : bytes);
  } catch {
    // A body that passed its checksum but does not parse (or inflate) was made or edited by hand.
    return fail(SHARE_MESSAGES.damaged);
  }
  const checked = sharePayloadSchema.safeParse(raw);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return fail(`This link’s plan is not valid${first ? ` (${formatIssue(first)})` : ''}.`);
  }
  // The checked name has control and bidi-override characters removed (planNameSchema).
  const payload: SharePayload = { ...raw, name: checked.data.name, spec: { ...raw.spec, include: canonicalIds(raw.spec.include) } };
  if (raw.progress) payload.progress = canonicalIds(raw.progress);
  return checkAgainstPack(payload, ctx);
}

function checkAgainstPack(payload: SharePayload, ctx: ShareContext): DecodeShareResult {
  if (payload.packId !== ctx.packId)
    return { ok: false, error: `This link is for another data set (“${payload.packId}”), not the one Helix has loaded (“${ctx.packId}”).`, packId: payload.packId };
  const warnings: string[] = [];
  if (payload.dataVersion !== ctx.dataVersion)
    warnings.push(`This plan was made with the data of ${payload.dataVersion}; you have the data of ${ctx.dataVersion}.`);
  const known = new Set(ctx.ids);
  const isKnown = (id: string) => {
    if (known.has(id)) return true;
    const pages = /^(.+)#p\d+-\d+$/.exec(id); // page ranges are free-form: known when their novel is
    return pages?.[1] !== undefined && known.has(pages[1]);
  };
  const ids = [...payload.spec.include, ...(payload.spec.seriesOrder ?? []), ...(payload.progress ?? [])];
  const unknown = ids.filter((id) => !isKnown(id)).length;
  if (unknown > 0)
    warnings.push(
      unknown === 1
        ? '1 item in this link is not in this version of the data. It is kept, and will show up once the data includes it.'
        : `${String(unknown)} items in this link are not in this version of the data. They are kept, and will show up once the data includes them.`,
    );
  return { ok: true, payload, warnings };
}
