import { indexPack } from '../../../src/domain/pack/pack-index';
import type { Pack } from '../../../src/domain/pack/schema';
import type { OrderEntry } from '../../../src/domain/order/types';

/**
 * An independent checker of reasons: it reads each entry's reason as a fan would, phrase by phrase,
 * and checks every claim against the order itself and the pack's data. It does not look inside the
 * engine. Every phrase must be one it knows, so a new kind of claim cannot slip through unchecked.
 * Returns one line per false or unknown claim (empty when every reason is true).
 *
 * Adjacency ("right after", "read X next"), position ("before", "after", "alongside", "kept
 * after", "moved up to come before") and data ("adapts", "draws on", "leads into", "on screen:",
 * "the … novels (or books) are read in order") are all checked.
 */
export function falseClaims(pack: Pack, entries: readonly OrderEntry[]): string[] {
  const index = indexPack(pack);
  const problems: string[] = [];
  const labelOf = (entry: OrderEntry) =>
    entry.kind === 'episode'
      ? `${entry.showTitle ?? entry.show} S${entry.season}E${entry.episode}`
      : entry.kind === 'film'
        ? `${entry.title} (${entry.released?.slice(0, 4)} film)`
        : entry.title;
  const positionByLabel = new Map(entries.map((entry, i) => [labelOf(entry), i]));
  const novelByTitle = new Map(pack.novels.map((novel) => [novel.title, novel]));
  const seasonByLabel = new Map([...index.seasons.values()].map(({ season, show }) => [`${show.title} S${season.number}`, season]));
  const seriesByTitle = new Map(pack.series.map((series) => [series.title, series.id]));
  const seasonPositions = (seasonId: string) =>
    entries.flatMap((entry, i) => (entry.kind === 'episode' && index.episodes.get(entry.id)?.season.id === seasonId ? [i] : []));
  const adaptsLinks = pack.links.filter((link) => link.type === 'adapts');
  const inOrder = new Set(entries.map((entry) => entry.id));
  const sameRange = (a: readonly number[] | undefined, b: readonly number[] | undefined) => a?.[0] === b?.[0] && a?.[1] === b?.[1];
  const rangeOf = (text: string | undefined): [number, number] | undefined => {
    const m = text && /^ch\. (\d+)(?:–(\d+))?$/.exec(text);
    return m ? [Number(m[1]), Number(m[2] ?? m[1])] : undefined;
  };
  /** "Desert Star ch. 38–54" or "Desert Star" → novel and chapters. */
  const partOf = (text: string) => {
    const m = /^(.*?)(?: (ch\. \d+(?:–\d+)?))?$/.exec(text);
    return { novel: novelByTitle.get(m?.[1] ?? ''), chapters: rangeOf(m?.[2]) };
  };

  entries.forEach((entry, i) => {
    const say = (problem: string) => problems.push(`${i + 1}. ${labelOf(entry)}: ${problem} — “${entry.reason}”`);
    const safe = entry.safeReason ?? entry.reason;
    // The full reason is the safe one with plot details in parentheses added: same claims.
    if (!sameClaims(entry.reason, safe)) say('the full reason makes claims the safe one does not');
    /** Resolves a label used in a reason: a full label, or a short one within the same show or novel. */
    const find = (label: string): number | undefined => {
      const full = positionByLabel.get(label);
      if (full !== undefined) return full;
      if (entry.kind === 'episode') return positionByLabel.get(`${entry.showTitle ?? entry.show} ${label}`);
      if (entry.kind === 'film') return undefined;
      const novelTitle = pack.novels.find((novel) => novel.id === entry.novel)?.title;
      return positionByLabel.get(`${novelTitle}, ${label}`);
    };
    const episodeAt = (label: string) => {
      const at = find(label);
      const other = at === undefined ? undefined : entries[at];
      return other?.kind === 'episode' ? { at: at as number, other } : undefined;
    };
    const leadsInto = (from: string, to: string) => pack.links.some((link) => link.type === 'leads-into' && link.from === from && link.to === to);
    /** Positions of the reading of a novel (by title) in the order. */
    const readingOf = (title: string) => {
      const novel = novelByTitle.get(title);
      return entries.flatMap((other, at) => (other.kind === 'reading' && other.novel === novel?.id ? [at] : []));
    };
    const filmAdapts = (title: string) => adaptsLinks.some((link) => link.from === novelByTitle.get(title)?.id && link.to === entry.id);
    const onlyReadingBetween = (a: number, b: number) => entries.slice(Math.min(a, b) + 1, Math.max(a, b)).every((other) => other.kind === 'reading');
    const why = (text: string, other: OrderEntry | undefined): boolean => {
      if (!other) return false;
      if (text === 'episodes stay in order') return entry.kind === 'episode' && other.kind === 'episode' && other.show === entry.show;
      if (text === 'chapters stay in order' || text === 'pages stay in order') return entry.kind === 'reading' && other.kind === 'reading' && other.novel === entry.novel;
      const m = /^the (.+) (novels|books) are read in order$/.exec(text);
      const series = m && seriesByTitle.get(m[1] as string);
      if (!series || entry.kind !== 'reading' || other.kind !== 'reading') return false;
      const books = [entry.novel, other.novel].map((id) => index.novels.get(id));
      // "novels" only when both are novels: a story or a collection is a book, not a novel
      if (m[2] === 'novels' && books.some((book) => (book?.format ?? 'novel') !== 'novel')) return false;
      return books.every((book) => book?.series.includes(series));
    };

    const phrases = safe.split('; ');
    for (let p = 0; p < phrases.length; p++) {
      const raw = phrases[p] as string;
      const phrase = raw.charAt(0).toLowerCase() + raw.slice(1);
      let m: RegExpExecArray | null;
      if ((m = /^picks up right after (.+)$/.exec(phrase))) {
        const from = episodeAt(m[1] as string);
        if (!from || from.at !== i - 1) say(`“right after ${m[1]}” but it is not directly before`);
        if (!from || !leadsInto(from.other.id, entry.id)) say(`no leads-into link from ${m[1]}`);
      } else if ((m = /^picks up from (.+)$/.exec(phrase))) {
        const from = episodeAt(m[1] as string);
        if (!from || from.at > i || !leadsInto(from.other.id, entry.id)) say(`does not pick up from ${m[1]}`);
      } else if ((m = /^leads into (.+)$/.exec(phrase))) {
        const to = episodeAt(m[1] as string);
        if (!to || !leadsInto(entry.id, to.other.id)) say(`no leads-into link to ${m[1]}`);
      } else if ((m = /^on screen: (.+)$/.exec(phrase))) {
        const tags = (entry.kind === 'episode' && index.episodes.get(entry.id)?.episode.threads) || [];
        const claimed = (m[1] as string).split(' and ');
        const actual = tags.map((tag) => `${tag.confidence === 'inferred' ? 'likely ' : tag.confidence === 'unverified' ? 'possibly ' : ''}${lowerFirst(index.threads.get(tag.thread)?.title ?? '')}`);
        if (claimed.join('|') !== actual.join('|')) say(`claims “${m[1]}” on screen, the data has “${actual.join(' and ')}”`);
      } else if ((m = /^no (.+) case is known to be on screen here$/.exec(phrase))) {
        const tags = entry.kind === 'episode' ? index.episodes.get(entry.id)?.episode.threads : undefined;
        if (tags?.length) say('says no case is recorded, but the episode has thread tags');
      } else if ((m = /^watched (right )?(before|after) (.+), the novel it adapts$/.exec(phrase))) {
        const at = readingOf(m[3] as string);
        if (entry.kind !== 'film' || !filmAdapts(m[3] as string)) say(`no adapts link from ${m[3]} to this film`);
        else if (at.length === 0) say(`${m[3]} is not in the order`);
        else if (m[2] === 'after' ? i < Math.max(...at) : i > Math.min(...at)) say(`not ${m[2]} ${m[3]}`);
        else if (m[1] && (m[2] === 'after' ? !at.includes(i - 1) : !at.includes(i + 1))) say(`not right ${m[2]} ${m[3]}`);
      } else if ((m = /^the novel it adapts, (.+), is not in this plan$/.exec(phrase))) {
        if (entry.kind !== 'film' || !filmAdapts(m[1] as string)) say(`no adapts link from ${m[1]} to this film`);
        else if (readingOf(m[1] as string).length > 0) say(`${m[1]} is in the plan`);
      } else if ((m = /^(released|published) (.+)$/.exec(phrase))) {
        if (entry.released !== m[2]) say(`date ${m[2]} is not the entry's ${entry.released}`);
      } else if (phrase === 'release date unknown') {
        if (entry.released !== undefined) say('the release date is known');
      } else if ((m = /^read (.+) next$/.exec(phrase))) {
        if (entries[i + 1]?.title !== m[1]) say(`“read ${m[1]} next” but the next item is ${entries[i + 1]?.title}`);
      } else if ((m = /^next reading: (.+), after (.+)$/.exec(phrase))) {
        const at = find(m[1] as string);
        const before = at === undefined ? undefined : entries[at - 1];
        if (at === undefined || at <= i || !before || labelOf(before) !== m[2]) say(`“next reading: ${m[1]}, after ${m[2]}” is not where it is`);
      } else if ((m = /^adapts (.+)$/.exec(phrase))) {
        const part = partOf(m[1] as string);
        const ok = adaptsLinks.some((link) => link.from === part.novel?.id && link.to === entry.id && part.chapters && sameRange(link.chapters, part.chapters));
        if (!ok) say(`no chapter-to-episode link says it adapts ${m[1]}`);
      } else if ((m = /^(paced|belongs) alongside (.+)$/.exec(phrase))) {
        const episode = episodeAt(m[2] as string);
        const novel = entry.kind === 'reading' ? entry.novel : '';
        const seasonId = episode && index.episodes.get(episode.other.id)?.season.id;
        if (!episode || !adaptsLinks.some((link) => link.from === novel && (link.to === episode.other.id || link.to === seasonId))) {
          say(`no adapts link ties it to ${m[2]}`);
        } else if (m[1] === 'paced' && !onlyReadingBetween(i, episode.at)) say(`“alongside ${m[2]}” but episodes sit between them`);
      } else if ((m = /^(?:after it|placed after (.+?)), so that the hand-off from (.+) stays unbroken$/.exec(phrase))) {
        const alongside = m[1] ?? /alongside (.+)$/.exec(phrases[0] ?? '')?.[1];
        const target = alongside === undefined ? undefined : episodeAt(alongside);
        if (target && !onlyReadingBetween(i, target.at)) say(`not beside ${alongside}`);
        const from = episodeAt(m[2] as string);
        if (!target || !from || target.at > i || from.at !== target.at - 1 || !leadsInto(from.other.id, target.other.id)) say('the hand-off it protects is not there');
      } else if ((m = /^(.+) is spread over (both seasons|all \d+ seasons|.+) in chapter order$/.exec(raw))) {
        const novel = novelByTitle.get(m[1] as string);
        // Seasons the novel is linked to directly or through one of their episodes, with episodes in the order.
        const seasons = new Set(
          adaptsLinks
            .filter((link) => link.from === novel?.id && (!index.episodes.has(link.to) || inOrder.has(link.to)))
            .map((link) => index.episodes.get(link.to)?.season.id ?? link.to)
            .filter((id) => seasonPositions(id).length > 0),
        );
        const count = m[2] === 'both seasons' ? 2 : /^all (\d+)/.exec(m[2] as string)?.[1];
        if (count !== undefined ? seasons.size !== Number(count) : !seasons.has(seasonByLabel.get(m[2] as string)?.id ?? '')) say(`${m[1]} is not linked to ${m[2]}`);
      } else if ((m = /^(read|belongs) (before|after) (.+?)(?:: the season draws on |, which draws on )(.+)$/.exec(phrase)) && seasonByLabel.has(m[3] as string)) {
        const season = seasonByLabel.get(m[3] as string);
        const part = partOf(m[4] as string);
        if (!adaptsLinks.some((link) => link.from === part.novel?.id && link.to === season?.id && sameRange(link.chapters, part.chapters))) say(`no link says ${m[3]} draws on ${m[4]}`);
        if (m[1] === 'read' && season) checkSide(m[2] as string, seasonPositions(season.id), m[3] as string);
      } else if ((m = /^(read|belongs) (before|after) (.+), which (adapts|draws on) (.+)$/.exec(phrase))) {
        const episode = episodeAt(m[3] as string);
        const part = partOf(m[5] as string);
        const ok = adaptsLinks.some((link) => link.from === part.novel?.id && link.to === episode?.other.id && sameRange(link.chapters, part.chapters) && (m?.[4] === 'adapts') === (link.chapters !== undefined));
        if (!ok) say(`no link says ${m[3]} ${m[4]} ${m[5]}`);
        if (m[1] === 'read' && episode) checkSide(m[2] as string, [episode.at], m[3] as string);
      } else if ((m = /^its lead-in from (.+) is dropped because the leads-into links form a loop$/.exec(phrase))) {
        const from = episodeAt(m[1] as string);
        if (!from || !leadsInto(from.other.id, entry.id)) say(`no lead-in from ${m[1]}`);
      } else if ((m = /^placed before (.+) anyway because episodes stay in order$/.exec(phrase))) {
        const from = episodeAt(m[1] as string);
        if (!from || from.at < i) say(`not placed before ${m[1]}`);
      } else if ((m = /^kept after (.+) because (.+)$/.exec(phrase))) {
        const at = find(m[1] as string);
        if (at === undefined || at >= i) say(`not after ${m[1]}`);
        else if (!why(m[2] as string, entries[at])) say(`“${m[2]}” does not tie it to ${m[1]}`);
      } else if ((m = /^(?:moved up to come|placed) before (.+?) (?:because|so that) (.+)$/.exec(phrase))) {
        const at = find(m[1] as string);
        if (at === undefined || at <= i) say(`not before ${m[1]}`);
        else if (!why(m[2] as string, entries[at])) say(`“${m[2]}” does not tie it to ${m[1]}`);
      } else if ((m = /^(?:One of the (.+), read with the )?(.+) \(series (\d+) of (\d+)\)$/.exec(raw))) {
        if (Number(m[3]) > Number(m[4]) || Number(m[3]) < 1) say('impossible series rank');
      } else {
        say(`unknown claim “${raw}”`);
      }
    }

    function checkSide(side: string, positions: readonly number[], what: string): void {
      if (positions.length === 0) say(`${what} is not in the order`);
      else if (side === 'before' ? i > Math.min(...positions) : i < Math.max(...positions)) say(`not ${side} ${what}`);
    }
  });
  return problems;
}

/** Whether `full` is `safe` with zero or more " (detail)" parts added after its phrases. */
function sameClaims(full: string, safe: string): boolean {
  const phrases = safe.split('; ');
  let at = 0;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = `${p === 0 ? '' : '; '}${phrases[p]}`;
    if (!full.startsWith(phrase, at)) return false;
    at += phrase.length;
    if (full.startsWith(' (', at)) {
      const next = phrases[p + 1];
      const end = next === undefined ? (full.endsWith(')') ? full.length - 1 : -1) : full.indexOf(`); ${next}`, at);
      if (end < 0) return false;
      at = end + 1;
    }
  }
  return at === full.length;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
