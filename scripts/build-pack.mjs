// Derives public/data/connelly.json from the researched facts in ../shared/reference.
// Run once from the repo root: `node scripts/build-pack.mjs`. After that the JSON is the source of
// truth and is corrected by hand (see docs/data-pack.md); this script documents how it was derived.
// Facts (ids, titles, dates, counts, URLs) come from the reference; every label and note is ours.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readRef = (file) => JSON.parse(readFileSync(join(root, '../shared/reference', file), 'utf8'));
const episodesRef = readRef('episodes.json');
const novelsRef = readRef('novels.json');
const desertStarRef = readRef('desert-star.json');
const crossoversRef = readRef('crossovers.json');

const isUrl = (s) => typeof s === 'string' && /^https?:\/\/\S+$/.test(s);
/** Union of URL lists, first-seen order, non-URLs dropped. */
const urls = (...lists) => [...new Set(lists.flat().filter(isUrl))];
const must = (value, what) => {
  if (value === undefined || value === null) throw new Error(`reference is missing ${what}`);
  return value;
};

// ---- shows -------------------------------------------------------------------------------
// Typical runtimes from the reference README (ranges seen: 42–52, 41–47, ~42–45, 43–56).
const SHOW_RUNTIME = { bosch: 50, legacy: 45, ballard: 44, lincoln: 50 };
const TITLE_CONFIDENCE = { high: 'high', medium: 'medium', 'title unknown': 'unknown' };

const shows = episodesRef.shows.map((show) => ({
  id: show.id,
  title: show.title,
  network: show.network,
  typicalRuntimeMin: must(SHOW_RUNTIME[show.id], `runtime for ${show.id}`),
  seasons: show.seasons.map((season) => {
    const announced = season.episodes.length === 0 && !season.premiere;
    return {
      id: season.id,
      number: season.number,
      ...(season.premiere ? { premiere: season.premiere } : {}),
      ...(announced ? { announced: true } : {}),
      episodes: season.episodes.map((ep) => ({
        id: ep.id,
        number: ep.number,
        // A title no source gives stays absent: the app shows "Episode N".
        ...(ep.title ? { title: ep.title } : {}),
        ...(ep.released ? { released: ep.released } : {}),
        ...(ep.runtimeMin ? { runtimeMin: ep.runtimeMin } : {}),
        titleConfidence: must(TITLE_CONFIDENCE[ep.confidence], `confidence of ${ep.id}`),
        sources: urls(ep.sources),
      })),
      ...(season.sources?.length ? { sources: urls(season.sources) } : {}),
    };
  }),
  ...(show.sources?.length ? { sources: urls(show.sources) } : {}),
}));

// ---- series, characters, threads ---------------------------------------------------------
const series = [
  { id: 'bosch', title: 'Harry Bosch' },
  { id: 'ballard', title: 'Renée Ballard' },
  { id: 'haller', title: 'Mickey Haller' },
  { id: 'mcevoy', title: 'Jack McEvoy' },
  { id: 'mccaleb', title: 'Terry McCaleb' },
  { id: 'cassie-black', title: 'Cassie Black' },
  { id: 'henry-pierce', title: 'Henry Pierce' },
  // Nightshade and Ironwood: the Catalina novels, whose detective is known only as Stilwell.
  { id: 'stilwell', title: 'Detective Stilwell' },
];

const characters = [
  { id: 'harry-bosch', name: 'Harry Bosch' },
  { id: 'renee-ballard', name: 'Renée Ballard' },
  { id: 'mickey-haller', name: 'Mickey Haller' },
];

// Okabe–Ito colour-blind-safe palette.
const threads = [
  {
    id: 'setup',
    title: 'Ballard recruits Bosch',
    color: '#009e73',
    description: 'The opening of Desert Star: Ballard talks the retired Bosch into joining her volunteer cold-case unit.',
  },
  {
    id: 'pearlman',
    title: 'The Sarah Pearlman case',
    color: '#0072b2',
    description: "The unit's first big case: the old murder of a city councilman's sister, which turns into a hunt for a repeat killer.",
  },
  {
    id: 'gallagher',
    title: 'The Gallagher family case',
    color: '#d55e00',
    description: 'The murdered family Bosch has never let go of, and his long pursuit of the man he believes killed them.',
  },
];

