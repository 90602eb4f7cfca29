package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/veille-fr/veille"
)

func newExtractCommand(e *env) *cobra.Command {
	var (
		read     readFlags
		withText bool
		workers  int
	)
	cmd := &cobra.Command{
		Use:   "extract [flags] SOURCE...",
		Short: "Print the entities of articles as JSON Lines, without indexing them",
		Long: `extract reads every SOURCE as ingest does and prints one JSON object per
article on standard output, in the order of the sources:

  {"id","source","url","title","site","published","lang",
   "amounts":[{"text","value","currency","max"?,"qualifier"?,"field","start","end"}],
   "organisations":[{"name","text","field","start","end"}],
   "machines":[{"name","text","field","start","end"}]}

start and end are offsets in Unicode code points into the field ("title", or
"text": the main text that "veille parse --text" prints). A failing source
is reported on stderr and the others go on; the exit status is then 1.`,
		Example: `  veille extract seeds/*.txt
  veille extract --text https://example.org/article.html | jq .organisations`,
		RunE: func(cmd *cobra.Command, args []string) error {
			sources := read.sources(args)
			if len(sources) == 0 {
				return &usageError{fmt.Errorf("veille extract needs a SOURCE (see veille extract --help)")}
			}
			reader, extractor, err := read.newReadExtract(e)
			if err != nil {
				return err
			}
			defer reader.Close()
			extractOne := func(ctx context.Context, it veille.Item) (veille.Document, error) {
				a, err := reader.Read(ctx, it)
				if err != nil {
					return veille.Document{}, err
				}
				doc := veille.Document{Article: a, Entities: extractor.Extract(&a)}
				if !withText {
					doc.Text = ""
				}
				return doc, nil
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			failed := false
			for r := range inOrder(cmd.Context(), workers, reader.Expand(cmd.Context(), sources), extractOne) {
				if r.err != nil {
					failed = true
					fmt.Fprintf(e.stderr, "failed: %v\n", r.err)
					continue
				}
				if err := enc.Encode(r.doc); err != nil {
					return fmt.Errorf("write the output: %w", err)
				}
			}
			if failed {
				return errPartial
			}
			return cmd.Context().Err()
		},
	}
	fs := cmd.Flags()
	fs.BoolVar(&withText, "text", false, `add the main text as "text"`)
	fs.IntVar(&workers, "workers", 4, "articles read and extracted at once")
	read.register(fs, "")
	return cmd
}
