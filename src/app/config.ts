/** The article `/` shows. */
export const DEFAULT_ARTICLE_ID = "irans-khamenei-no-war-no-negotiations-with-trump";
/** Shown in the tab after the article's title. */
export const APP_NAME = "Attributed";
