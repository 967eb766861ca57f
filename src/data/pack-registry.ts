import registry from '../../public/data/packs.json';

/**
 * The packs this build ships (public/data/packs.json, read at build time: knowing the default pack needs no
 * round trip). The file is ours, not outside input; tests/unit/pack/registry.test.ts checks its shape.
 */
export interface ShippedPack {
  id: string;
  title: string;
  /** The pack file under public/data/. */
  file: string;
}

export const SHIPPED_PACKS: readonly ShippedPack[] = registry.packs;

/** The pack an address without `?pack=` opens: every link made before there were several packs. */
export const DEFAULT_PACK_ID: string = registry.default;

const byId = new Map(SHIPPED_PACKS.map((pack) => [pack.id, pack]));

export function shippedPack(id: string): ShippedPack | undefined {
  return byId.get(id);
}

/** The `?pack=` value for a pack: none for the default pack, so its addresses stay as they always were. */
export function packParam(packId: string): string | null {
  return packId === DEFAULT_PACK_ID ? null : packId;
}

/** A pack id as the address may carry it (the pack schema's id rule). */
export function isPackId(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(value) && value.length <= 64;
}
