import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import { connelly } from './connelly-pack';
import { expectHardConstraints, seriesOrderBreaks } from './order-invariants';
import { packAndSpec, packArbitrary, specArbitrary } from './pack-arbitrary';
import { falseClaims } from './reason-claims';


// Hundreds of generated cases: allow for a busy machine (a time limit, not a timed assertion).
const PROPERTY_TIMEOUT = 60_000;

describe('buildOrder on random synthetic packs', () => {
  test('the generator only makes packs that pass parsePack', () => {
    fc.assert(fc.property(packArbitrary, (pack) => void parsePack(JSON.parse(JSON.stringify(pack)))), { numRuns: 300 });
  });

  test('keeps every hard constraint whatever the links say, loops of leads-into included', () => {
    fc.assert(
      fc.property(packAndSpec, ({ pack, spec }) => expectHardConstraints(pack, spec, buildOrder(pack, spec))),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  test('reads the novels of every series in publication order, novels in two series included', () => {
    fc.assert(
      fc.property(packAndSpec, ({ pack, spec }) => {
        expect(seriesOrderBreaks(pack, buildOrder(pack, spec))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  test('makes no claim in a reason that the order or the data does not back', () => {
    fc.assert(
      fc.property(packAndSpec, ({ pack, spec }) => {
        expect(falseClaims(pack, buildOrder(pack, spec))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  test('gives the same order for the same input, whatever the order of the include list', () => {
    fc.assert(
      fc.property(packAndSpec, ({ pack, spec }) => {
        const again = buildOrder(structuredClone(pack), { ...spec, include: [...spec.include].reverse() });
        expect(again).toEqual(buildOrder(pack, spec));
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('buildOrder on random selections of the Connelly pack', () => {
  test('keeps every hard constraint for any selection, strategy and granularity', () => {
    fc.assert(
      fc.property(specArbitrary(connelly), (spec) => expectHardConstraints(connelly, spec, buildOrder(connelly, spec))),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  test('is deterministic', () => {
    fc.assert(
      fc.property(specArbitrary(connelly), (spec) => {
        expect(buildOrder(connelly, spec)).toEqual(buildOrder(structuredClone(connelly), spec));
      }),
      { numRuns: 50 },
    );
  }, PROPERTY_TIMEOUT);
});
