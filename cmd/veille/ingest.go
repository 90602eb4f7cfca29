package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/web"
	"golang.org/x/term"
)

func newIngestCommand(e *env) *cobra.Command {
	var (
		read      readFlags
		indexDir  string
		workers   int
		report    string
		server    string
		noBar     bool
		batchSize int
	)
	cmd := &cobra.Command{
		Use:   "ingest [flags] SOURCE...",
		Short: "Read articles, extract their entities and add them to the index",
		Long: `ingest reads every SOURCE, extracts the amounts, organisations and machines of
each article and stores the documents in the index. A SOURCE is a file (.txt,
.html, .htm), a folder (walked recursively), an http(s) URL (an article, a
feed or a sitemap, told apart by content type), or - for a list of sources
on standard input, one per line.

Ingesting a source again replaces its document only if its content changed.
A failing source is reported with its reason and the others go on; the exit
status is 1 when any source failed. With --server, documents are sent to a
running "veille serve", which owns the index, so searches go on meanwhile.`,
		Example: `  veille ingest seeds/
  veille ingest --feed https://www.inria.fr/fr/rss.xml --since 2026-11-01
  veille ingest --from seeds/feeds.list --report report.json
  veille ingest --server http://127.0.0.1:8080 https://example.org/article.html`,
		RunE: func(cmd *cobra.Command, args []string) error {
			sources := read.sources(args)
			if len(sources) == 0 {
				return &usageError{fmt.Errorf("veille ingest needs a SOURCE, --feed, --sitemap or --from (see veille ingest --help)")}
			}
			reader, extractor, err := read.newReadExtract(e)
			if err != nil {
				return err
			}
			defer reader.Close()
			p := &veille.Pipeline{Reader: reader, Extractor: extractor, Workers: workers, BatchSize: batchSize, Logger: e.log}
			if server != "" {
				p.Store = &web.Client{BaseURL: server, Token: os.Getenv("VEILLE_TOKEN")}
			} else {
				ix, err := openIndex(e, indexDir)
				if err != nil {
					return err
				}
				defer ix.Close()
				p.Store = ix
			}
			bar := newProgress(e.stderr, noBar)
			p.Progress = func(r veille.ItemResult) { bar.add(r) }
			sum, runErr := p.Run(cmd.Context(), sources)
			bar.finish()
			for _, f := range sum.Failures {
				fmt.Fprintf(e.stderr, "failed: %s\n", describeFailure(f))
			}
			fmt.Fprintln(e.stdout, sum)
			if report != "" {
				if err := writeReport(report, sum); err != nil {
					return err
				}
			}
			if runErr != nil {
				return runErr
			}
			if sum.Failed > 0 {
				return errPartial
			}
			return nil
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&indexDir, "index", defaultIndex, "index folder (created if missing)")
	fs.IntVar(&workers, "workers", 4, "articles read and extracted at once")
	fs.IntVar(&batchSize, "batch", 64, "documents stored per index write")
	fs.StringVar(&report, "report", "", "write a JSON report of the run (counts, every stored and failed source) to this file")
	fs.StringVar(&server, "server", "", "send documents to the veille serve at this URL instead of opening the index (token in VEILLE_TOKEN)")
	fs.BoolVar(&noBar, "no-progress", false, "no progress bar, even on a terminal")
	read.register(fs, defaultCacheDir())
	return cmd
}

// describeFailure says which source or item failed and why, on one line.
func describeFailure(f veille.ItemResult) string {
	var b strings.Builder
	b.WriteString(f.Source)
	if f.Ref != "" && f.Ref != f.Source {
		b.WriteString(" → " + f.Ref)
	}
	fmt.Fprintf(&b, ": %s", f.Error)
	return b.String()
}

// writeReport writes the summary of a run as indented JSON.
func writeReport(path string, sum veille.Summary) error {
	if sum.Failures == nil {
		sum.Failures = []veille.ItemResult{}
	}
	if sum.Documents == nil {
		sum.Documents = []veille.ItemResult{}
	}
	data, err := json.MarshalIndent(sum, "", "  ")
	if err != nil {
		return fmt.Errorf("encode the report: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write the report: %w", err)
	}
	return nil
}

// progress shows a spinner with counts on a terminal and nothing elsewhere.
type progress struct {
	bar            *progressbar.ProgressBar
	stored, failed int
}

func newProgress(w io.Writer, off bool) *progress {
	f, ok := w.(*os.File)
	if off || !ok || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("doc"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar}
}

func (p *progress) add(r veille.ItemResult) {
	if p.bar == nil {
		return
	}
	if r.Failed() {
		p.failed++
	} else {
		p.stored++
	}
	p.bar.Describe(fmt.Sprintf("ingest: %d stored, %d failed", p.stored, p.failed))
	_ = p.bar.Add(1)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
