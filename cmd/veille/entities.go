package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/veille-fr/veille"
)

func newEntitiesCommand(e *env) *cobra.Command {
	var (
		indexDir, kind string
		top            int
		asJSON         bool
	)
	cmd := &cobra.Command{
		Use:   "entities [flags]",
		Short: "List the entities of the index with the number of documents mentioning each",
		Long: `entities lists organisations, machines or amounts with the number of indexed
documents that mention each, most mentioned first: who is in the news.`,
		Example: `  veille entities --type organisation --top 20
  veille entities --type machine --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			req := veille.EntitiesRequest{Type: veille.EntityType(kind), Top: top}
			switch req.Type {
			case "", veille.TypeOrganisation, veille.TypeMachine, veille.TypeAmount:
			default:
				return &usageError{fmt.Errorf("--type: want organisation, machine or amount, got %q", kind)}
			}
			ix, err := openIndex(e, indexDir)
			if err != nil {
				return err
			}
			defer ix.Close()
			counts, err := ix.Entities(cmd.Context(), req)
			if err != nil {
				return err
			}
			if asJSON {
				if counts == nil {
					counts = []veille.EntityCount{}
				}
				return writeIndented(e.stdout, counts)
			}
			w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "DOCUMENTS\tTYPE\tNAME")
			for _, c := range counts {
				fmt.Fprintf(w, "%d\t%s\t%s\n", c.Documents, c.Type, c.Name)
			}
			return w.Flush()
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&indexDir, "index", defaultIndex, "index folder")
	fs.StringVar(&kind, "type", "", "organisation, machine or amount (default: organisations and machines)")
	fs.IntVar(&top, "top", 50, "how many entities to list")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