// ---- novels ------------------------------------------------------------------------------
// Short notes in our own words, drawn from the reference's notes, unknowns and disagreements.
const NOVEL_NOTES = {
  'the-black-ice': 'The day (1 June) may stand for the month only.',
  'the-concrete-blonde': 'The day (1 June) may stand for the month only.',
  'the-last-coyote': 'The day (1 June) may stand for the month only.',
  'the-poet': 'Only the year is certain; a single fan list gives a day in January.',
  'trunk-music': 'One source gives 28 January 1997, another only February 1997.',
  'blood-work': 'Only the year is known.',
  'angels-flight': 'A few reading-order lists put it in 1998.',
  'void-moon': 'Usually dated 2000; one catalogue gives December 1999.',
  'a-darkness-more-than-night': 'Most lists give 2001; a few say 2000.',
  'chasing-the-dime': 'The US edition came out in October 2002; November 2002 is the UK date.',
  'the-lincoln-lawyer':
    'A study guide covers a prologue and at least 47 chapters, so the full chapter count is not known and reading falls back to page ranges. The book has two parts, Pretrial Intervention and A World Without Truth, whose boundaries are not known. The Netflix series starts from the second Haller book; this one was the 2011 film.',
  'echo-park': 'Only the year is certain (September in the US by one account).',
  'the-overlook':
    'First printed as a 16-part serial in The New York Times Magazine (September 2006 to January 2007), then expanded into the book. Chapter count inferred from secondary sources.',
  'the-drop':
    'Sources disagree on the day (22 November, 28 November, 5 December 2011), so only the month is given. The chapter count rests on one reader\'s log and has not been cross-checked.',
  'the-black-box': 'Opens in 1992 during the Los Angeles riots before moving to 2012.',
  'the-gods-of-guilt': 'The short story Switchblade takes place during this book.',
  'the-wrong-side-of-goodbye': 'One listing dates it 31 October 2016.',
  'the-law-of-innocence': 'Set from autumn 2019 to February 2020, before its publication.',
  'desert-star':
    'The chapter count and the two parts come from a reported copy of the publisher\'s ebook contents and are not yet confirmed; an epilogue follows chapter 54. Only chapters 1 and 2 are placed by a source; the rest follows the parts. Its two cases are split between Bosch: Legacy season 3 (Gallagher) and Ballard season 1 (Pearlman).',
  nightshade: 'The first Catalina novel; Detective Stilwell has no first name in the books.',
  'the-proving-ground': 'Jack McEvoy works with Haller; Bosch is only mentioned.',
  ironwood: 'Announced for 19 May 2026; a later report says 19 April. Ballard\'s cold-case unit is involved.',
  'the-hollow': 'The day comes from a single fan site; another report only says November.',
};

// Chapter counts: the reference's "medium" becomes sourced or inferred as its README describes.
const CHAPTERS = {
  'the-overlook': { chapters: 22, chaptersConfidence: 'inferred' },
  // One personal reading log: a doubtful single source is "unverified" (DESIGN §2).
  'the-drop': { chapters: 42, chaptersConfidence: 'unverified' },
  'the-proving-ground': { chapters: 50, chaptersConfidence: 'sourced' },
  'desert-star': { chapters: must(desertStarRef.novel.chapters, 'Desert Star chapters'), chaptersConfidence: 'unverified' },
};

const chapterThread = (from) => must(desertStarRef.chapterThreads.find((t) => t.chapters?.[0] === from), `Desert Star thread at ch. ${from}`);

const DESERT_STAR_SEGMENT_LABELS = {
  1: 'Ballard talks the retired Bosch into joining her cold-case unit',
  2: "Bosch's first task: the Pearlman file",
  3: "Part 1: the hunt for Sarah Pearlman's killer, with Gallagher scenes in between",
  38: 'Part 2: Bosch closes in on the man behind the Gallagher killings',
};

