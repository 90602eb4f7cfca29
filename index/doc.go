// Package index stores veille documents in a bleve index and searches them
// with veille's query language. *Index implements veille.Store, on disk (Open)
// or in memory (OpenMemory).
//
// # Analysis
//
// Titles and texts go through the veille_fr analyser: the Unicode word
// tokenizer (UAX #29: "Jean-Zay" gives two adjacent tokens, "l’IA" one), lower
// case, French elision (l' d' qu' j' n' s' c' m' t' jusqu' quoiqu' lorsqu'
// puisqu', written with ' or ’), French stop words, accent folding (a token
// filter, so highlight offsets stay exact: "équipement" and "equipement"
// agree, "œ" becomes "oe") and the French light stemmer ("supercalculateurs"
// and "supercalculateur" agree).
//
// # Fields
//
//	field             type      analyser  stored  serves
//	title             text      veille_fr no      words and phrases, boosted ×3 at query time
//	text              text      veille_fr yes     words and phrases, highlighted snippets
//	organisation      keyword   keyword   no      org: filter (canonical names, one per organisation)
//	machine           keyword   keyword   no      machine: filter (canonical names)
//	site              keyword   keyword   no      site: filter
//	lang              keyword   keyword   no      lang: filter (lower case)
//	facet             keyword   keyword   no      the four facets of a search (from its postings) and Entities (from doc values):
//	                                              "org:GENCI", "machine:Jean Zay", "site:Next", "month:2023-06"
//	                                              (the month of published in UTC, as date filters count)
//	published         datetime  -         no      date sort, after: and before: filters (from its doc values)
//	fetched           datetime  -         no      when the source was read
//	amount            keyword   keyword   no      Entities of type amount ("1800000000 EUR": value and ISO currency)
//	amount_<cur>      number    -         no      amount filters (from its full-precision terms): every amount value and range end in that currency (amount_eur)
//	max_amount_<cur>  number    -         no      the largest amount of the document in that currency, for sorting
//	content_hash      keyword   keyword   yes     Put's added / updated / unchanged decision
//	doc               JSON      not indexed yes   the whole veille.Document without its text, for Get, Export and hits
//
// The facet, amount and published fields keep doc values, for Entities and
// the date columns; the other keyword fields need none, as they only filter.
// The facet and published fields are added to each document outside
// the mapping: the facet values are made from several fields of the
// document, and a date bleve cannot index (outside the years 1677-2262) is
// left out instead of failing the document. Doc values are kept compressed:
// bleve (zapx v17) merges uncompressed doc values wrongly, giving each value
// of a chunk to one document. Nothing goes into bleve's composite _all
// field: queries name their fields. The amount_<cur> fields are the only
// ones made by dynamic mapping, one per currency met. A document's Text is
// stored once, in the text field, and put back into the document by Get and
// Export. The mapping's version is stored in the index; Open refuses an
// index built with another one.
//
// # Search
//
// A search runs in engine.go over the segments of one index snapshot, not
// through bleve's searcher tree: its query is a conjunction of words,
// phrases and filters, which a loop over each segment's postings matches
// leapfrogging from the rarest clause, scores, counts into facets and keeps
// the best of in a bounded heap, several times faster than bleve's general
// searchers with their per-hit allocations. Phrases are checked from the
// positions of their terms; org:, machine:, site: and lang: walk the
// postings of their keyword fields. The other filters and the facets read
// columns kept in memory for each segment (segments never change once
// written): the facet values of each document (from the postings of the
// facet field), its publication date (from the doc values of published) and
// its amounts (from the full-precision terms of the amount_<cur> fields). A
// query that matches every document takes its counts from the totals of the
// segments, less their deleted documents.
//
// Ranking is TF-IDF, as bleve's: in each of the title (boost ×3) and the
// text, a word scores boost × idf² × √freq × norm, with idf = 1 + ln(N / (1 +
// df)) over the live documents and norm = 1/√(the field's length in terms); a
// phrase scores as one word found where the phrase is, with the sum of its
// words' idf; a hit's score is the sum over its words and phrases. Filters
// select without scoring, so ranking depends on the words alone; equal scores
// keep the index order, and the date order puts undated documents last.
//
// A hit's snippet (snippet.go) is the window of its stored text, about 200
// code points, that holds the most matches of the query's words and
// phrases, marked from the term positions (offsets) the segment keeps; a
// phrase is marked only where it stands whole. With no match in the text,
// the snippet is the start of the text.
//
// # Query language
//
// A query is a list of clauses separated by spaces; a hit matches every
// clause, and none of those with a leading minus:
//
//	supercalculateur exascale    words, in the title or the text (analysed as above)
//	"Jean Zay"  « Jean Zay »     an exact phrase
//	-word  -"a phrase"           exclusion; every filter can be excluded too
//	org:GENCI  org:"Mistral AI"  an organisation by canonical name, ignoring case and accents
//	machine:"Jean Zay"           a machine by canonical name, likewise
//	site:next.ink  lang:fr       the publisher, the language
//	amount>=100M€  amount>1e9    an amount compared with >=, >, <=, < or =; no currency means EUR
//	after:2023-06-01  before:2023-12  published on or after, on or before a day, a month or a year (UTC)
//	sort:date  sort:relevance    the order of hits, unless the request sets one; newest first for date
//
// Two filters of the same kind must both match (org:GENCI org:CNRS finds the
// articles that mention both). An amount with a range ("entre 35 et 40
// milliards") matches by either end. Words that analyse to nothing (stop words alone, punctuation) are ignored;
// '*' and '?' are plain text, never wildcards. A query has at most 1,000
// characters and 64 terms. Errors name the problem and its position, in code
// points from 0, with code veille.EINVALID.
package index
