import * as z from 'zod/mini';

/** The language of finding messages: English, or German (the language of the source policies). */
export const LocaleSchema = /* @__PURE__ */ (() =>
  z.enum(['en', 'de']))();
export type Locale = z.infer<typeof LocaleSchema>;

/** A text in both languages; `text[locale]` picks one. */
export interface Text {
  readonly en: string;
  readonly de: string;
}
