package main

import (
	"fmt"
	"net"
	"os"

	"github.com/spf13/cobra"
	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/web"
)

func newServeCommand(e *env) *cobra.Command {
	var (
		indexDir, addr string
		read           readFlags
		workers        int
		allowPrivate   bool
	)
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the search page and the JSON API over the index",
		Long: `serve opens the index and serves, until SIGINT or SIGTERM:
  GET  /                      the search page (/?q=…), usable without JavaScript
  GET  /documents/{id}        a document with its entities highlighted
  GET  /api/search?q=…&limit=N&offset=N&sort=date
  GET  /api/documents/{id}    a document as JSON
  GET  /api/entities?type=organisation|machine|amount&top=N
  GET  /api/export            every document, as JSON Lines
  POST /api/ingest            {"sources":[{"ref":"https://…","kind":"feed"}]}
  POST /api/documents         JSON Lines of documents (what "veille ingest --server" sends)
  GET  /healthz
The POST endpoints need the token of the VEILLE_TOKEN environment variable as
"Authorization: Bearer TOKEN"; without VEILLE_TOKEN they are refused. serve
owns the index: to ingest while it runs, use "veille ingest --server URL".
POST /api/ingest fetches only public http(s) addresses unless --allow-private.
On shutdown, requests in progress finish first, so no acknowledged document
is lost.`,
		Example: `  veille serve
  VEILLE_TOKEN=s3cret veille serve --addr 127.0.0.1:8080`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			read.publicOnly = !allowPrivate
			ix, err := openIndex(e, indexDir)
			if err != nil {
				return err
			}
			defer ix.Close()
			reader, extractor, err := read.newReadExtract(e)
			if err != nil {
				return err
			}
			defer reader.Close()
			p := &veille.Pipeline{Reader: reader, Extractor: extractor, Store: ix, Workers: workers, Logger: e.log}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listen on %s: %w", addr, err)
			}
			opts := web.Options{Pipeline: p, Token: os.Getenv("VEILLE_TOKEN"), Logger: e.log}
			if isLoopback(ln.Addr()) {
				opts.Hosts = []string{"localhost", "127.0.0.1", "::1"}
			}
			srv := web.New(ix, opts)
			fmt.Fprintf(e.stderr, "veille: serving %s on http://%s\n", indexDir, ln.Addr())
			return srv.Serve(cmd.Context(), ln)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&indexDir, "index", defaultIndex, "index folder (created if missing)")
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on; loopback by default")
	fs.IntVar(&workers, "workers", 4, "articles read at once by POST /api/ingest")
	fs.BoolVar(&allowPrivate, "allow-private", false, "let POST /api/ingest fetch loopback and private addresses (refused by default)")
	read.registerFetch(fs, defaultCacheDir())
	return cmd
}

// isLoopback reports whether the server listens on loopback only; it then
// answers only requests addressed to a loopback name.
func isLoopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
