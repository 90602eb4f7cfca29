package web

import (
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"github.com/veille-fr/veille"
)

// documentView is what the document page shows.
type documentView struct {
	ID         string
	Title      template.HTML
	PlainTitle string
	Site       string
	Author     string
	Date       string
	Lang       string
	Source     string
	SourceURL  string
	Paragraphs []template.HTML
	Entities   []facetGroup
}

func (s *Server) handleDocumentPage(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	doc, err := s.store.Get(r.Context(), id)
	if err != nil {
		return fmt.Errorf("get document %s: %w", id, err)
	}
	return s.render(w, http.StatusOK, "document.html", documentOf(doc))
}

// documentOf prepares a document for its page: title and text with every
// entity highlighted, and the list of its entities.
func documentOf(d veille.Document) documentView {
	v := documentView{
		ID:         d.ID,
		PlainTitle: d.Title,
		Site:       d.Site,
		Author:     d.Author,
		Date:       frenchDate(d.Published),
		Lang:       d.Lang,
		Source:     d.Source,
		SourceURL:  webURL(d.URL),
	}
	if v.SourceURL == "" {
		v.SourceURL = webURL(d.CanonicalURL)
	}
	title := highlightLines(d.Title, marksIn(d.Entities, veille.FieldTitle))
	parts := make([]string, len(title))
	for i, t := range title {
		parts[i] = string(t)
	}
	v.Title = template.HTML(strings.Join(parts, " ")) // each part is escaped HTML
	v.Paragraphs = highlightLines(d.Text, marksIn(d.Entities, veille.FieldText))
	v.Entities = entityLists(d.Entities)
	return v
}

// marksIn returns the entities of a field as marks to highlight.
func marksIn(e veille.Entities, field veille.Field) []mark {
	var marks []mark
	for _, m := range e.Organisations {
		if m.Field == field {
			marks = append(marks, mark{m.Start, m.End, "org", m.Name})
		}
	}
	for _, m := range e.Machines {
		if m.Field == field {
			marks = append(marks, mark{m.Start, m.End, "machine", m.Name})
		}
	}
	for _, a := range e.Amounts {
		if a.Field == field {
			marks = append(marks, mark{a.Start, a.End, "amount", frenchAmount(a.Value, a.Currency)})
		}
	}
	return marks
}

// entityLists lists the distinct entities of a document, each with the
// number of its mentions and a link to the documents that mention it.
func entityLists(e veille.Entities) []facetGroup {
	st := searchState{}
	named := func(title, class string, ms []veille.Mention, term func(string) string) facetGroup {
		g := facetGroup{Title: title}
		at := map[string]int{}
		for _, m := range ms {
			if i, ok := at[m.Name]; ok {
				g.Links[i].Count++
				continue
			}
			at[m.Name] = len(g.Links)
			g.Links = append(g.Links, link{Label: m.Name, Count: 1, Class: class, URL: st.url(term(m.Name), 1)})
		}
		return g
	}
	amounts := facetGroup{Title: "Montants"}
	at := map[string]int{}
	for _, a := range e.Amounts {
		label := strings.TrimSpace(a.Text)
		if i, ok := at[label]; ok {
			amounts.Links[i].Count++
			continue
		}
		at[label] = len(amounts.Links)
		amounts.Links = append(amounts.Links, link{Label: label, Count: 1, Class: "amount",
			Title: frenchAmount(a.Value, a.Currency), URL: st.url(amountFilter(a), 1)})
	}
	var groups []facetGroup
	for _, g := range []facetGroup{
		named("Organisations", "org", e.Organisations, orgTerm),
		named("Machines", "machine", e.Machines, machineTerm),
		amounts,
	} {
		if len(g.Links) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}
