package web

import (
	"html/template"
	"slices"
	"testing"
)

func TestHighlightLines(t *testing.T) {
	tests := []struct {
		name  string
		field string
		marks []mark
		want  []template.HTML
	}{
		{
			name:  "accents before the mark count as one code point each",
			field: "L’État prévoit d'investir 360 millions d'euros à Évry.",
			marks: []mark{{Start: 26, End: 46, Class: "amount"}},
			want:  []template.HTML{`L’État prévoit d&#39;investir <mark class="amount">360 millions d&#39;euros</mark> à Évry.`},
		},
		{
			name:  "two lines, a mark on each, with a tooltip",
			field: "Le GENCI pilote.\nJean Zay est à l’IDRIS.",
			marks: []mark{{3, 8, "org", "GENCI"}, {17, 25, "machine", "Jean Zay"}, {34, 39, "org", "IDRIS"}},
			want: []template.HTML{
				`Le <mark class="org" title="GENCI">GENCI</mark> pilote.`,
				`<mark class="machine" title="Jean Zay">Jean Zay</mark> est à l’<mark class="org" title="IDRIS">IDRIS</mark>.`,
			},
		},
		{
			name:  "a mark across a line break is cut in two",
			field: "supercalculateur Alice\nRecoque",
			marks: []mark{{17, 30, "machine", ""}},
			want:  []template.HTML{`supercalculateur <mark class="machine">Alice</mark>`, `<mark class="machine">Recoque</mark>`},
		},
		{
			name:  "out of range, empty, reversed and overlapping marks are ignored",
			field: "Mistral AI et Kyutai",
			marks: []mark{{0, 10, "org", ""}, {8, 12, "org", ""}, {14, 99, "org", ""}, {5, 5, "org", ""}, {-1, 3, "org", ""}, {12, 11, "org", ""}},
			want:  []template.HTML{`<mark class="org">Mistral AI</mark> et Kyutai`},
		},
		{
			name:  "of two marks at the same start the longer wins",
			field: "Mistral AI lève des fonds",
			marks: []mark{{0, 7, "org", ""}, {0, 10, "org", "Mistral AI"}},
			want:  []template.HTML{`<mark class="org" title="Mistral AI">Mistral AI</mark> lève des fonds`},
		},
		{
			name:  "characters outside the basic plane and markup are escaped whole",
			field: "🚀 <b>Jean Zay</b> & co",
			marks: []mark{{5, 13, "machine", `x" onmouseover="alert(1)`}},
			want:  []template.HTML{`🚀 &lt;b&gt;<mark class="machine" title="x&#34; onmouseover=&#34;alert(1)">Jean Zay</mark>&lt;/b&gt; &amp; co`},
		},
		{
			name:  "blank lines are dropped, offsets still count them",
			field: "Titre\n\n  \nCNRS",
			marks: []mark{{10, 14, "org", ""}},
			want:  []template.HTML{`Titre`, `<mark class="org">CNRS</mark>`},
		},
		{name: "empty field", field: "", marks: []mark{{0, 1, "org", ""}}, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := highlightLines(tt.field, tt.marks)
			if !slices.Equal(got, tt.want) {
				t.Errorf("highlightLines(%q)\n got %q\nwant %q", tt.field, got, tt.want)
			}
		})
	}
}

func TestSafeSnippet(t *testing.T) {
	tests := []struct {
		in   string
		want template.HTML
	}{
		{`Le <mark>supercalculateur</mark> Jean Zay de l&#39;IDRIS`, `Le <mark>supercalculateur</mark> Jean Zay de l&#39;IDRIS`},
		{`R&amp;D : <mark>GENCI</mark> &lt;3`, `R&amp;D : <mark>GENCI</mark> &lt;3`},
		{`<script>alert("IA")</script><mark>IA</mark>`, `&lt;script&gt;alert(&#34;IA&#34;)&lt;/script&gt;<mark>IA</mark>`},
		{`<img src=x onerror=alert(1)> l’<mark>État</mark>`, `&lt;img src=x onerror=alert(1)&gt; l’<mark>État</mark>`},
		{`<mark class="x">CEA</mark>`, `&lt;mark class=&#34;x&#34;&gt;CEA`},
		{`<mark>Jean <mark>Zay`, `<mark>Jean Zay</mark>`},
		{`</mark>Alice Recoque</mark>`, `Alice Recoque`},
		{`a < b et c > d`, `a &lt; b et c &gt; d`},
		{`&lt;mark&gt;`, `&lt;mark&gt;`},
		{``, ``},
	}
	for _, tt := range tests {
		if got := safeSnippet(tt.in); got != tt.want {
			t.Errorf("safeSnippet(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
