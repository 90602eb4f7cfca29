package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/veille-fr/veille"
)

// benchDocsEnv sets the number of generated articles of the benchmarks, for
// quicker runs than the default 100,000.
const benchDocsEnv = "VEILLE_BENCH_DOCS"

// benchDirEnv names a folder to keep the benchmark index in between runs: if
// it holds an index, the benchmarks search it instead of building one (and
// BenchmarkIndex100k reports no rate).
const benchDirEnv = "VEILLE_BENCH_DIR"

// benchIndex is the on-disk index the benchmarks share, built once.
var benchIndex struct {
	once       sync.Once
	dir        string
	x          *Index
	docs       int
	docsPerSec float64
	err        error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchIndex.x != nil {
		_ = benchIndex.x.Close()
	}
	if benchIndex.dir != "" {
		_ = os.RemoveAll(benchIndex.dir)
	}
	os.Exit(code)
}

// sharedBenchIndex builds the benchmark index the first time it is called.
func sharedBenchIndex(b *testing.B) *Index {
	b.Helper()
	benchIndex.once.Do(func() {
		n := 100_000
		if s := os.Getenv(benchDocsEnv); s != "" {
			v, err := strconv.Atoi(s)
			if err != nil || v <= 0 {
				benchIndex.err = fmt.Errorf("%s=%q is not a positive number", benchDocsEnv, s)
				return
			}
			n = v
		}
		benchIndex.docs = n
		dir := os.Getenv(benchDirEnv)
		if dir == "" {
			benchIndex.dir, benchIndex.err = os.MkdirTemp("", "veille-bench-")
			if benchIndex.err != nil {
				return
			}
			dir = benchIndex.dir
		}
		path := filepath.Join(dir, "index")
		_, statErr := os.Stat(path)
		x, err := Open(path, Options{})
		if err != nil {
			benchIndex.err = err
			return
		}
		benchIndex.x = x
		if statErr == nil { // kept from an earlier run
			count, err := x.Count(context.Background())
			benchIndex.docs, benchIndex.err = int(count), err
			return
		}
		docs := generateDocs(b, n)
		start := time.Now()
		for i := 0; i < len(docs); i += 1000 {
			if _, err := x.Put(context.Background(), docs[i:min(i+1000, len(docs))]); err != nil {
				benchIndex.err = err
				return
			}
		}
		benchIndex.docsPerSec = float64(n) / time.Since(start).Seconds()
		// Search the index as the command line does: freshly opened.
		if err := x.Close(); err != nil {
			benchIndex.err = err
			return
		}
		benchIndex.x, benchIndex.err = Open(path, Options{})
	})
	if benchIndex.err != nil {
		b.Fatalf("build the benchmark index: %v", benchIndex.err)
	}
	return benchIndex.x
}

var sentenceEnd = regexp.MustCompile(`[.!?…]\s+|\n+`)

// generateDocs makes n articles by recombining the sentences of the seed
// articles, with organisations, machines, amounts, sites and dates drawn
// from a fixed random sequence.
func generateDocs(b testing.TB, n int) []veille.Document {
	var sentences []string
	for _, d := range seedDocs(b) {
		for _, s := range sentenceEnd.Split(d.Text, -1) {
			if s = strings.TrimSpace(s); len([]rune(s)) > 30 {
				sentences = append(sentences, s+".")
			}
		}
	}
	orgs := []string{"GENCI", "CNRS", "CEA", "INRIA", "Mistral AI", "Kyutai", "Scaleway", "Iliad", "EuroHPC", "Atos",
		"Eviden", "Nvidia", "OVHcloud", "Hugging Face", "Meta", "Google DeepMind", "Bpifrance", "CINES", "IDRIS", "TGCC",
		"Sorbonne Université", "Université Paris-Saclay", "Inria Grenoble", "HPE", "AMD", "Intel", "Qarnot", "LightOn", "Pasqal", "Thales"}
	machines := []string{"Jean Zay", "Adastra", "Alice Recoque", "Joliot-Curie", "Nabu", "Exa1", "Topaze", "LUMI", "Leonardo", "JUPITER", "MareNostrum 5", "Frontier"}
	sites := []string{"Next", "Le Monde Informatique", "LeMagIT", "L'Usine Digitale", "Les Echos", "enseignementsup-recherche.gouv.fr", "Blog Numérique", "ZDNet", "Silicon", "HPCwire France"}
	rng := rand.New(rand.NewPCG(2023, 6))
	pick := func(list []string, k int) []veille.Mention {
		var ms []veille.Mention
		for range k {
			name := list[rng.IntN(len(list))]
			ms = append(ms, veille.Mention{Name: name, Text: name, Span: veille.Span{Field: veille.FieldText}})
		}
		return ms
	}
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]veille.Document, n)
	for i := range docs {
		var text strings.Builder
		for range 6 + rng.IntN(9) {
			text.WriteString(sentences[rng.IntN(len(sentences))])
			text.WriteString("\n")
		}
		d := veille.Document{Article: veille.Article{
			ID:          veille.DocumentID("https://bench.example/" + strconv.Itoa(i)),
			Source:      "https://bench.example/" + strconv.Itoa(i),
			Site:        sites[rng.IntN(len(sites))],
			Title:       truncateWords(sentences[rng.IntN(len(sentences))], 12),
			Lang:        "fr",
			Published:   start.Add(time.Duration(rng.Int64N(int64(7 * 365 * 24 * time.Hour)))),
			ContentHash: strconv.Itoa(i),
		}}
		d.URL = d.Source
		d.Organisations = pick(orgs, rng.IntN(4))
		d.Machines = pick(machines, rng.IntN(3))
		for range rng.IntN(4) {
			v := float64(1+rng.IntN(999)) * []float64{1e3, 1e6, 1e9}[rng.IntN(3)]
			a := veille.Amount{Text: formatAmount(v, "EUR"), Value: v, Currency: "EUR", Span: veille.Span{Field: veille.FieldText}}
			if rng.IntN(10) == 0 {
				a.Currency = "USD"
			}
			d.Amounts = append(d.Amounts, a)
			fmt.Fprintf(&text, "Le montant annoncé atteint %s.\n", a.Text)
		}
		for _, m := range slices.Concat(d.Organisations, d.Machines) {
			fmt.Fprintf(&text, "%s est cité dans cet article.\n", m.Name)
		}
		d.Text = text.String()
		docs[i] = d
	}
	return docs
}

