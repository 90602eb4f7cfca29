package index

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/veille-fr/veille"
)

// TestSnippet checks the window a snippet shows, its marks, its escaping and
// its ellipses.
func TestSnippet(t *testing.T) {
	long := strings.Repeat("Le calcul intensif progresse en région. ", 12)
	at := func(text, word string, from int) textMatch {
		i := strings.Index(text[from:], word) + from
		return textMatch{i, i + len(word)}
	}
	dense := "GENCI annonce. " + long + "Le GENCI et le CEA et l'INRIA signent."
	tests := []struct {
		name    string
		text    string
		matches []textMatch
		want    string
	}{
		{"short text, whole", "Le CEA & l'Inria <signent>.", []textMatch{{3, 6}},
			"Le <mark>CEA</mark> &amp; l&#39;Inria &lt;signent&gt;."},
		{"the densest window wins, filled with text before at the end", dense,
			[]textMatch{at(dense, "GENCI", 0), at(dense, "GENCI", len(long)), at(dense, "CEA", len(long)), at(dense, "INRIA", len(long))},
			"…Le calcul intensif progresse en région. Le calcul intensif progresse en région. Le calcul intensif progresse en région. " +
				"Le calcul intensif progresse en région. Le <mark>GENCI</mark> et le <mark>CEA</mark> et l&#39;<mark>INRIA</mark> signent."},
		{"line breaks become spaces", "Titre\n\nLe CEA\nsigne.", []textMatch{{10, 13}},
			"Titre Le <mark>CEA</mark> signe."},
	}
	for _, tt := range tests {
		if got := snippet(tt.text, tt.matches); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	// A match at the start of a long text: the window runs on and is cut.
	s := snippet(long, []textMatch{{3, 9}})
	if !strings.HasPrefix(s, "Le <mark>calcul</mark> intensif") || !strings.HasSuffix(s, "…") {
		t.Errorf("snippet at the start = %q", s)
	}
	if n := utf8.RuneCountInString(s); n > snippetLen+20 {
		t.Errorf("snippet at the start has %d characters", n)
	}
	// No match: the start of the text.
	if s := snippet(long, nil); strings.Contains(s, "<mark>") || !strings.HasSuffix(s, "…") || !strings.HasPrefix(s, "Le calcul") {
		t.Errorf("snippet without matches = %q", s)
	}
}

// TestSnippetMarks checks through Search that a phrase is marked only where
// it stands whole, words wherever they are, and accents and elisions as the
// index analyses them.
func TestSnippetMarks(t *testing.T) {
	x, err := OpenMemory(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	doc := veille.Document{Article: veille.Article{ID: "d", Title: "Calcul", ContentHash: "h",
		Text: "Jean Dupont dirige le centre. Le supercalculateur Jean Zay et l'équipement du GENCI tournent."}}
	if _, err := x.Put(ctx, []veille.Document{doc}); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ query, want string }{
		{`"Jean Zay"`, "Jean Dupont dirige le centre. Le supercalculateur <mark>Jean</mark> <mark>Zay</mark> et l&#39;équipement du GENCI tournent."},
		{"jean equipement", "<mark>Jean</mark> Dupont dirige le centre. Le supercalculateur <mark>Jean</mark> Zay et <mark>l&#39;équipement</mark> du GENCI tournent."},
		{"supercalculateurs org:absent -x", ""},
		{"genci -Dupont", ""},
		{"genci", "Jean Dupont dirige le centre. Le supercalculateur Jean Zay et l&#39;équipement du <mark>GENCI</mark> tournent."},
	}
	for _, tt := range tests {
		res, err := x.Search(ctx, veille.SearchRequest{Query: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		if len(res.Hits) > 0 {
			got = res.Hits[0].Snippet
		}
		if got != tt.want {
			t.Errorf("Search(%q) snippet\n got %q\nwant %q", tt.query, got, tt.want)
		}
	}
}
