package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
)

// The names of the indexed fields; doc.go says what each one serves.
const (
	fieldTitle       = "title"
	fieldText        = "text"
	fieldOrg         = "organisation"
	fieldMachine     = "machine"
	fieldSite        = "site"
	fieldLang        = "lang"
	fieldPublished   = "published"
	fieldFetched     = "fetched"
	fieldFacet       = "facet"
	fieldAmount      = "amount"
	fieldContentHash = "content_hash"
	fieldDoc         = "doc"
)

// frenchAnalyzer names the analyser of title and text.
const frenchAnalyzer = "veille_fr"

// mappingVersion is stored in the index and checked on open, so that an
// index built with another mapping is reported instead of half working.
const mappingVersion = "10"

// mappingVersionKey is the internal key mappingVersion is stored under.
var mappingVersionKey = []byte("veille_mapping_version")

// The prefixes of the values of the facet field, one per facet: every
// value a document has for the facets, in one field, so that a search reads
// one field for all its facets. The field is added by Index.addToBatch,
// outside the mapping, as the published and day fields are.
const (
	facetOrg     = "org:"
	facetMachine = "machine:"
	facetSite    = "site:"
	facetMonth   = "month:"
)

// amountFieldPrefix starts the name of every amount field.
const amountFieldPrefix = "amount_"

// amountField returns the numeric field that holds every amount in currency
// ("amount_eur").
func amountField(currency string) string {
	return amountFieldPrefix + strings.ToLower(currency)
}

// maxAmountField returns the numeric field that holds the largest amount of a
// document in currency ("max_amount_eur").
func maxAmountField(currency string) string {
	return "max_amount_" + strings.ToLower(currency)
}

// newMapping returns the index mapping described in doc.go.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	err := im.AddCustomAnalyzer(frenchAnalyzer, map[string]any{
		"type":      custom.Name,
		"tokenizer": unicode.Name,
		"token_filters": []any{
			lowercase.Name,
			fr.ElisionName,
			fr.StopName,
			foldFilterName,
			fr.LightStemmerName,
		},
	})
	if err != nil {
		return nil, err
	}
	im.DefaultAnalyzer = frenchAnalyzer
	im.StoreDynamic = false
	im.IndexDynamic = true
	im.DocValuesDynamic = true

	doc := bleve.NewDocumentMapping()
	// Dynamic mapping serves only the amount_<currency> and
	// max_amount_<currency> numeric fields: every other field is declared.
	doc.Dynamic = true

	frenchText := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = frenchAnalyzer
		f.Store = store
		f.IncludeTermVectors = true // phrases and highlighting need positions
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	keywordField := func(store, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	fetched := bleve.NewDateTimeFieldMapping()
	fetched.Store = false
	fetched.IncludeInAll = false
	fetched.DocValues = false
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false

	doc.AddFieldMappingsAt(fieldTitle, frenchText(false))
	doc.AddFieldMappingsAt(fieldText, frenchText(true))
	doc.AddFieldMappingsAt(fieldOrg, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldMachine, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldSite, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldLang, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldAmount, keywordField(false, true))
	doc.AddFieldMappingsAt(fieldContentHash, keywordField(true, false))
	doc.AddFieldMappingsAt(fieldFetched, fetched)
	doc.AddFieldMappingsAt(fieldDoc, stored)

	im.DefaultMapping = doc
	return im, nil
}
