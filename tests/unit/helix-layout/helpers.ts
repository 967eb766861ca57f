import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexPack, type PackIndex } from '../../../src/domain/pack/pack-index';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import type { HelixLayout, HelixMark, HelixPoint } from '../../../src/domain/helix-layout/types';
import { overlaps } from '../../../src/domain/helix-layout/geometry';

export function shippedIndex(): PackIndex {
  return indexPack(parsePack(JSON.parse(readFileSync(join(process.cwd(), 'public/data/connelly.json'), 'utf8')) as unknown));
}

/** Pairs of marks that share a lane and a parent (siblings) and overlap. */
export function overlappingSiblings(layout: HelixLayout): string[] {
  const found: string[] = [];
  const groups = new Map<string, HelixMark[]>();
  for (const mark of layout.marks) {
    const key = `${mark.lane}|${mark.parent ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), mark]);
  }
  for (const marks of groups.values()) {
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i] as HelixMark;
        const b = marks[j] as HelixMark;
        if (overlaps(a, b)) found.push(`${a.id} × ${b.id}`);
      }
    }
  }
  return found;
}

export function onMark(point: HelixPoint, mark: HelixMark): boolean {
  const e = 1e-6;
  return point.x >= mark.x - e && point.x <= mark.x + mark.width + e && point.y >= mark.y - e && point.y <= mark.y + mark.height + e;
}

export function markById(layout: HelixLayout, id: string): HelixMark {
  const mark = layout.marks.find((m) => m.id === id);
  if (!mark) throw new Error(`no mark ${id}`);
  return mark;
}
