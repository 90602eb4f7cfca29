package amount

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/veille-fr/veille"
)

// TestSentencesFile checks Find on the sentences of testdata/sentences.tsv, in
// the styles of French financial and tech press, press releases and
// ministerial communiqués: every amount with its exact value, currency, range
// end and qualifier, and nothing else.
func TestSentencesFile(t *testing.T) {
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	lines := 0
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines++
		sentence, expected, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("sentences.tsv:%d: no TAB", n)
		}
		want, err := parseExpected(expected)
		if err != nil {
			t.Fatalf("sentences.tsv:%d: %v", n, err)
		}
		got := Find(sentence)
		same := len(got) == len(want)
		for i := 0; same && i < len(got); i++ {
			w := want[i]
			same = near(got[i].Value, w.Value) && near(got[i].Max, w.Max) &&
				got[i].Currency == w.Currency && got[i].Qualifier == w.Qualifier
		}
		if !same {
			t.Errorf("sentences.tsv:%d: Find(%q)\n got %s\nwant %s", n, sentence, describe(got), describe(want))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if lines < 250 {
		t.Errorf("sentences.tsv holds %d sentences, want the whole file", lines)
	}
}

// parseExpected reads "value|currency|max|qualifier;…".
func parseExpected(s string) ([]veille.Amount, error) {
	var out []veille.Amount
	for _, field := range strings.Split(s, ";") {
		if field == "" {
			continue
		}
		p := strings.Split(field, "|")
		if len(p) != 4 {
			return nil, &strconv.NumError{Func: "parseExpected", Num: field, Err: strconv.ErrSyntax}
		}
		v, err := strconv.ParseFloat(p[0], 64)
		if err != nil {
			return nil, err
		}
		m, err := strconv.ParseFloat(p[2], 64)
		if err != nil {
			return nil, err
		}
		out = append(out, veille.Amount{Value: v, Currency: p[1], Max: m, Qualifier: veille.Qualifier(p[3])})
	}
	return out, nil
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func describe(as []veille.Amount) string {
	var parts []string
	for _, a := range as {
		parts = append(parts, strconv.FormatFloat(a.Value, 'g', -1, 64)+"|"+a.Currency+"|"+
			strconv.FormatFloat(a.Max, 'g', -1, 64)+"|"+string(a.Qualifier))
	}
	return "[" + strings.Join(parts, "; ") + "]"
}
