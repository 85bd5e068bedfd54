/** Shared shapes inside the extractor. */
import type { Paragraph } from "../article";

/** A paragraph's role in the article format. */
export type ParagraphRole = Paragraph["role"];
