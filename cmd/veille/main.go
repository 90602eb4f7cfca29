// Command veille turns French news about AI and high-performance computing
// into searchable facts: it ingests articles, extracts their amounts,
// organisations and machines, indexes them and searches them.
//
// Usage:
//
//	veille ingest [--index DIR] [--workers N] SOURCE...
//	veille extract [--text] SOURCE...
//	veille parse [--text] SOURCE
//	veille search [--index DIR] [--json] [--limit N] QUERY
//	veille export [--index DIR] [--format jsonl|json|csv]
//	veille entities [--index DIR] [--type organisation|machine|amount] [--top N] [--json]
//	veille serve [--index DIR] [--addr 127.0.0.1:8080]
//
// Run `veille COMMAND --help` for the flags of each command.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/veille-fr/veille"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // a command failed, or some sources of a batch did
	exitUsage   = 2 // bad flags, arguments or query
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// env is what a command reads and writes: results go to stdout, logs and
// errors to stderr.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

// errPartial reports that a batch finished but some of its sources failed;
// the failures were already reported.
var errPartial = errors.New("some sources failed")

// run executes the command line args and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{
		stdin:  stdin,
		stdout: stdout,
		stderr: stderr,
		log:    slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
	root := newRootCommand(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		return exitFailure
	}
	fmt.Fprintf(stderr, "veille: %v\n", err)
	var usage *usageError
	if errors.As(err, &usage) || veille.ErrorCode(err) == veille.EINVALID {
		return exitUsage
	}
	return exitFailure
}

// usageError is a mistake in the command line itself.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func newRootCommand(e *env) *cobra.Command {
	var verbose bool
	root := &cobra.Command{
		Use:   "veille",
		Short: "Turn French AI and HPC news into searchable facts",
		Long: `veille ingests French news articles (files, folders, URLs, feeds, sitemaps),
extracts their monetary amounts, organisations and machines, indexes them
in an embedded full-text index and searches them.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			if verbose {
				e.log = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
			}
		},
	}
	root.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "log what is being done on stderr")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{fmt.Errorf("%s: %w (see %s --help)", cmd.CommandPath(), err, cmd.CommandPath())}
	})
	root.AddCommand(
		newIngestCommand(e),
		newExtractCommand(e),
		newParseCommand(e),
		newSearchCommand(e),
		newExportCommand(e),
		newEntitiesCommand(e),
		newServeCommand(e),
	)
	return root
}

// defaultIndex is the index folder commands use without --index.
const defaultIndex = "veille.bleve"

// requireArgs checks that a command got at least n arguments.
func requireArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return &usageError{fmt.Errorf("%s needs %s (see %s --help)", cmd.CommandPath(), what, cmd.CommandPath())}
		}
		return nil
	}
}

// writeIndented prints v as indented JSON, leaving <, > and & as they are.
func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
