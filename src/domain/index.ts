// The framework-free core of Helix. Nothing under src/domain imports React, the DOM or storage.
export * from './pack/schema';
export { parsePack } from './pack/parse-pack';
export { PackError } from './pack/pack-error';
export { indexPack, type PackIndex, type ItemKind, type EpisodeRef, type SeasonRef } from './pack/pack-index';
export { comparePartialDates, datePrecision, dateSortKey, isPartialDate, type DatePrecision } from './pack/partial-date';
export { chapterText, describeLink, episodeCode, nameOf } from './pack/labels';
