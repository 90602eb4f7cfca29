package entity

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// splitCases are French texts with their sentences, for the sentence
// boundaries the cue windows rely on: titles ("M.", "Mme", "Dr"), decimals
// with a comma, elisions, a name that ends a sentence ("Mistral AI.").
var splitCases = []struct {
	text string
	want []string
}{
	{"M. Macron a reçu Arthur Mensch. Mistral AI a levé 600 millions.",
		[]string{"M. Macron a reçu Arthur Mensch.", "Mistral AI a levé 600 millions."}},
	{"Le plan quantique représente 1,8 milliard d'euros. Il a été annoncé en 2021.",
		[]string{"Le plan quantique représente 1,8 milliard d'euros.", "Il a été annoncé en 2021."}},
	{"L'Inria et l'IDRIS s'associent. L'annonce a été faite mardi.",
		[]string{"L'Inria et l'IDRIS s'associent.", "L'annonce a été faite mardi."}},
	{"La start-up a été fondée par d'anciens de Mistral AI. Elle emploie 50 personnes.",
		[]string{"La start-up a été fondée par d'anciens de Mistral AI.", "Elle emploie 50 personnes."}},
	{"Mme Chappaz et le Dr Martin étaient présents. Ils ont salué l'annonce !",
		[]string{"Mme Chappaz et le Dr Martin étaient présents.", "Ils ont salué l'annonce !"}},
	{"Jean Zay atteint 36,85 pétaflops… La machine sera étendue en 2024.",
		[]string{"Jean Zay atteint 36,85 pétaflops…", "La machine sera étendue en 2024."}},
	{"« Nous allons investir », a dit M. Barrot. Puis il est parti.",
		[]string{"« Nous allons investir », a dit M. Barrot.", "Puis il est parti."}},
	{"Le supercalculateur est-il prêt ? Pas encore, selon GENCI.",
		[]string{"Le supercalculateur est-il prêt ?", "Pas encore, selon GENCI."}},
	{"Les GPU H100 coûtent 40 000 $. NVIDIA en vend des millions.",
		[]string{"Les GPU H100 coûtent 40 000 $.", "NVIDIA en vend des millions."}},
	{"Le site flint.sh est en ligne. La version 2.0 sort en mai.",
		[]string{"Le site flint.sh est en ligne.", "La version 2.0 sort en mai."}},
	{"Voir l'art. 5 du règlement. Il s'applique en 2026.",
		[]string{"Voir l'art. 5 du règlement.", "Il s'applique en 2026."}},
	{"Elle vaut 11,7 Md€. Le reste suit, etc. Puis vient l'ANR.",
		[]string{"Elle vaut 11,7 Md€.", "Le reste suit, etc.", "Puis vient l'ANR."}},
}

// ownSentences splits text where the tokenizer marks a sentence end or a
// paragraph.
func ownSentences(text string) []string {
	var tz tokenizer
	tz.run(text, nil)
	var out []string
	start := 0
	for _, t := range tz.toks[1 : len(tz.toks)-1] {
		if t.gap&(gSentence|gPara) != 0 {
			out = append(out, strings.TrimSpace(text[start:t.start]))
			start = int(t.start)
		}
	}
	return append(out, strings.TrimSpace(text[start:]))
}

func proseSentences(t testing.TB, text string) []string {
	doc, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false), prose.WithTokenization(false))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range doc.Sentences() {
		out = append(out, strings.TrimSpace(s.Text))
	}
	return out
}

// TestSentenceSplitting checks the tokenizer's sentence ends on French and
// logs how prose's segmenter does on the same texts, for comparison.
func TestSentenceSplitting(t *testing.T) {
	proseRight := 0
	for _, tc := range splitCases {
		if got := ownSentences(tc.text); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("split %q\n got %q\nwant %q", tc.text, got, tc.want)
		}
		got := proseSentences(t, tc.text)
		if strings.Join(got, "|") == strings.Join(tc.want, "|") {
			proseRight++
		} else {
			t.Logf("prose splits %q as %q", tc.text, got)
		}
	}
	t.Logf("prose: %d of %d French texts split right", proseRight, len(splitCases))
}

func BenchmarkSentencesProse(b *testing.B) {
	arts := seedArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a[1])
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, a := range arts {
			proseSentences(b, a[1])
		}
	}
}

func BenchmarkSentencesOwn(b *testing.B) {
	arts := seedArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a[1])
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, a := range arts {
			ownSentences(a[1])
		}
	}
}

// BenchmarkSentencesProseOneText segments the seeds as one text, to tell
// prose's cost per document from its cost per byte.
func BenchmarkSentencesProseOneText(b *testing.B) {
	var sb strings.Builder
	for _, a := range seedArticles(b) {
		sb.WriteString(a[1])
		sb.WriteString("\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		proseSentences(b, text)
	}
}

// BenchmarkSentencesProseShort measures prose's fixed cost per document.
func BenchmarkSentencesProseShort(b *testing.B) {
	for b.Loop() {
		proseSentences(b, "Un. Deux.")
	}
}
