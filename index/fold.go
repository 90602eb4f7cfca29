package index

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// foldFilterName names the token filter that strips diacritics, so that
// "equipement" finds "équipement" and "Etat" finds "État".
const foldFilterName = "veille_fold"

// foldFilter removes combining marks from every token after canonical
// decomposition, and spells out the ligatures French copy uses (œ, æ). Unlike
// a character filter it works on tokens, so the offsets kept for highlighting
// still point into the original text.
type foldFilter struct{}

// Filter folds each token of input in place.
func (foldFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if needsFold(tok.Term) {
			tok.Term = fold(tok.Term)
		}
	}
	return input
}

func needsFold(term []byte) bool {
	for _, b := range term {
		if b >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

var ligatures = strings.NewReplacer("œ", "oe", "Œ", "OE", "æ", "ae", "Æ", "AE")

// fold returns term without diacritics.
func fold(term []byte) []byte {
	decomposed := norm.NFD.Bytes(term)
	out := make([]byte, 0, len(decomposed))
	for i := 0; i < len(decomposed); {
		r, size := utf8.DecodeRune(decomposed[i:])
		if !unicode.Is(unicode.Mn, r) {
			out = append(out, decomposed[i:i+size]...)
		}
		i += size
	}
	return []byte(ligatures.Replace(string(norm.NFC.Bytes(out))))
}

func init() {
	err := registry.RegisterTokenFilter(foldFilterName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	})
	if err != nil {
		panic(fmt.Sprintf("register token filter %s: %v", foldFilterName, err))
	}
}
