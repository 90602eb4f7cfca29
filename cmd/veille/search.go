package main

import (
	"fmt"
	"html"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/veille-fr/veille"
	"golang.org/x/term"
)

func newSearchCommand(e *env) *cobra.Command {
	var (
		indexDir string
		asJSON   bool
		limit    int
		offset   int
		byDate   bool
	)
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY",
		Short: "Search the index and print ranked hits with snippets and facets",
		Long: `search runs QUERY against the index and prints the ranked hits (title, source,
date, a highlighted snippet, entities) and the facet counts of the whole
result set (organisations, machines, sites, months). Words are matched with
French analysis: plurals, elisions and accents do not matter.

Query language:
  supercalculateur IA        every word, in the title or the text
  "Jean Zay"                 an exact phrase
  -Nvidia  -"Mistral AI"     exclude a word or a phrase
  org:GENCI  org:"Mistral AI"  machine:"Jean Zay"  site:lemonde.fr  lang:fr
  amount>=100M€  amount>=1 milliard  amount<1e6 (also >, <=, =)
  after:2023-06-01  before:2023-12  after:2022  (a day, a month or a year)`,
		Example: `  veille search "Jean Zay"
  veille search --json 'supercalculateur org:GENCI after:2023-01-01'
  veille search 'amount>=100M€ -Nvidia'`,
		Args: requireArgs(1, "a QUERY"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ix, err := openIndex(e, indexDir)
			if err != nil {
				return err
			}
			defer ix.Close()
			req := veille.SearchRequest{Query: strings.Join(args, " "), Limit: limit, Offset: offset, Sort: veille.SortRelevance}
			if byDate {
				req.Sort = veille.SortDate
			}
			res, err := ix.Search(cmd.Context(), req)
			if err != nil {
				return err
			}
			if asJSON {
				return writeIndented(e.stdout, res)
			}
			return printResult(e.stdout, req, res, isTerminal(e.stdout))
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&indexDir, "index", defaultIndex, "index folder")
	fs.BoolVar(&asJSON, "json", false, "print the result as JSON")
	fs.IntVar(&limit, "limit", 10, "hits per page (at most 100)")
	fs.IntVar(&offset, "offset", 0, "hits to skip, for the next pages")
	fs.BoolVar(&byDate, "by-date", false, "newest first instead of by relevance")
	return cmd
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// printResult prints hits and facets for a reader.
func printResult(w io.Writer, req veille.SearchRequest, res *veille.SearchResult, terminal bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d result(s) for %q (%s)\n", res.Total, req.Query, res.Took.Round(time.Microsecond))
	for i, h := range res.Hits {
		fmt.Fprintf(&b, "\n%d. %s\n", req.Offset+i+1, h.Title)
		var meta []string
		if !h.Published.IsZero() {
			meta = append(meta, h.Published.Format(time.DateOnly))
		}
		if h.Site != "" {
			meta = append(meta, h.Site)
		}
		meta = append(meta, h.Source)
		fmt.Fprintf(&b, "   %s\n", strings.Join(meta, " · "))
		if s := snippetText(h.Snippet, terminal); s != "" {
			fmt.Fprintf(&b, "   %s\n", s)
		}
		var ents []string
		if len(h.Organisations) > 0 {
			ents = append(ents, "organisations: "+strings.Join(h.Organisations, ", "))
		}
		if len(h.Machines) > 0 {
			ents = append(ents, "machines: "+strings.Join(h.Machines, ", "))
		}
		if len(h.Amounts) > 0 {
			var texts []string
			for _, a := range h.Amounts {
				texts = append(texts, a.Text)
			}
			ents = append(ents, "amounts: "+strings.Join(dedupe(texts), ", "))
		}
		if len(ents) > 0 {
			fmt.Fprintf(&b, "   %s\n", strings.Join(ents, " · "))
		}
	}
	for _, name := range []string{"organisations", "machines", "sites", "months"} {
		counts := res.Facets[name]
		if len(counts) == 0 {
			continue
		}
		parts := make([]string, len(counts))
		for i, c := range counts {
			parts[i] = fmt.Sprintf("%s (%d)", c.Value, c.Count)
		}
		fmt.Fprintf(&b, "\n%s: %s", name, strings.Join(parts, ", "))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// snippetText turns an HTML snippet into one line of text, the matched
// terms in bold on a terminal and between brackets elsewhere.
func snippetText(snippet string, terminal bool) string {
	open, close := "[", "]"
	if terminal {
		open, close = "\x1b[1m", "\x1b[0m"
	}
	// Adjacent marked words of a phrase ("Jean Zay") are shown as one.
	snippet = adjacentMarks.ReplaceAllString(snippet, "$1")
	s := strings.NewReplacer("<mark>", open, "</mark>", close).Replace(snippet)
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

var adjacentMarks = regexp.MustCompile(`</mark>([\s\-’']{1,2})<mark>`)

func dedupe(list []string) []string {
	seen := map[string]bool{}
	out := list[:0:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
