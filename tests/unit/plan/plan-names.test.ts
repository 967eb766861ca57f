import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameName, uniquePlanName } from '../../../src/domain/plan/plan-names';
import { PLAN_NAME_MAX } from '../../../src/domain/plan/plan-schema';

describe('uniquePlanName', () => {
  it('keeps a name no plan has', () => {
    expect(uniquePlanName('The Double Helix', ['Just the shows'])).toBe('The Double Helix');
  });

  it('numbers a taken name from 2, skipping numbers already used, ignoring case and spaces', () => {
    expect(uniquePlanName('The Double Helix', ['The Double Helix'])).toBe('The Double Helix (2)');
    expect(uniquePlanName('The Double Helix', ['the double helix ', 'The Double Helix (2)'])).toBe('The Double Helix (3)');
  });

  it('cuts a long name so the number still fits the limit', () => {
    const long = 'x'.repeat(PLAN_NAME_MAX);
    const name = uniquePlanName(long, [long]);
    expect(name).toBe(`${'x'.repeat(PLAN_NAME_MAX - 4)} (2)`);
  });

  it('never returns a name that is taken or too long', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), fc.array(fc.string({ maxLength: 90 }), { maxLength: 8 }), (name, taken) => {
        const result = uniquePlanName(name, [...taken, name]);
        expect(taken.some((other) => sameName(other, result))).toBe(false);
        expect(sameName(result, name)).toBe(false);
        expect(result.length).toBeGreaterThan(0);
        expect(result.length).toBeLessThanOrEqual(PLAN_NAME_MAX);
      }),
    );
  });
});
