/** The extractor: text (or a parsed document) in, Article out. Pure TypeScript: no DOM, no Node. */
export {
  ExtractError,
  type ExtractOptions,
  extractArticle,
  extractFromText,
  type StageTimings,
  slugify,
} from "./extract";
export { parsePlainText } from "./plain-text";
export type { BlockKind, SourceBlock, SourceDocument } from "./source";