function desertStarStructure() {
  const parts = desertStarRef.novel.parts.map((p) => ({ number: p.part, title: p.title, chapters: p.chapters }));
  const segments = desertStarRef.chapterThreads
    .filter((t) => Array.isArray(t.chapters))
    .map((t) => ({
      chapters: t.chapters,
      thread: t.thread,
      label: must(DESERT_STAR_SEGMENT_LABELS[t.chapters[0]], `label for ch. ${t.chapters[0]}`),
      confidence: t.confidence,
      sources: urls(t.sources),
    }));
  return { parts, segments };
}

const novels = novelsRef.novels.map((n) => {
  const extra = {};
  if (CHAPTERS[n.id]) Object.assign(extra, CHAPTERS[n.id]);
  if (n.id === 'desert-star') Object.assign(extra, desertStarStructure());
  if (Array.isArray(n.parts)) {
    extra.parts = n.parts.map((p, i) => ({ number: i + 1, title: p.title, chapters: p.chapters }));
  }
  const novelSources = n.id === 'desert-star' ? [n.sources, desertStarRef.novel.sources] : [n.sources];
  return {
    id: n.id,
    title: n.title,
    published: n.published,
    series: n.series,
    ...(n.pages ? { pages: n.pages } : {}),
    ...extra,
    ...(NOVEL_NOTES[n.id] ? { notes: NOVEL_NOTES[n.id] } : {}),
    sources: urls(...novelSources, n.chaptersSources ?? []),
  };
});

// ---- links -------------------------------------------------------------------------------
const SHOW_ID = { bosch: 'bosch', 'bosch-legacy': 'legacy', ballard: 'ballard', 'lincoln-lawyer': 'lincoln' };
const seasonId = (show, number) => `${show}-s${String(number).padStart(2, '0')}`;
const seasonsById = new Map(episodesRef.shows.flatMap((s) => s.seasons.map((season) => [season.id, season])));

// What each adaptation carries over, in our own words.
const ADAPTS_LABELS = {
  'city-of-bones>bosch-s01': "the main case: a child's bones found in the Laurel Canyon hills",
  'echo-park>bosch-s01': "Raynard Waits's confession and the Marie Gesto cold case",
  'the-concrete-blonde>bosch-s01': 'the civil trial over the Dollmaker shooting',
  'trunk-music>bosch-s02': 'the body in the car trunk and its Las Vegas mob trail',
  'the-last-coyote>bosch-s02': "the search for the killer of Bosch's mother",
  'the-drop>bosch-s02': 'named as a source by one weak guide only',
  'the-black-echo>bosch-s03': 'the tunnel bank-heist case around Billy Meadows',
  'a-darkness-more-than-night>bosch-s03': "a Hollywood director's murder trial, with Bosch as a witness",
  'angels-flight>bosch-s04': 'the murder of Howard Elias',
  'nine-dragons>bosch-s04': 'loose secondary material beside Angels Flight',
  'the-last-coyote>bosch-s04': 'loose elements, according to one episode guide',
  'two-kinds-of-truth>bosch-s05': 'the pharmacy murders, the pill mills and the Preston Borders case',
  'the-overlook>bosch-s06': 'the stolen cesium and the murder of Dr. Stanley Kent',
  'dark-sacred-night>bosch-s06': 'the Daisy Clayton cold case',
  'the-burning-room>bosch-s07': 'the arson fire that killed a child',
  'the-concrete-blonde>bosch-s07': 'named by one early report as a second basis for the final season',
  'the-wrong-side-of-goodbye>legacy-s01': "the search for Whitney Vance's heir",
  'the-night-fire>legacy-s01': 'listed as a source novel by some season guides',
  'the-crossing>legacy-s02': "the season's main storyline",
  'desert-star>legacy-s03': 'the Gallagher family case',
  'the-black-ice>legacy-s03': "credited as the season's second source novel",
  'desert-star>ballard-s01': 'the cold-case unit and the Sarah Pearlman case',
  'the-dark-hours>ballard-s01': 'credited as a loose second source; which parts it supplies is not known',
  'the-late-show>ballard-s01': "Ballard's backstory with Olivas and her former partner Chastain",
  'dark-sacred-night>ballard-s01': 'listed as a source in one season record only',
  'the-brass-verdict>lincoln-s01': "the first season's story",
  'the-lincoln-lawyer>lincoln-s01': 'listed in one season record, though the novel record says the series skipped this book',
  'the-fifth-witness>lincoln-s02': 'the Lisa Trammel case',
  'the-gods-of-guilt>lincoln-s03': "the third season's story",
  'the-law-of-innocence>lincoln-s04': 'Haller on trial for murder',
  'resurrection-walk>lincoln-s05': 'announced as the basis of the fifth season',
};
// Pairs and sources the reference gives only in a season's notes (e.g. Bosch S4's note names
// Nine Dragons and The Last Coyote as loose secondary sources, per TV Tropes).
const NOTE_SOURCES = {
  'nine-dragons>bosch-s04': ['http://tvtropes.org/pmwiki/pmwiki.php/Recap/BoschS4E01'],
  'the-last-coyote>bosch-s04': ['http://tvtropes.org/pmwiki/pmwiki.php/Recap/BoschS4E01'],
  'the-concrete-blonde>bosch-s07': ['https://amazonadviser.com/2020/03/18/bosch-s6-trailer-release-date'],
};
const ADAPTS_THREADS = { 'desert-star>legacy-s03': 'gallagher', 'desert-star>ballard-s01': 'pearlman' };

