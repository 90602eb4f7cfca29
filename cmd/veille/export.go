package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/veille-fr/veille"
)

func newExportCommand(e *env) *cobra.Command {
	var indexDir, format string
	cmd := &cobra.Command{
		Use:   "export [flags]",
		Short: "Print every indexed document with its entities",
		Long: `export prints every document of the index, in ID order, with the same fields
as "veille extract" plus the main text ("text"):
  jsonl  one JSON object per line (the default)
  json   one JSON array
  csv    one row per document; entities joined with " | ", amounts as
         "value currency" (a range as "low-high currency")`,
		Example: `  veille export > veille.jsonl
  veille export --format csv > veille.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var write func(veille.Document) error
			out := bufio.NewWriter(e.stdout)
			var finish func() error
			switch format {
			case "jsonl", "json":
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				write = func(d veille.Document) error { return enc.Encode(d) }
				finish = out.Flush
				if format == "json" {
					first := true
					write = func(d veille.Document) error {
						sep := ",\n"
						if first {
							sep, first = "[\n", false
						}
						out.WriteString(sep)
						data, err := json.Marshal(d)
						if err != nil {
							return err
						}
						_, err = out.Write(data)
						return err
					}
					finish = func() error {
						if first {
							out.WriteString("[")
						}
						out.WriteString("\n]\n")
						return out.Flush()
					}
				}
			case "csv":
				w := csv.NewWriter(out)
				if err := w.Write(csvHeader); err != nil {
					return err
				}
				write = func(d veille.Document) error { return w.Write(csvRow(d)) }
				finish = func() error {
					w.Flush()
					if err := w.Error(); err != nil {
						return err
					}
					return out.Flush()
				}
			default:
				return &usageError{fmt.Errorf("--format: want jsonl, json or csv, got %q", format)}
			}
			ix, err := openIndex(e, indexDir)
			if err != nil {
				return err
			}
			defer ix.Close()
			if err := ix.Export(cmd.Context(), write); err != nil {
				return fmt.Errorf("export %s: %w", indexDir, err)
			}
			if err := finish(); err != nil {
				return fmt.Errorf("write the export: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&indexDir, "index", defaultIndex, "index folder")
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl, json or csv")
	return cmd
}

var csvHeader = []string{"id", "source", "url", "title", "site", "author", "published", "lang", "organisations", "machines", "amounts"}

func csvRow(d veille.Document) []string {
	published := ""
	if !d.Published.IsZero() {
		published = d.Published.Format(time.RFC3339)
	}
	return []string{d.ID, d.Source, d.URL, d.Title, d.Site, d.Author, published, d.Lang,
		joinNames(d.Organisations), joinNames(d.Machines), joinAmounts(d.Amounts)}
}

// joinNames lists the distinct canonical names of mentions, in order.
func joinNames(ms []veille.Mention) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.Name
	}
	return strings.Join(dedupe(names), " | ")
}

func joinAmounts(as []veille.Amount) string {
	var parts []string
	for _, a := range as {
		v := strconv.FormatFloat(a.Value, 'f', -1, 64)
		if a.Max != 0 {
			v += "-" + strconv.FormatFloat(a.Max, 'f', -1, 64)
		}
		parts = append(parts, v+" "+a.Currency)
	}
	return strings.Join(dedupe(parts), " | ")
}
