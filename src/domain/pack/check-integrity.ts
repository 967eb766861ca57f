import { checkManifest } from './manifest/check-manifest';
import type { PackIndex } from './pack-index';
import type { Link } from './schema';

const ENDPOINTS: Record<Link['type'], { from: readonly string[]; to: readonly string[] }> = {
  adapts: { from: ['novel'], to: ['season', 'episode', 'film'] },
  'leads-into': { from: ['episode'], to: ['episode'] },
  'appears-in': { from: ['character'], to: ['show', 'season', 'episode'] },
};

/** "an adapts", "an episode", "a novel": messages are read as sentences. */
const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** Cross-record rules the schema alone cannot express. Returns "path: problem" lines. */
export function checkIntegrity(index: PackIndex): string[] {
  const { pack } = index;
  const problems: string[] = [];
  const say = (path: string, problem: string) => problems.push(`${path}: ${problem}`);

  for (const id of new Set(index.duplicateIds)) say('(ids)', `duplicate id "${id}"`);

  pack.shows.forEach((show, s) => {
    show.seasons.forEach((season, n) => {
      if (season.number !== n + 1) say(`shows[${s}].seasons[${n}].number`, `expected ${n + 1}, got ${season.number}`);
      season.episodes.forEach((episode, e) => {
        if (episode.number !== e + 1) {
          say(`shows[${s}].seasons[${n}].episodes[${e}].number`, `episode numbers must be contiguous: expected ${e + 1}, got ${episode.number}`);
        }
        const tagged = new Set<string>();
        episode.threads?.forEach((tag, t) => {
          const where = `shows[${s}].seasons[${n}].episodes[${e}].threads[${t}].thread`;
          if (!index.threads.has(tag.thread)) say(where, `unknown thread "${tag.thread}"`);
          else if (tagged.has(tag.thread)) say(where, `thread "${tag.thread}" is listed twice`);
          tagged.add(tag.thread);
        });
      });
    });
  });

  pack.novels.forEach((novel, n) => {
    const path = `novels[${n}]`;
    novel.series.forEach((id, i) => {
      if (!index.series.has(id)) say(`${path}.series[${i}]`, `unknown series "${id}"`);
    });
    const inside = (range: readonly [number, number], where: string) => {
      if (novel.chapters === undefined) say(where, 'a chapter range needs the novel\'s chapter count');
      else if (range[1] > novel.chapters) say(where, `chapters ${range[0]}–${range[1]} are outside the novel's ${novel.chapters} chapters`);
    };
    novel.parts?.forEach((part, i) => inside(part.chapters, `${path}.parts[${i}].chapters`));
    let lastEnd = 0;
    novel.segments?.forEach((segment, i) => {
      inside(segment.chapters, `${path}.segments[${i}].chapters`);
      if (segment.chapters[0] <= lastEnd) say(`${path}.segments[${i}].chapters`, 'segments must be in chapter order and must not overlap');
      lastEnd = segment.chapters[1];
      if (!index.threads.has(segment.thread)) say(`${path}.segments[${i}].thread`, `unknown thread "${segment.thread}"`);
      segment.woven?.forEach((thread, t) => {
        if (!index.threads.has(thread)) say(`${path}.segments[${i}].woven[${t}]`, `unknown thread "${thread}"`);
      });
    });
  });

  pack.links.forEach((link, i) => {
    const path = `links[${i}]`;
    const allowed = ENDPOINTS[link.type];
    for (const end of ['from', 'to'] as const) {
      const kind = index.kinds.get(link[end]);
      if (!kind) say(`${path}.${end}`, `unknown id "${link[end]}"`);
      else if (!allowed[end].includes(kind)) say(`${path}.${end}`, `${article(link.type)} link cannot ${end === 'from' ? 'start at' : 'end at'} ${article(kind)}`);
    }
    if (link.thread !== undefined && !index.threads.has(link.thread)) say(`${path}.thread`, `unknown thread "${link.thread}"`);
    if (link.chapters) {
      const novel = index.novels.get(link.from);
      if (link.type !== 'adapts') say(`${path}.chapters`, 'only adapts links carry chapters');
      else if (novel && novel.chapters === undefined) say(`${path}.chapters`, 'a chapter range needs the novel\'s chapter count');
      else if (novel?.chapters !== undefined && link.chapters[1] > novel.chapters) {
        say(`${path}.chapters`, `chapters ${link.chapters[0]}–${link.chapters[1]} are outside the novel's ${novel.chapters} chapters`);
      }
    }
  });
  problems.push(...checkManifest(index));
  return problems;
}