// Per-novel credits for a season, from desert-star.json's otherTvNovelLinks.
const otherLinks = { 'ballard-s01': desertStarRef.otherTvNovelLinks.ballardSeason1, 'legacy-s03': desertStarRef.otherTvNovelLinks.boschLegacySeason3 };
const otherSources = (novelTitle, season) =>
  (otherLinks[season] ?? []).filter((l) => l.novel === novelTitle).flatMap((l) => l.sources);

/** Union of the two reference lists; a pair named by only one of them, or called weak, is inferred. */
function adaptsPairs() {
  const pairs = new Map();
  const pair = (novel, season) => {
    const key = `${novel}>${season}`;
    if (!pairs.has(key)) pairs.set(key, { novel, season, inEpisodes: false, inNovels: null });
    return pairs.get(key);
  };
  for (const season of seasonsById.values()) {
    for (const novel of season.sourceNovels) pair(novel, season.id).inEpisodes = true;
  }
  for (const n of novelsRef.novels) {
    for (const a of n.adaptedIn) {
      const show = SHOW_ID[a.show];
      if (!show) continue; // films are out of scope
      pair(n.id, seasonId(show, a.season)).inNovels = a;
    }
  }
  pair('the-last-coyote', 'bosch-s04');
  return [...pairs.values()];
}

const novelById = new Map(novelsRef.novels.map((n) => [n.id, n]));

const seasonAdapts = adaptsPairs().map(({ novel, season, inEpisodes, inNovels }) => {
  const key = `${novel}>${season}`;
  const weak = inNovels && !/^sourced|^announced/.test(inNovels.confidence);
  const confidence = inEpisodes && inNovels && !weak ? 'sourced' : 'inferred';
  const thread = ADAPTS_THREADS[key];
  return {
    id: `adapts-${novel}-${season}`,
    type: 'adapts',
    from: novel,
    to: season,
    ...(thread ? { thread } : {}),
    label: must(ADAPTS_LABELS[key], `label for ${key}`),
    confidence,
    sources: urls(
      inNovels?.source ?? [],
      NOTE_SOURCES[key] ?? [],
      otherSources(must(novelById.get(novel), novel).title, season),
      inEpisodes ? must(seasonsById.get(season), season).sources : [],
    ),
  };
});

