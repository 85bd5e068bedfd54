/** The article contract: format, validation, derived data and links. Depends on nothing of ours. */
export * from "./anchor";
export * from "./article-index";
export * from "./dates";
export * from "./integrity";
export * from "./links";
export * from "./parse";
export * from "./runs";
export * from "./schema";
export * from "./selector";
