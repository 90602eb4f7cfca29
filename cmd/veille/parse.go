package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"
	"github.com/veille-fr/veille"
)

func newParseCommand(e *env) *cobra.Command {
	var (
		read     readFlags
		textOnly bool
	)
	cmd := &cobra.Command{
		Use:   "parse [flags] SOURCE",
		Short: "Print an article's metadata and main text, as ingest reads it",
		Long: `parse reads one SOURCE (a file, a folder's first file, or a URL) and prints the
parsed article as JSON: id, source, url, canonical_url, site, title, author,
published, lang, text. With --text it prints only the main text, one block
(paragraph, intertitle, list item) per line: the text entity offsets count in.`,
		Example: `  veille parse --text seeds/000_5353bfc609a8690b.txt
  veille parse https://example.org/article.html | jq .published`,
		Args: requireArgs(1, "a SOURCE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return &usageError{fmt.Errorf("veille parse reads one SOURCE, got %d", len(args))}
			}
			reader, err := read.newReader(e)
			if err != nil {
				return err
			}
			defer reader.Close()
			ctx := cmd.Context()
			for it, err := range reader.Expand(ctx, []veille.Source{{Ref: args[0]}}) {
				if err != nil {
					return err
				}
				a, err := reader.Read(ctx, it)
				if err != nil {
					return err
				}
				return printArticle(e.stdout, a, textOnly)
			}
			return veille.Errorf(veille.ENOTFOUND, "%s holds no article", args[0])
		},
	}
	cmd.Flags().BoolVar(&textOnly, "text", false, "print only the main text")
	read.registerFetch(cmd.Flags(), "")
	return cmd
}

func printArticle(w io.Writer, a veille.Article, textOnly bool) error {
	if textOnly {
		_, err := io.WriteString(w, a.Text+"\n")
		return err
	}
	return writeIndented(w, a)
}
