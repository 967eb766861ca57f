import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexPack, type PackIndex } from '../../../src/domain/pack/pack-index';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import type { HelixLayout, HelixMark, HelixPoint } from '../../../src/domain/helix-layout/types';
import { overlaps, textBox, type Box } from '../../../src/domain/helix-layout/geometry';

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

/**
 * Every clash of a drawn text (mark labels, lane names, axis labels) with a mark it does not belong to or with
 * another text: the picture's promise that no label covers a mark, a lane name or another label.
 */
export function textClashes(layout: HelixLayout): string[] {
  const texts: { owner: string; box: Box; inside: string | null }[] = [];
  const parents = new Map(layout.marks.map((m) => [m.id, m.parent ?? null]));
  for (const mark of layout.marks) {
    if (!mark.text) continue;
    const box = textBox(mark.text);
    const inside = box.x >= mark.x && box.x + box.width <= mark.x + mark.width ? mark.id : null;
    texts.push({ owner: mark.id, box, inside });
  }
  for (const lane of layout.lanes) texts.push({ owner: `lane ${lane.id}`, box: textBox(lane.text), inside: null });
  for (const tick of layout.ticks) texts.push({ owner: `tick ${tick.label}`, box: textBox(tick.text), inside: null });
  const clashes: string[] = [];
  for (const text of texts) {
    for (const mark of layout.marks) {
      if (mark.id === text.owner) continue;
      // A label inside a mark may sit on the mark's parent (a segment's label on its novel).
      if (text.inside && parents.get(text.owner) === mark.id) continue;
      if (overlaps(text.box, mark)) clashes.push(`${text.owner} covers ${mark.id}`);
    }
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (overlaps(a.box, b.box)) clashes.push(`${a.owner} × ${b.owner}`);
    }
  }
  return clashes;
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
