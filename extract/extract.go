// Package extract finds the entities of an article: monetary amounts
// (package amount), organisations and machines (package entity, with the
// reference lists of package data). It turns the byte offsets of those
// packages into the code-point offsets of veille.Span.
package extract

import (
	"fmt"
	"unicode/utf8"

	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/extract/amount"
	"github.com/veille-fr/veille/extract/entity"
)

// Extractor finds amounts, organisations and machines in the title and the
// main text of an article. It implements veille.Extractor and is safe for
// concurrent use.
type Extractor struct {
	entities *entity.Recognizer
}

// New returns an Extractor with the embedded reference lists.
func New() (*Extractor, error) {
	rec, err := entity.Default()
	if err != nil {
		return nil, fmt.Errorf("load the reference lists: %w", err)
	}
	return &Extractor{entities: rec}, nil
}

// WithRecognizer returns an Extractor that finds organisations and machines
// with rec, for lists other than the embedded ones.
func WithRecognizer(rec *entity.Recognizer) *Extractor {
	return &Extractor{entities: rec}
}

// Extract returns the entities of a, title first, each in order of appearance.
func (e *Extractor) Extract(a *veille.Article) veille.Entities {
	ents := veille.Entities{
		Amounts:       []veille.Amount{},
		Organisations: []veille.Mention{},
		Machines:      []veille.Mention{},
	}
	fields := []struct {
		name veille.Field
		text string
	}{{veille.FieldTitle, a.Title}, {veille.FieldText, a.Text}}
	inTitle, inText := e.entities.Recognize(a.Title, a.Text)
	for i, f := range fields {
		matches := inTitle
		if i == 1 {
			matches = inText
		}
		pos := newCodePoints(f.text)
		for _, am := range amount.Find(f.text) {
			am.Span = pos.span(f.name, am.Start, am.End)
			ents.Amounts = append(ents.Amounts, am)
		}
		pos = newCodePoints(f.text)
		for _, m := range matches {
			mention := veille.Mention{Name: m.Name, Text: m.Text, Span: pos.span(f.name, m.Start, m.End)}
			switch m.Kind {
			case entity.Organisation:
				ents.Organisations = append(ents.Organisations, mention)
			case entity.Machine:
				ents.Machines = append(ents.Machines, mention)
			}
		}
	}
	return ents
}

// codePoints converts byte offsets of a text into code-point offsets. Offsets
// asked in ascending order cost one pass over the text in all.
type codePoints struct {
	text        string
	byteOffset  int
	pointOffset int
}

func newCodePoints(text string) *codePoints {
	return &codePoints{text: text}
}

// at returns the number of code points in text[:off].
func (c *codePoints) at(off int) int {
	off = max(0, min(off, len(c.text)))
	if off < c.byteOffset {
		c.byteOffset, c.pointOffset = 0, 0
	}
	c.pointOffset += utf8.RuneCountInString(c.text[c.byteOffset:off])
	c.byteOffset = off
	return c.pointOffset
}

func (c *codePoints) span(field veille.Field, start, end int) veille.Span {
	s := c.at(start)
	return veille.Span{Field: field, Start: s, End: c.at(end)}
}