// Desert Star at chapter level: never more precise than the reference (ch. 1–2 placed by a
// review; the rest only by part). Part-level links go to a season, which the order engine
// spreads over that season's episodes ("paced alongside").
const ballardE1 = must(desertStarRef.episodes.find((e) => e.show === 'ballard' && e.episode === 1), 'Ballard S1E1 pairing');
const desertStarChapterLinks = [
  {
    id: 'adapts-desert-star-ch01-02-ballard-s01e01',
    type: 'adapts',
    from: 'desert-star',
    to: 'ballard-s01e01',
    chapters: must(ballardE1.novelPairingHint?.chapters, 'Ballard S1E1 chapters'),
    label: 'the opening: the new cold-case unit and the Pearlman file',
    confidence: 'inferred',
    sources: urls(ballardE1.sources, chapterThread(1).sources, chapterThread(2).sources),
  },
  {
    id: 'adapts-desert-star-ch03-37-ballard-s01',
    type: 'adapts',
    from: 'desert-star',
    to: 'ballard-s01',
    chapters: [3, 37],
    thread: 'pearlman',
    label: "Part 1: the hunt for Sarah Pearlman's killer",
    confidence: 'inferred',
    sources: urls(chapterThread(3).sources, otherSources('Desert Star', 'ballard-s01')),
  },
  {
    id: 'adapts-desert-star-ch38-54-legacy-s03',
    type: 'adapts',
    from: 'desert-star',
    to: 'legacy-s03',
    chapters: [38, 54],
    thread: 'gallagher',
    label: 'Part 2: the Gallagher endgame',
    confidence: 'inferred',
    sources: urls(chapterThread(38).sources, otherSources('Desert Star', 'legacy-s03')),
  },
];

const crossoverSources = (test) => urls(crossoversRef.crossovers.filter((c) => test(c.episode)).flatMap((c) => c.sources));
const legacyFinale = crossoverSources((e) => e.startsWith('bosch-legacy s3e10'));
const ballardE7 = crossoverSources((e) => e === 'ballard s1e07');

const crossoverLinks = [
  {
    id: 'leads-into-legacy-s03e10-ballard-s01e01',
    type: 'leads-into',
    from: 'legacy-s03e10',
    to: 'ballard-s01e01',
    label: "Bosch: Legacy's finale introduces Ballard and works as a pilot for her series",
    confidence: 'sourced',
    sources: legacyFinale,
  },
  {
    id: 'appears-in-renee-ballard-legacy-s03e10',
    type: 'appears-in',
    from: 'renee-ballard',
    to: 'legacy-s03e10',
    label: 'Ballard first appears on screen, working a cold case with Bosch',
    confidence: 'sourced',
    sources: legacyFinale,
  },
  {
    id: 'appears-in-harry-bosch-ballard-s01e07',
    type: 'appears-in',
    from: 'harry-bosch',
    to: 'ballard-s01e07',
    label: 'Bosch appears and helps Ballard',
    confidence: 'sourced',
    sources: ballardE7,
  },
];

const links = [...seasonAdapts, ...desertStarChapterLinks, ...crossoverLinks];

// ---- pack --------------------------------------------------------------------------------
const body = { series, characters, threads, shows, novels, links };
const allSources = [];
(function collect(value) {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources') allSources.push(...v);
      else collect(v);
    }
  }
})(body);

const pack = {
  schemaVersion: 1,
  id: 'connelly',
  title: "Michael Connelly's universe",
  dataVersion: '2026-11-26',
  sources: urls(allSources),
  ...body,
};

const out = join(root, 'public/data/connelly.json');
writeFileSync(out, `${JSON.stringify(pack, null, 2)}\n`);
const episodeCount = shows.flatMap((s) => s.seasons.flatMap((se) => se.episodes)).length;
console.log(`wrote ${out}: ${shows.length} shows, ${episodeCount} episodes, ${novels.length} novels, ${links.length} links, ${pack.sources.length} sources`);