func truncateWords(s string, n int) string {
	words := strings.Fields(s)
	return strings.Join(words[:min(n, len(words))], " ")
}

// BenchmarkIndex100k builds the benchmark index (100,000 articles, or
// $VEILLE_BENCH_DOCS) once, through Put in batches of 1,000, and reports the
// indexing rate.
func BenchmarkIndex100k(b *testing.B) {
	sharedBenchIndex(b)
	for b.Loop() {
	}
	b.ReportMetric(benchIndex.docsPerSec, "docs/s")
	b.ReportMetric(float64(benchIndex.docs), "docs")
}

// benchQueries is the mix of searches BenchmarkSearch runs: text, phrases,
// filters and exclusions, every one with the four facets.
var benchQueries = []veille.SearchRequest{
	{Query: "supercalculateur"},
	{Query: "intelligence artificielle"},
	{Query: `"Jean Zay"`},
	{Query: "exascale org:GENCI"},
	{Query: `org:"Mistral AI" amount>=100M€`},
	{Query: "machine:Adastra after:2023-01-01"},
	{Query: "IA -exascale", Sort: veille.SortDate},
	{Query: `"calcul haute performance"`},
	{Query: "site:Next before:2022-12"},
	{Query: "financement amount>1e9"},
	{Query: "Nabu GPU", Offset: 20},
	{Query: "formation talents -org:Meta"},
	{Query: `"AI Factory" lang:fr`},
	{Query: "quantique"},
	{Query: "Scaleway cloud after:2024-06"},
	{Query: ""},
}

// BenchmarkSearch runs benchQueries in turn over the benchmark index and
// reports the median and 99th-percentile latency of the mix, in wall time
// and in CPU time of the process (which a busy machine does not inflate;
// run with -cpu 1 so that it counts one search at a time). It logs the
// medians of each query with its number of hits.
func BenchmarkSearch(b *testing.B) {
	x := sharedBenchIndex(b)
	ctx := context.Background()
	var wall, cpu []time.Duration
	perQuery := make([][2][]time.Duration, len(benchQueries))
	totals := make([]uint64, len(benchQueries))
	i := 0
	for b.Loop() {
		k := i % len(benchQueries)
		i++
		start, startCPU := time.Now(), processCPU(b)
		res, err := x.Search(ctx, benchQueries[k])
		if err != nil {
			b.Fatalf("Search(%q): %v", benchQueries[k].Query, err)
		}
		took, tookCPU := time.Since(start), processCPU(b)-startCPU
		wall, cpu = append(wall, took), append(cpu, tookCPU)
		perQuery[k][0] = append(perQuery[k][0], took)
		perQuery[k][1] = append(perQuery[k][1], tookCPU)
		totals[k] = res.Total
	}
	b.ReportMetric(percentileMs(wall, 0.50), "p50-ms")
	b.ReportMetric(percentileMs(wall, 0.99), "p99-ms")
	b.ReportMetric(percentileMs(cpu, 0.50), "cpu-p50-ms")
	b.ReportMetric(percentileMs(cpu, 0.99), "cpu-p99-ms")
	for k, took := range perQuery {
		if len(took[0]) > 0 {
			b.Logf("%-38q %-5s %6d hits  p50 %6.2f ms  cpu p50 %6.2f ms", benchQueries[k].Query, benchQueries[k].Sort,
				totals[k], percentileMs(took[0], 0.5), percentileMs(took[1], 0.5))
		}
	}
}

// processCPU returns the CPU time the process has used, user and system.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// percentileMs returns the p-th quantile of took, in milliseconds.
func percentileMs(took []time.Duration, p float64) float64 {
	sorted := slices.Clone(took)
	slices.Sort(sorted)
	return float64(sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]) / float64(time.Millisecond)
}
