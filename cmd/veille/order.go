package main

import (
	"context"
	"iter"

	"github.com/veille-fr/veille"
)

// outcome is a document read from an item, or why it could not be.
type outcome struct {
	doc veille.Document
	err error
}

// inOrder runs do on the items with up to workers at once and yields the
// outcomes in the order of the items, so output stays as stable as input.
func inOrder(ctx context.Context, workers int, items iter.Seq2[veille.Item, error],
	do func(context.Context, veille.Item) (veille.Document, error)) iter.Seq[outcome] {
	return func(yield func(outcome) bool) {
		if workers < 1 {
			workers = 1
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		// Each item gets a one-slot channel; the queue holds them in order
		// and its capacity bounds the work in flight.
		queue := make(chan chan outcome, workers)
		go func() {
			defer close(queue)
			for it, err := range items {
				slot := make(chan outcome, 1)
				select {
				case queue <- slot:
				case <-ctx.Done():
					return
				}
				if err != nil {
					slot <- outcome{err: err}
					continue
				}
				go func() {
					doc, err := do(ctx, it)
					slot <- outcome{doc: doc, err: err}
				}()
			}
		}()
		for slot := range queue {
			if !yield(<-slot) {
				return
			}
		}
	}
}
