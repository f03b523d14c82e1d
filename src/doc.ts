/**
 * The one document object that flows through every stage of dyad's pipeline.
 *
 * A `NewsDoc` holds an article's text exactly as stored (after extraction and cleaning) and stand-off annotations as
 * character offsets (JavaScript string indices, UTF-16 code units) into that text. Stages add annotations; none copies
 * or rewrites `text` once the `clean` stage has run. Every decision worth explaining leaves a {@link Message} with the
 * id of the rule behind it.
 *
 * @packageDocumentation
 */

/** Names of the annotation layers a stage can read or add; the pipeline checks their order at start-up. */
export type Layer =
  | 'text'
  | 'clean'
  | 'language'
  | 'sentences'
  | 'tokens'
  | 'mentions'
  | 'coref'
  | 'events'
  | 'dates'
  | 'places'
  | 'placeTargets'
  | 'tone';

/** Article metadata, as found by ingest (all optional). Dates are ISO `YYYY-MM-DD`. */
export interface ArticleMeta {
  url?: string;
  title?: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published?: string;
  modified?: string;
  byline?: string;
  siteName?: string;
  /** ISO 639-1 language given by the source (HTML `lang`, feed), not detected. */
  language?: string;
  /** Where the article came from: a file path, `stdin`, a feed URL. */
  origin?: string;
}

/** A half-open character range `[start, end)` into `NewsDoc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence: its character span and its token range `[firstToken, endToken)`. */
export interface Sentence extends Span {
  firstToken: number;
  endToken: number;
}

/**
 * Tokens as parallel columns (wink-nlp style): index `i` is one token. `lemma` and `normal` are lower case.
 * `pos` is the Universal POS tag from wink-nlp.
 */
export interface Tokens {
  start: Int32Array;
  end: Int32Array;
  pos: string[];
  lemma: string[];
  normal: string[];
  /** The index of the sentence each token belongs to. */
  sentence: Int32Array;
}

/** What kind of thing an actor mention names. */
export type MentionKind = 'country' | 'person' | 'organisation' | 'agent' | 'region' | 'group' | 'pronoun';

/** A mention of an actor: a span of text resolved to a CAMEO-style actor code. */
export interface Mention extends Span {
  /** The full actor code, e.g. `RUSGOV`, `IGOUNO`, `USASPY`. */
  code: string;
  /** ISO 3166 alpha-3 country, or null for an international or transnational actor. */
  country: string | null;
  /** Sector (role) code such as `GOV`, `MIL`, `REB`, or null. */
  sector: string | null;
  /** Canonical name of what is mentioned (`Vladimir Putin`, `Russia`). */
  name: string;
  kind: MentionKind;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** The rule or dictionary entry that produced this mention, e.g. `dict:people/vladimir-putin`. */
  rule: string;
  /** Mentions sharing a group number were written as one compound actor ("Russia and North Korea"). */
  group?: number;
  /** For coreference: the index in `doc.mentions` of the mention this one refers to. */
  antecedent?: number;
  /** True for a bare national adjective ("Israeli shelling", "Russian policy"): an actor only as a modifier of a noun. */
  modifier?: boolean;
  /** True when the mention names a place where something happens, not an actor ("in Pyongyang"). */
  location?: boolean;
  /** For a description awaiting coreference ("the two leaders"): what it refers to, from `descriptions.yaml`. */
  refers?: { to: string; sector?: string };
}

/** The five modalities an event can be reported with. */
export type Modality = 'asserted' | 'hedged' | 'expected' | 'denied' | 'negated';

/** Where an event took place, resolved against the gazetteer. */
export interface Place {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: 'site' | 'city' | 'region' | 'country' | 'unresolved';
  /** The place as written in the text. */
  text?: string;
  start?: number;
  end?: number;
  rule?: string;
}

/** An event coded from one sentence, before it is written out as an {@link EventRecord}. */
export interface DocEvent {
  /** CAMEO event code, e.g. `042`. */
  code: string;
  sentence: number;
  /** The word or phrase that triggered the event. */
  trigger: Span;
  /** Index into `doc.mentions` of the source actor. */
  source: number;
  /** Index into `doc.mentions` of the target actor, or -1 for none. */
  target: number;
  modality: Modality;
  /** Index into `doc.mentions` of who claims the event (hedged or reported), or -1. */
  attribution: number;
  /** Id of the pattern that fired, e.g. `pattern:042/visit`. */
  rule: string;
  confidence: number;
  /** Parts of the sentence that belong to other clauses (relative clauses): dates and places there are not this event's. */
  outside?: Span[];
  /** Event date, filled by the context stage. */
  date?: string | null;
  datePrecision?: 'day' | 'month' | 'year' | null;
  /** `text` when the date was read in the sentence, `article` when it fell back to the publication date. */
  dateSource?: 'text' | 'article' | null;
  location?: Place | null;
  tone?: number | null;
}

/** A message a stage leaves on a document: what it decided, where, and by which rule. */
export interface Message {
  ruleId: string;
  reason: string;
  level: 'info' | 'warning' | 'skip';
  start?: number;
  end?: number;
  stage?: string;
}

/** Tone of a text span, GDELT style: percentages of positive and negative words and their difference. */
export interface Tone {
  tone: number;
  positive: number;
  negative: number;
  words: number;
}

/** The document that flows through the pipeline. */
export interface NewsDoc {
  /** Stable id: the id given by the input, else a content hash. */
  id: string;
  /** The article text, exactly as stored. All offsets index into it. */
  text: string;
  meta: ArticleMeta;
  /** Detected language (ISO 639-1) or null when undecided. */
  language?: string | null;
  sentences?: Sentence[];
  tokens?: Tokens;
  mentions?: Mention[];
  events?: DocEvent[];
  tone?: Tone;
  sentenceTone?: number[];
  messages: Message[];
  /** True when a stage decided that the document must not be coded (e.g. another language); the reason is a message. */
  skipped?: boolean;
}

/** Creates a document from an article's text and metadata. */
export function createDoc(id: string, text: string, meta: ArticleMeta = {}): NewsDoc {
  return { id, text, meta, messages: [] };
}

/** Records a message on a document. */
export function note(doc: NewsDoc, message: Message): void {
  doc.messages.push(message);
}

/** The text of a span. */
export function spanText(doc: NewsDoc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}
