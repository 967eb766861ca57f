import type { PackIndex } from '../pack/pack-index';
import type { Confidence, Season } from '../pack/schema';
import { episodeLabel, filmLabel, partOf, seasonLabel, shortLabel } from './labels';
import type { EpisodeItem, FilmItem, OrderEdge, OrderItem, ReadingItem } from './order-item';
import { blockTitle } from './reading-blocks';
import type { SeriesPlace } from './series-anchors';
import type { Strategy } from './types';
import { withThe } from '../text/with-article';

export interface ReasonContext {
  readonly index: PackIndex;
  readonly strategy: Strategy;
  /** The merged order: positions are final. */
  readonly order: readonly OrderItem[];
  /** series strategy: where the item sits. */
  readonly seriesPlace?: (item: OrderItem) => SeriesPlace;
  /** Ids of the novels the order includes. */
  readonly novels: ReadonlySet<string>;
  /** helix: for an episode, the next reading of a novel linked to its season (see nextLinkedReading). */
  readonly nextReading?: ReadonlyMap<EpisodeItem, ReadingItem>;
  /** See nearestEpisodes. */
  readonly nearestEpisodes: readonly [Int32Array, Int32Array];
  /** Filled while reasons are built: per season, the titles of included novels whose cases it carries. */
  readonly seasonNovels: Map<string, string | undefined>;
}

/** Why an item sits where it does: in full, and without plot words (for items past the spoiler window). */
export interface Reason {
  readonly text: string;
  readonly safe: string;
}

/**
 * Builds a reason phrase by phrase, in full and spoiler-safe at once. `text` is ordering logic, fine
 * to show for any item; `detail` holds plot words (a link's or segment's label) and is left out of
 * the spoiler-safe reason. Strings only, no arrays: this runs for every item of every order.
 */
class ReasonText {
  text = '';
  safe = '';
  count = 0;
  private details = false;

  add(text: string, detail?: string): void {
    const words = this.count === 0 ? upperFirst(text) : text;
    const separator = this.count === 0 ? '' : '; ';
    this.text += separator + (detail ? `${words} (${detail})` : words);
    this.safe += separator + words;
    if (detail) this.details = true;
    this.count++;
  }

  done(): Reason {
    return { text: this.text, safe: this.details ? this.safe : this.text };
  }
}

/** One short sentence: why the item sits where it does, then what had to give way, if anything. */
export function reasonFor(item: OrderItem, context: ReasonContext): Reason {
  const out = new ReasonText();
  if (item.kind === 'episode') episodeReason(item, context, out);
  else if (item.kind === 'film') filmReason(item, context, out);
  else readingReason(item, context, out);
  const relaxed = relaxation(item, context);
  if (relaxed) out.add(relaxed);
  return out.done();
}

