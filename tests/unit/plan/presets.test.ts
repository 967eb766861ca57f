import { describe, expect, it } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { planSchema } from '../../../src/domain/plan/plan-schema';
import { planFromPreset } from '../../../src/domain/plan/presets';
import { PRESETS, type ShippedPreset as Preset } from '../fixtures/shipped-presets';
import { connelly } from '../order/connelly-pack';

const index = indexPack(connelly);

function preset(id: string): Preset {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

const isKnown = (id: string) => index.shows.has(id) || index.seasons.has(id) || index.episodes.has(id) || index.novels.has(id) || index.films.has(id);

describe('presets', () => {
  it('braids Legacy season 3, Ballard season 1 and Desert Star with the helix strategy in The Double Helix', () => {
    const spec = preset('double-helix').spec(connelly);
    expect(spec.include).toEqual(['legacy-s03', 'ballard-s01', 'desert-star']);
    expect(spec.strategy).toBe('helix');
    expect(preset('double-helix').name).toBe('The Double Helix');
  });

  it('includes every show, every film and every novel by release date in "everything"', () => {
    const spec = preset('everything').spec(connelly);
    expect(spec.strategy).toBe('release');
    const films = (connelly.films ?? []).map((f) => f.id);
    expect(films).toEqual(['film-blood-work', 'film-the-lincoln-lawyer']);
    expect(new Set(spec.include)).toEqual(new Set([...connelly.shows.map((s) => s.id), ...films, ...connelly.novels.map((n) => n.id)]));
  });

  it('includes only the four shows in "just the shows"', () => {
    expect(preset('shows').spec(connelly).include).toEqual(['bosch', 'legacy', 'ballard', 'lincoln']);
  });

  it('includes the shows, the films and only the novels that some season or film adapts in "books first"', () => {
    const spec = preset('books-first').spec(connelly);
    expect(spec.strategy).toBe('book-first');
    const adapted = new Set(connelly.links.filter((l) => l.type === 'adapts').map((l) => l.from));
    const novels = spec.include.filter((id) => index.novels.has(id));
    expect(novels.length).toBeGreaterThan(0);
    for (const id of novels) expect(adapted.has(id)).toBe(true);
    expect(spec.include).toContain('the-black-echo');
    expect(spec.include.filter((id) => index.films.has(id))).toEqual(['film-blood-work', 'film-the-lincoln-lawyer']);
    expect(spec.include).toEqual(expect.arrayContaining(['blood-work', 'the-lincoln-lawyer']));
  });

  it('pairs The Lincoln Lawyer series and the 2011 film with the Mickey Haller novels only', () => {
    const spec = preset('lincoln').spec(connelly);
    expect(spec.include[0]).toBe('lincoln');
    expect(spec.include.filter((id) => index.films.has(id))).toEqual(['film-the-lincoln-lawyer']);
    const novels = spec.include.slice(1).filter((id) => !index.films.has(id));
    expect(novels.length).toBeGreaterThan(0);
    for (const id of novels) expect(index.novels.get(id)?.series).toContain('haller');
    expect(novels).toContain('the-lincoln-lawyer');
  });

  it('has unique preset ids', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('only names ids that exist in the shipped pack (%s)', (_id, p) => {
    const unknown = p.spec(connelly).include.filter((id) => !isKnown(id));
    expect(unknown).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('makes a valid plan with a non-empty order (%s)', (_id, p) => {
    const plan = planFromPreset(connelly, p, { id: 'plan-1', now: 1_700_000_000_000, startDate: '2025-06-02' });
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.packId).toBe(connelly.id);
    expect(plan.dataVersion).toBe(connelly.dataVersion);
    expect(plan.createdAt).toBe(plan.updatedAt);
    expect(buildOrder(connelly, plan.spec).length).toBeGreaterThan(0);
  });
});
