package veille

// Field names the part of an article an entity was found in. Offsets of an
// entity are counted in Unicode code points from the start of that field.
type Field string

// The fields entities are extracted from.
const (
	FieldTitle Field = "title"
	FieldText  Field = "text"
)

// Span locates an entity: the field it is in and its offsets, in Unicode code
// points (not bytes), so that a Python or JavaScript user can slice the field
// with them. Start is inclusive, End exclusive.
type Span struct {
	Field Field `json:"field"`
	Start int   `json:"start"`
	End   int   `json:"end"`
}

// Qualifier says how exact an amount is, as the text puts it ("près de 2
// milliards" is QualifierAbout).
type Qualifier string

// The qualifiers French copy puts before an amount.
const (
	QualifierNone    Qualifier = ""
	QualifierAbout   Qualifier = "about"    // près de, environ, quelque, autour de
	QualifierOver    Qualifier = "over"     // plus de, au-delà de
	QualifierAtLeast Qualifier = "at_least" // au moins, au minimum
	QualifierUpTo    Qualifier = "up_to"    // jusqu'à, au plus, au maximum
	QualifierUnder   Qualifier = "under"    // moins de
)

// Amount is a monetary amount found in an article.
type Amount struct {
	// Text is the amount as written ("1,8 milliard d'euros").
	Text string `json:"text"`
	// Value is the amount in units of Currency (1.8e9 for "1,8 milliard
	// d'euros"); for a range or an alternative ("35 ou 40 milliards") it is
	// the low end.
	Value float64 `json:"value"`
	// Currency is the ISO 4217 code ("EUR", "USD").
	Currency string `json:"currency"`
	// Max is the high end of a range, zero for a single amount.
	Max float64 `json:"max,omitzero"`
	// Qualifier keeps "près de", "plus de", "jusqu'à"… as a normalised value.
	Qualifier Qualifier `json:"qualifier,omitempty"`
	Span
}

// Mention is one occurrence of a named entity (an organisation or a machine).
type Mention struct {
	// Name is the canonical name, the same whatever the spelling in the text.
	Name string `json:"name"`
	// Text is the mention as written ("Jean-Zay", "l'INRIA" gives "INRIA").
	Text string `json:"text"`
	Span
}

// Entities are what extract finds in an article.
type Entities struct {
	Amounts       []Amount  `json:"amounts"`
	Organisations []Mention `json:"organisations"`
	Machines      []Mention `json:"machines"`
}

// Document is an article with its entities: what index stores and what
// `veille extract` and `veille export` print.
type Document struct {
	Article
	Entities
}