function dated(item: OrderItem): string {
  if (item.kind === 'reading') return `Published ${item.block.novel.published}`;
  if (item.kind === 'film') return `Released ${item.film.released}`;
  const released = item.ref.episode.released;
  return released !== undefined ? `Released ${released}` : 'Release date unknown';
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function seriesPhrase(place: SeriesPlace): string {
  const where = `${place.title} (series ${place.rank} of ${place.total})`;
  return place.ownTitle ? `One of ${withThe(place.ownTitle)}, read with ${withThe(where)}` : where;
}

/** The item directly before this one in the order. */
function previous(item: OrderItem, { order }: ReasonContext): OrderItem | undefined {
  return item.position > 0 ? order[item.position - 1] : undefined;
}

function itemLabel(item: OrderItem): string {
  if (item.kind === 'film') return filmLabel(item.film);
  return item.kind === 'episode' ? episodeLabel(item.ref) : blockTitle(item.block);
}

/**
 * A film beside the novel it adapts: "watched right after The Lincoln Lawyer, the novel it adapts"
 * ("right" only when a block of that novel is directly next to it). At its release date otherwise;
 * outside release order it then says that its novel is not in the plan.
 */
function filmReason(item: FilmItem, context: ReasonContext, out: ReasonText): void {
  const novel = item.novel;
  // The group it sits in; "one of the … novels" would call the film a novel, so the group alone.
  const place = context.strategy === 'series' ? context.seriesPlace?.(item) : undefined;
  const series = place && `${place.title} (series ${place.rank} of ${place.total})`;
  if (series) out.add(series);
  if (!novel || !item.placement) {
    out.add(series ? lowerFirst(dated(item)) : dated(item));
    if (novel && context.strategy !== 'release' && !context.novels.has(novel.id)) out.add(`the novel it adapts, ${novel.title}, is not in this plan`);
    return;
  }
  const neighbour = context.order[item.position + (item.placement === 'after' ? -1 : 1)];
  const right = neighbour?.kind === 'reading' && neighbour.block.novel === novel ? 'right ' : '';
  out.add(`watched ${right}${item.placement} ${novel.title}, the novel it adapts`);
}

function episodeReason(item: EpisodeItem, context: ReasonContext, out: ReasonText): void {
  const { strategy } = context;
  if (strategy === 'series' && context.seriesPlace) return out.add(`${seriesPhrase(context.seriesPlace(item))}; ${lowerFirst(dated(item))}`);
  const from = item.leadFrom;
  if (from && item.position > from.position) {
    out.add(`${previous(item, context) === from ? 'Picks up right after' : 'Picks up from'} ${episodeLabel(from.ref)}`);
  }
  const onScreen = strategy === 'helix' ? caseOnScreen(item, context) : undefined;
  if (onScreen) out.add(onScreen);
  if (out.count === 0) out.add(dated(item));
  for (const next of item.leadsInto ?? []) {
    out.add(`leads into ${episodeLabel(next.ref)}`, leadLabel(context.index, item, next));
  }
  const reading = context.nextReading?.get(item);
  if (reading) {
    const before = previous(reading, context);
    if (before === item) out.add(`read ${blockTitle(reading.block)} next`);
    else if (before) out.add(`next reading: ${blockTitle(reading.block)}, after ${itemLabel(before)}`);
  }
  if (strategy !== 'release') {
    const adapts = adaptedChapters(item, context);
    if (adapts) out.add(adapts.text, adapts.detail);
  }
}

function leadLabel(index: PackIndex, from: EpisodeItem, to: EpisodeItem): string | undefined {
  return (index.linksOf.get(from.ref.episode.id) ?? []).find((link) => link.type === 'leads-into' && link.to === to.ref.episode.id)?.label;
}

const SURE: Record<Confidence, string> = { sourced: '', inferred: 'likely ', unverified: 'possibly ' };

/**
 * helix: the case an episode carries on screen, from its thread tags, for a season that an
 * included novel is linked to. Once a season's episodes are tagged, an untagged one says that no
 * case is known to be on screen (not that there is none), in a fan's words, not the data's.
 */
function caseOnScreen(item: EpisodeItem, context: ReasonContext): string | undefined {
  const { season, episode } = item.ref;
  const novels = linkedNovelTitles(season, context);
  if (novels === undefined) return undefined;
  const tags = episode.threads ?? [];
  if (tags.length === 0) return `no ${novels} case is known to be on screen here`;
  return `on screen: ${tags.map((tag) => `${SURE[tag.confidence]}${lowerFirst(context.index.threads.get(tag.thread)?.title ?? tag.thread)}`).join(' and ')}`;
}

/** "Desert Star": included novels linked to the season with a thread, when the season's episodes carry tags. */
function linkedNovelTitles(season: Season, { index, novels: included, seasonNovels }: ReasonContext): string | undefined {
  if (seasonNovels.has(season.id)) return seasonNovels.get(season.id);
  const novels = new Set<string>();
  for (const link of index.linksOf.get(season.id) ?? []) {
    if (link.type === 'adapts' && link.to === season.id && link.thread !== undefined && included.has(link.from)) novels.add(link.from);
  }
  const titles = novels.size > 0 && season.episodes.some((other) => other.threads?.length)
    ? [...novels].map((id) => index.novels.get(id)?.title ?? id).join(' or ')
    : undefined;
  seasonNovels.set(season.id, titles);
  return titles;
}

/** "adapts Desert Star ch. 1–2" for the first chapter-level link to this episode from an included novel. */
function adaptedChapters(item: EpisodeItem, { index, novels }: ReasonContext): { text: string; detail?: string | undefined } | undefined {
  for (const link of index.linksOf.get(item.ref.episode.id) ?? []) {
    if (link.type !== 'adapts' || link.to !== item.ref.episode.id || !link.chapters) continue;
    const novel = index.novels.get(link.from);
    if (novel && novels.has(novel.id)) return { text: `adapts ${partOf(novel, link)}`, detail: link.label };
  }
  return undefined;
}

function readingReason(item: ReadingItem, context: ReasonContext, out: ReasonText): void {
  if (context.strategy === 'series' && context.seriesPlace) return out.add(`${seriesPhrase(context.seriesPlace(item))}; ${lowerFirst(dated(item))}`);
  const placement = item.placement;
  if (!placement) return out.add(dated(item));
  const { link, episode, how, fallback } = placement;
  const novel = item.block.novel;
  const { index } = context;
  // Say "read before/after" or "paced alongside" only where the block really is; where series or
  // chapter order moved it, say where it belongs instead (the relaxation then says why).
  const side = item.position < episode.position ? 'before' : 'after';
  const there = how === 'paced' ? besides(item, episode, context) : side === how;
  const handOff = episode.leadFrom && episode.leadFrom.position === episode.position - 1 && side === 'after' && how !== 'after' ? episode.leadFrom : undefined;
  if (fallback && how === 'paced') {
    const over = spreadOver(fallback.seasons, index);
    out.add(`${there ? 'paced' : 'belongs'} alongside ${episodeLabel(episode.ref)}`, segmentLabel(item));
    if (there && handOff) out.add(`after it, so that the hand-off from ${episodeLabel(handOff.ref)} stays unbroken`);
    return out.add(`${novel.title} is spread over ${over} in chapter order`);
  }
  const verb = there ? 'read' : 'belongs';
  if (how === 'paced') {
    out.add(`${there ? 'paced' : 'belongs'} alongside ${episodeLabel(episode.ref)}`, link.label);
  } else {
    const season = index.seasons.get(link.to);
    const where = `${verb} ${how}`;
    if (season) {
      out.add(how === 'before' ? `${where} ${seasonLabel(season)}: the season draws on ${partOf(novel, link)}` : `${where} ${seasonLabel(season)}, which draws on ${partOf(novel, link)}`, link.label);
    } else {
      out.add(`${where} ${episodeLabel(episode.ref)}, which ${link.chapters ? 'adapts' : 'draws on'} ${partOf(novel, link)}`, link.label);
    }
  }
  if (handOff && (how === 'paced' ? there : !there && besides(item, episode, context))) {
    out.add(`${how === 'paced' ? 'after it' : `placed after ${episodeLabel(episode.ref)}`}, so that the hand-off from ${episodeLabel(handOff.ref)} stays unbroken`);
  }
}

/** "both seasons", "all 3 seasons" or the one season's label; the blocks of a novel share one list, so once. */
const spreadOverText = new WeakMap<readonly string[], string>();
function spreadOver(seasons: readonly string[], index: PackIndex): string {
  let text = spreadOverText.get(seasons);
  if (text === undefined) {
    const names = seasons.map((id) => index.seasons.get(id)).filter((season) => season !== undefined).map(seasonLabel);
    text = names.length === 2 ? 'both seasons' : names.length > 2 ? `all ${names.length} seasons` : (names[0] ?? 'the season');
    spreadOverText.set(seasons, text);
  }
  return text;
}

/** Whether only reading sits between the item and the episode (so it is beside it). */
function besides(item: OrderItem, episode: EpisodeItem, { nearestEpisodes }: ReasonContext): boolean {
  const [before, after] = nearestEpisodes;
  return item.position < episode.position ? after[item.position] === episode.position : before[item.position] === episode.position;
}

/**
 * For each position of the order, the position of the nearest screen item (episode or film) before it and after it
 * (-1 when none), so "beside" is one look-up. O(n).
 */
export function nearestEpisodes(order: readonly OrderItem[]): readonly [Int32Array, Int32Array] {
  const before = new Int32Array(order.length);
  const after = new Int32Array(order.length);
  let last = -1;
  // A film is on screen too: reading with a film between it and an episode is not beside that episode.
  for (let i = 0; i < order.length; i++) {
    before[i] = last;
    if (order[i]?.kind !== 'reading') last = i;
  }
  last = -1;
  for (let i = order.length - 1; i >= 0; i--) {
    after[i] = last;
    if (order[i]?.kind !== 'reading') last = i;
  }
  return [before, after];
}

/** The label of the story segment that holds the whole block, if one does. */
function segmentLabel(item: ReadingItem): string | undefined {
  const chapters = item.block.chapters;
  if (!chapters) return undefined;
  return item.block.novel.segments?.find((segment) => segment.chapters[0] <= chapters[0] && chapters[1] <= segment.chapters[1])?.label;
}

/** A novel, as opposed to short fiction (a story or a collection of stories), which is a book but no novel. */
function isNovel(item: OrderItem): boolean {
  return item.kind === 'reading' && (item.block.novel.format ?? 'novel') === 'novel';
}

function inOrder(item: OrderItem, edge: OrderEdge, { index }: ReasonContext): string {
  if (edge.series !== undefined) {
    const books = isNovel(item) && isNovel(edge.item) ? 'novels' : 'books';
    return `${withThe(index.series.get(edge.series)?.title ?? edge.series)} ${books} are read in order`;
  }
  if (item.kind !== 'reading') return 'episodes stay in order'; // a film has no edges, so never asks
  return item.block.pages ? 'pages stay in order' : 'chapters stay in order';
}

/** A neighbour in the same chain by its short label; another novel by its title. */
function neighbourLabel(item: OrderItem, other: OrderItem): string {
  if (item.kind === 'reading' && other.kind === 'reading' && other.block.novel !== item.block.novel) return blockTitle(other.block);
  return shortLabel(other);
}

/** What gave way: a chain or series predecessor, a loop of lead-ins, or a successor that pulled this item forward. */
function relaxation(item: OrderItem, context: ReasonContext): string | undefined {
  if (item.kind === 'episode') {
    if (item.leadLoopFrom) {
      return `its lead-in from ${episodeLabel(item.leadLoopFrom.ref)} is dropped because the leads-into links form a loop`;
    }
    const from = item.leadFrom;
    if (from && item.position < from.position) {
      return `placed before ${episodeLabel(from.ref)} anyway because episodes stay in order`;
    }
  }
  const held = item.heldAfter;
  if (held) return `kept after ${neighbourLabel(item, held.item)} because ${inOrder(item, held, context)}`;
  const pulled = item.pulledBefore;
  if (pulled) {
    const label = neighbourLabel(item, pulled.item);
    return Number.isFinite(item.ownDay) || pulled.series !== undefined
      ? `moved up to come before ${label} because ${inOrder(item, pulled, context)}`
      : `placed before ${label} so that ${inOrder(item, pulled, context)}`;
  }
  return undefined;
}

/**
 * helix: for each episode of a season some included novel is linked to, the first reading block
 * of such a novel that comes after it in the order. One backward sweep over the order.
 */
export function nextLinkedReading(index: PackIndex, order: readonly OrderItem[]): Map<EpisodeItem, ReadingItem> {
  const novelsOfSeason = new Map<string, readonly string[]>();
  const included = new Set<string>();
  for (const item of order) if (item.kind === 'reading') included.add(item.block.novel.id);
  const result = new Map<EpisodeItem, ReadingItem>();
  const nextOf = new Map<string, ReadingItem>();
  for (let i = order.length - 1; i >= 0; i--) {
    const item = order[i] as OrderItem;
    if (item.kind === 'reading') {
      nextOf.set(item.block.novel.id, item);
      continue;
    }
    if (item.kind === 'film') continue;
    const seasonId = item.ref.season.id;
    let novels = novelsOfSeason.get(seasonId);
    if (!novels) {
      novels = [...new Set((index.linksOf.get(seasonId) ?? []).filter((link) => link.type === 'adapts' && link.to === seasonId && included.has(link.from)).map((link) => link.from))];
      novelsOfSeason.set(seasonId, novels);
    }
    let best: ReadingItem | undefined;
    for (const novel of novels) {
      const next = nextOf.get(novel);
      if (next && (!best || next.position < best.position)) best = next;
    }
    if (best) result.set(item, best);
  }
  return result;
}
