package veille

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is one news article as ingest produces it: its metadata and its main
// text, without navigation, comments or related-article blocks.
type Article struct {
	// ID identifies the article in the index; see DocumentID.
	ID string `json:"id"`
	// Source is the source as the user gave it: a file path or a URL.
	Source string `json:"source"`
	// URL is where the article was read from (http(s) or file URL).
	URL string `json:"url,omitempty"`
	// CanonicalURL is the URL the page declares as its canonical one, if any.
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Site is the publisher's name or, failing that, the host name.
	Site      string    `json:"site,omitempty"`
	Title     string    `json:"title"`
	Author    string    `json:"author,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Lang is the article's language as a BCP 47 tag ("fr", "en").
	Lang string `json:"lang,omitempty"`
	// Text is the main text, one block (paragraph, intertitle, list item) per line.
	Text string `json:"text,omitempty"`
	// FetchedAt is when the source was read.
	FetchedAt time.Time `json:"fetched_at,omitzero"`
	// ContentHash is a hash of the source's content; an unchanged hash means an
	// unchanged article, so re-ingesting it is a no-op.
	ContentHash string `json:"content_hash,omitempty"`
}

// DocumentID returns the stable identifier of the document read from key, which
// is the canonical URL of a web page or the cleaned absolute path of a local file.
// The same key always gives the same ID, so ingesting a source twice replaces
// the document instead of duplicating it.
func DocumentID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}

// ContentHash returns the hash stored in Article.ContentHash for the given content.
func ContentHash(content []byte) string {
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:16])
}
