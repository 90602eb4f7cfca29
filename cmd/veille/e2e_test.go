package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/veille-fr/veille"
)

const seedsDir = "../../seeds"

// veilleRun runs the CLI in-process and returns its exit status and output.
func veilleRun(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func seedPaths(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("want the 5 seed articles in %s, got %v (%v)", seedsDir, paths, err)
	}
	return paths
}

func decodeLines(t *testing.T, out string) []veille.Document {
	t.Helper()
	var docs []veille.Document
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var d veille.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestEndToEnd(t *testing.T) {
	paths := seedPaths(t)
	dir := filepath.Join(t.TempDir(), "veille.bleve")

	code, out, errOut := veilleRun(t, "", "ingest", "--index", dir, "--cache", "", seedsDir)
	if code != exitOK || !strings.Contains(out, "5 added, 0 updated, 0 unchanged, 0 failed") {
		t.Fatalf("first ingest: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	// "Jean Zay" finds every seed that mentions it, however it is spelled.
	var mentioning []string
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if regexp.MustCompile(`Jean[- ]Zay`).Match(body) {
			mentioning = append(mentioning, filepath.Base(p))
		}
	}
	if len(mentioning) != 4 {
		t.Fatalf("the seeds should have 4 articles on Jean Zay, found %v", mentioning)
	}
	code, out, errOut = veilleRun(t, "", "search", "--index", dir, "--json", `"Jean Zay"`)
	if code != exitOK {
		t.Fatalf("search: exit %d, stderr %q", code, errOut)
	}
	var res veille.SearchResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json: %v in %q", err, out)
	}
	var found []string
	for _, h := range res.Hits {
		found = append(found, filepath.Base(h.Source))
	}
	slices.Sort(found)
	if res.Total != 4 || !slices.Equal(found, mentioning) {
		t.Errorf("search \"Jean Zay\" found %d: %v, want %v", res.Total, found, mentioning)
	}
	if !slices.ContainsFunc(res.Facets["machines"], func(f veille.FacetCount) bool { return f.Value == "Jean Zay" && f.Count == 4 }) {
		t.Errorf("machines facet %v, want Jean Zay in 4 documents", res.Facets["machines"])
	}

	// The table output names the hits and the facets.
	code, out, _ = veilleRun(t, "", "search", "--index", dir, "Jean", "Zay")
	if code != exitOK || !strings.Contains(out, "4 result(s)") || !strings.Contains(out, "machines: Jean Zay (4)") {
		t.Errorf("search table: exit %d, output %q", code, out)
	}

	// Export round-trips: the documents are those extract prints, with text.
	code, exported, errOut := veilleRun(t, "", "export", "--index", dir)
	if code != exitOK {
		t.Fatalf("export: exit %d, stderr %q", code, errOut)
	}
	code, extracted, errOut := veilleRun(t, "", append([]string{"extract", "--text", "--cache", ""}, paths...)...)
	if code != exitOK {
		t.Fatalf("extract: exit %d, stderr %q", code, errOut)
	}
	byID := map[string]veille.Document{}
	for _, d := range decodeLines(t, extracted) {
		byID[d.ID] = d
	}
	docs := decodeLines(t, exported)
	if len(docs) != 5 || len(byID) != 5 {
		t.Fatalf("export has %d documents and extract %d, want 5", len(docs), len(byID))
	}
	for i, d := range docs {
		if i > 0 && docs[i-1].ID >= d.ID {
			t.Errorf("export not in ID order: %s then %s", docs[i-1].ID, d.ID)
		}
		want := byID[d.ID]
		// The two runs read the files at different times.
		want.FetchedAt, d.FetchedAt = time.Time{}, time.Time{}
		got, _ := json.Marshal(d)
		wantJSON, _ := json.Marshal(want)
		if !bytes.Equal(got, wantJSON) {
			t.Errorf("document %s differs between export and extract:\n got %s\nwant %s", d.ID, got, wantJSON)
		}
	}
	// An amount filter written as people write amounts finds exactly the
	// documents with such an amount in euros.
	var rich []string
	for _, d := range docs {
		if slices.ContainsFunc(d.Amounts, func(a veille.Amount) bool { return a.Currency == "EUR" && max(a.Value, a.Max) >= 1.5e9 }) {
			rich = append(rich, filepath.Base(d.Source))
		}
	}
	slices.Sort(rich)
	for _, q := range []string{"amount>=1,5 Md€", "amount>=1,5 milliard d'euros", "amount>=1.5e9", "amount>=1500M€"} {
		code, out, errOut = veilleRun(t, "", "search", "--index", dir, "--json", q)
		var res veille.SearchResult
		if err := json.Unmarshal([]byte(out), &res); code != exitOK || err != nil {
			t.Fatalf("search %s: exit %d, %v, stderr %q", q, code, err, errOut)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, filepath.Base(h.Source))
		}
		slices.Sort(got)
		if len(rich) == 0 || !slices.Equal(got, rich) {
			t.Errorf("search %s found %v, want %v", q, got, rich)
		}
	}

	code, out, _ = veilleRun(t, "", "export", "--index", dir, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(rows) != 6 || rows[0][0] != "id" {
		t.Errorf("export csv: exit %d, %d rows, %v", code, len(rows), err)
	}
	code, out, _ = veilleRun(t, "", "export", "--index", dir, "--format", "json")
	var array []veille.Document
	if err := json.Unmarshal([]byte(out), &array); code != exitOK || err != nil || len(array) != 5 {
		t.Errorf("export json: exit %d, %d documents, %v", code, len(array), err)
	}

	// A second ingest adds nothing.
	code, out, errOut = veilleRun(t, "", "ingest", "--index", dir, "--cache", "", seedsDir)
	if code != exitOK || !strings.Contains(out, "0 added, 0 updated, 5 unchanged, 0 failed") {
		t.Errorf("second ingest: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, _ = veilleRun(t, "", "entities", "--index", dir, "--type", "machine", "--json")
	var counts []veille.EntityCount
	if err := json.Unmarshal([]byte(out), &counts); code != exitOK || err != nil ||
		!slices.Contains(counts, veille.EntityCount{Type: veille.TypeMachine, Name: "Jean Zay", Documents: 4}) {
		t.Errorf("entities: exit %d, %v, %s", code, err, out)
	}
}

func TestIngestReportsFailuresAndGoesOn(t *testing.T) {
	paths := seedPaths(t)
	tmp := t.TempDir()
	pdf := filepath.Join(tmp, "rapport.html")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7\n\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(tmp, "report.json")
	missing := filepath.Join(tmp, "absent.txt")
	code, out, errOut := veilleRun(t, "", "ingest", "--index", filepath.Join(tmp, "ix"), "--cache", "",
		"--report", report, paths[0], missing, pdf, paths[1])
	if code != exitFailure {
		t.Errorf("exit %d, want %d when a source failed", code, exitFailure)
	}
	if !strings.Contains(out, "2 added, 0 updated, 0 unchanged, 2 failed") {
		t.Errorf("summary %q", out)
	}
	if !strings.Contains(errOut, "absent.txt") || !strings.Contains(errOut, "rapport.html") {
		t.Errorf("stderr does not name the failed sources: %q", errOut)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var sum veille.Summary
	if err := json.Unmarshal(data, &sum); err != nil || sum.Failed != 2 || len(sum.Failures) != 2 || len(sum.Documents) != 2 {
		t.Errorf("report %s: %v", data, err)
	}
	codes := map[string]bool{}
	for _, f := range sum.Failures {
		codes[f.Code] = true
		if f.Source != missing && f.Source != pdf {
			t.Errorf("failure %+v does not name its source", f)
		}
	}
	if !codes[veille.ENOTFOUND] || !codes[veille.ENOTARTICLE] {
		t.Errorf("failure codes %v, want not_found and not_article", codes)
	}
}

func TestExtractFromStdinList(t *testing.T) {
	paths := seedPaths(t)
	code, out, errOut := veilleRun(t, strings.Join(paths[:2], "\n")+"\n", "extract", "--cache", "", "-")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	docs := decodeLines(t, out)
	if len(docs) != 2 || docs[0].Source != paths[0] || docs[1].Source != paths[1] {
		t.Fatalf("got %d documents, want the 2 listed in order", len(docs))
	}
	for _, d := range docs {
		if d.Text != "" {
			t.Errorf("%s: text printed without --text", d.Source)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"ingest", "--index", dir}, "needs a SOURCE"},
		{[]string{"search", "--index", dir}, "needs a QUERY"},
		{[]string{"search", "--index", dir, `"Jean Zay`}, "quote"},
		{[]string{"export", "--index", dir, "--format", "xml"}, "--format"},
		{[]string{"entities", "--index", dir, "--type", "person"}, "--type"},
		{[]string{"ingest", "--index", dir, "--bogus", "x"}, "unknown flag"},
		{[]string{"ingest", "--index", dir, "--since", "hier", "x"}, "--since"},
	}
	for _, tt := range tests {
		code, _, errOut := veilleRun(t, "", tt.args...)
		if code != exitUsage || !strings.Contains(errOut, tt.want) {
			t.Errorf("veille %s: exit %d, stderr %q; want exit %d and %q", strings.Join(tt.args, " "), code, errOut, exitUsage, tt.want)
		}
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in       string
		value    float64
		currency string
		ok       bool
	}{
		{"100M€", 100e6, "EUR", true},
		{"1 milliard", 1e9, "EUR", true},
		{"2,5 Md$", 2.5e9, "USD", true},
		{"40 000 $", 40000, "USD", true},
		{"beaucoup", 0, "", false},
	}
	for _, tt := range tests {
		v, c, ok := parseAmount(tt.in)
		if v != tt.value || c != tt.currency || ok != tt.ok {
			t.Errorf("parseAmount(%q) = %v %q %v, want %v %q %v", tt.in, v, c, ok, tt.value, tt.currency, tt.ok)
		}
	}
}

func TestSnippetText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"le supercalculateur <mark>Jean</mark> <mark>Zay</mark>, qui", "le supercalculateur [Jean Zay], qui"},
		{"dont <mark>Jean</mark>-<mark>Zay</mark>\nen service", "dont [Jean-Zay] en service"},
		{"<mark>GENCI</mark> et l&#39;<mark>IDRIS</mark> &amp; co", "[GENCI] et l'[IDRIS] & co"},
	}
	for _, tt := range tests {
		if got := snippetText(tt.in, false); got != tt.want {
			t.Errorf("snippetText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
