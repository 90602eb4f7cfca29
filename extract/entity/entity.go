// Package entity finds organisations and machines (supercomputers, AI
// clusters) in the title and the main text of a French article.
//
// Names come from reference lists (package data): every name, acronym,
// expansion and alias is folded (case, accents, typographic apostrophes,
// hyphens: "Jean-Zay" is "Jean Zay") and put in a trie of words, and the
// longest name wins at each word ("Google DeepMind" over "Google"). Words are
// runs of letters and digits, so "Inria" is not found in "Inrial" nor "H" in
// "H100"; a dot between two letters stays inside a word ("Flint.sh"), and web
// addresses are skipped. An elision ("l'IDRIS") is left out of the mention.
//
// Capitals: a list entry marked "case" must be written with its listed
// capitals, as must a short acronym ("CEA", "H"; a four-letter one may also be
// written "Cnil"); a one-word name listed with a capital must start with one,
// as proper nouns do, so "le mistral souffle" is not Mistral AI. A title set
// in capitals escapes both rules.
//
// Context: an entry marked "context" is a common word too ("H", "Eos",
// "Jules Verne"). It is accepted with a cue: for an organisation a noun just
// before it ("la start-up française H", "le groupe", "chez", "l'américain"),
// an apposition after it (", la start-up", "(start-up)") or a verb ("a levé",
// "annonce", "s'associe"); for a machine a strong cue within eight words
// ("supercalculateur", "exaflopique") or a weak one right next to it
// ("la machine X", "X, le cluster"). The nearest cue decides between an
// organisation and a machine of the same name. It is also accepted when the
// same entry is sure elsewhere in the title or the text, or listed with a sure
// name of its kind ("Meta et Google DeepMind"). It is refused when it is part
// of a longer capitalised name ("Frontier AI", "Alan Turing") or follows a
// noun that names something else ("le lycée Jules Verne").
//
// Organisations in no list come from the same cues, conservatively: one to
// four capitalised words that are not a person (first names, titles, public
// figures, surnames met after a first name), a place, an event, a law, a
// product or a chip model. A person's job and "de" also name an employer
// ("un analyste de Kepler Cheuvreux", "la directrice générale de X"); a cue
// noun holds for two names joined by "et" ("les courtiers X et Y"); a name
// after "projet" or "programme" is none ("le projet européen HPLT"), and a
// listed name followed by a firm suffix is another company ("Atlassian
// Ventures"). A capitalised head word keeps its complement
// ("CHU de Bordeaux"); a name after a preposition that opens the sentence
// ("Dans les Hauts-de-France, la start-up…") or completing the noun before a
// verb ("le chantier de Lorient construit") is a place, not the
// organisation. An acronym in parentheses after a long name that starts with
// a head word ("Centre", "Agence") and whose initials it takes makes both one
// organisation; when either is listed, the other takes its name, and when
// both are listed as two organisations, the acronym takes the long name's for
// the whole document ("Comité européen de la protection des données (CEPD)"
// is not the Contrôleur, also written CEPD); so does a listed acronym after a
// long form that is none of its names ("Fédération française de tennis
// (FFT)"). English long forms end with their head word ("Amaury Sport
// Organisation (ASO)"). A sports club's name opens with a club word ("RC
// Lens", "Olympique de Marseille", "Stade rennais", not "Stade de France"),
// and a cue noun holds across "comme" ("des sociétés comme X ou Y"). Machines
// in no list follow "le supercalculateur X", "le cluster X", "la grappe X",
// "la machine, baptisée X" or precede ", le supercalculateur".
//
// Inside a document, the short form of a name without its suffix ("Mistral"
// for "Mistral AI") and misspellings of names found ("Huggins Face", "Illiad")
// resolve to the canonical name.
package entity

import (
	"sort"
	"sync"

	"github.com/veille-fr/veille/extract/data"
)

// Kind says whether a Match is an organisation or a machine.
type Kind int

// The kinds of entity the Recognizer finds.
const (
	Organisation Kind = iota + 1
	Machine
)

// String returns "organisation" or "machine".
func (k Kind) String() string {
	switch k {
	case Organisation:
		return "organisation"
	case Machine:
		return "machine"
	}
	return "unknown"
}

// Match is one mention of an organisation or a machine. Name is the
// canonical name; Text is the mention as written, without a leading elision
// ("l'", "d’"); Start and End are byte offsets into the field the mention was
// found in (End exclusive), so that field[Start:End] == Text.
type Match struct {
	Kind       Kind
	Name, Text string
	Start, End int
}

// Recognizer finds organisations and machines with a set of reference lists.
// It is immutable once built and safe for concurrent use.
type Recognizer struct {
	vocab   map[string]int32 // folded word -> id
	words   []string         // id -> folded word
	roles   []role           // id -> roles of the word in the cue rules
	next    map[uint64]int32 // trie edges, see edge
	terms   [][]int32        // node -> forms that end there
	forms   []form
	entries []entry
	pool    sync.Pool // *doc scratch space
}

// Sizes returns the number of organisations and machines loaded.
func (r *Recognizer) Sizes() (organisations, machines int) {
	for _, e := range r.entries {
		if e.kind == Machine {
			machines++
		} else {
			organisations++
		}
	}
	return organisations, machines
}

var defaultRecognizer = sync.OnceValues(func() (*Recognizer, error) { return New(data.FS) })

// Default returns the Recognizer of the embedded reference lists, built on
// first use and shared.
func Default() (*Recognizer, error) {
	return defaultRecognizer()
}

// Recognize returns the organisations and machines of a title and of a main
// text, each in order of appearance and without overlaps. A name that needs a
// cue is accepted in one field when it is sure in the other.
func (r *Recognizer) Recognize(title, text string) (inTitle, inText []Match) {
	d, _ := r.pool.Get().(*doc)
	if d == nil {
		d = &doc{r: r}
	}
	d.reset(title, text)
	d.findKnown()
	d.settlePending()
	d.findDocForms()
	d.findUnknown()
	d.findAcronyms()
	d.settlePending() // names found since may be a pending name's subsidiaries: "Vinci Construction"
	d.findDocForms()
	inTitle, inText = d.matches()
	d.release()
	r.pool.Put(d)
	return inTitle, inText
}

// matches returns the accepted spans of each field as Matches.
func (d *doc) matches() (inTitle, inText []Match) {
	var out [2][]Match
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.state != accepted {
			continue
		}
		f := d.fieldOf(sp.s)
		text := d.text[f]
		start, end := int(d.tz.toks[sp.s].start), int(d.tz.toks[sp.e-1].end)
		out[f] = append(out[f], Match{Kind: sp.kind, Name: sp.name, Text: text[start:end], Start: start, End: end})
	}
	for _, ms := range out {
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	return out[0], out[1]
}

// edge returns the key of the trie edge from node by word id; punct says
// that punctuation stands before the word, so that "Paris, Saclay" is not
// "Paris-Saclay".
func edge(node, id int32, punct bool) uint64 {
	k := uint64(node)<<33 | uint64(uint32(id))
	if punct {
		k |= 1 << 32
	}
	return k
}
