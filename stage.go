package veille

import (
	"context"
	"time"
)

// Extractor finds the amounts, organisations and machines of an article, in its
// title and its main text. It is safe for concurrent use.
type Extractor interface {
	Extract(a *Article) Entities
}

// PutStatus says what storing a document did.
type PutStatus string

// The outcomes of storing a document.
const (
	Added     PutStatus = "added"     // the ID was not in the index
	Updated   PutStatus = "updated"   // the ID was there with another content hash
	Unchanged PutStatus = "unchanged" // the ID was there with the same content hash
)

// Putter stores documents: an index, or a client of the server that owns one.
type Putter interface {
	// Put adds or replaces documents by ID and says, for each, what it did.
	// A document whose ContentHash is already stored under its ID is left alone.
	Put(ctx context.Context, docs []Document) ([]PutStatus, error)
}

// Store keeps documents and answers searches over them. Implementations are
// safe for concurrent use; searches may run while documents are being put.
type Store interface {
	Putter
	// Get returns the document with the given ID, or an error with code ENOTFOUND.
	Get(ctx context.Context, id string) (Document, error)
	// Search runs a query; a malformed query gets an error with code EINVALID.
	Search(ctx context.Context, req SearchRequest) (*SearchResult, error)
	// Entities lists the entities of the index with the number of documents
	// that mention each, most mentioned first.
	Entities(ctx context.Context, req EntitiesRequest) ([]EntityCount, error)
	// Export calls fn for every stored document, in ID order, until fn fails.
	Export(ctx context.Context, fn func(Document) error) error
	// Count returns the number of stored documents.
	Count(ctx context.Context) (uint64, error)
	Close() error
}

// Sort orders search hits.
type Sort string

// The orders a search can ask for.
const (
	SortRelevance Sort = "relevance"
	SortDate      Sort = "date" // newest first
)

// SearchRequest is a query in veille's query language (free text, "phrases",
// -exclusions, org:, machine:, site:, amount>=, after:, before:) with paging.
type SearchRequest struct {
	Query  string
	Limit  int // hits per page; zero means 10
	Offset int // hits to skip, for pagination
	Sort   Sort
}

// SearchResult is one page of hits and the facets of the whole result set.
type SearchResult struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets"`
	Took   time.Duration           `json:"took_ns"`
}

// Hit is one document found by a search, without its main text.
type Hit struct {
	ID            string    `json:"id"`
	Score         float64   `json:"score"`
	Title         string    `json:"title"`
	Source        string    `json:"source"`
	URL           string    `json:"url,omitempty"`
	Site          string    `json:"site,omitempty"`
	Published     time.Time `json:"published,omitzero"`
	Snippet       string    `json:"snippet"` // HTML: <mark> around matched terms, the rest escaped
	Organisations []string  `json:"organisations"`
	Machines      []string  `json:"machines"`
	Amounts       []Amount  `json:"amounts"`
}

// FacetCount is one value of a facet and how many hits have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// EntityType selects a kind of entity.
type EntityType string

// The kinds of entities.
const (
	TypeOrganisation EntityType = "organisation"
	TypeMachine      EntityType = "machine"
	TypeAmount       EntityType = "amount"
)

// EntitiesRequest selects entities to list.
type EntitiesRequest struct {
	Type EntityType // empty: organisations and machines
	Top  int        // zero means 50
}

// EntityCount is an entity and the number of documents that mention it.
type EntityCount struct {
	Type      EntityType `json:"type"`
	Name      string     `json:"name"`
	Documents int        `json:"documents"`
}
