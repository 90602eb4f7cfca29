package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/veille-fr/veille"
)

//go:embed templates/*.html
var templateFS embed.FS

// pages are the templates of the page, parsed once.
var pages = template.Must(template.ParseFS(templateFS, "templates/*.html"))

// perPage is the number of hits on a page of results.
const perPage = 10

// maxPage is the last page a search can show, the store serving at most
// maxOffset hits before the page.
const maxPage = maxOffset/perPage + 1

// link is a labelled URL of the page.
type link struct {
	Label string
	URL   string
	Count int
	// Active marks a facet value already in the query (its URL removes it),
	// or the current page of the pagination.
	Active bool
	Class  string
	Title  string
}

// facetGroup is one facet of the sidebar.
type facetGroup struct {
	Title string
	Links []link
}

// hitView is a hit as the page shows it.
type hitView struct {
	Title     string
	URL       string // the document page
	SourceURL string
	Site      string
	Date      string
	Snippet   template.HTML
	Chips     []link
	// MoreChips is the number of entities left out of Chips.
	MoreChips int
}

// The most entity chips a hit shows of each kind; the document page lists
// them all.
const (
	maxOrgChips     = 6
	maxMachineChips = 4
	maxAmountChips  = 4
)

// capped returns the first n elements of list at most.
func capped[T any](list []T, n int) []T { return list[:min(len(list), n)] }

// distinctAmounts returns the amounts of distinct value and currency, in
// order, each as first written.
func distinctAmounts(amounts []veille.Amount) []veille.Amount {
	type key struct {
		value    float64
		currency string
	}
	seen := map[key]bool{}
	var out []veille.Amount
	for _, a := range amounts {
		k := key{a.Value, strings.ToUpper(a.Currency)}
		if !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}

// searchView is what the search page shows.
type searchView struct {
	Query  string
	Sort   string
	Amount string
	Error  string
	// Searched is false on the home page, before any query.
	Searched bool
	Total    string
	Count    uint64
	Took     string
	Hits     []hitView
	Facets   []facetGroup
	Active   []link
	Pages    []link
	Prev     string
	Next     string
	// Home lists the most mentioned entities, on the home page.
	Home      []facetGroup
	Documents string
}

// searchState is the query of a search page and how to link to another.
type searchState struct {
	q    string
	sort veille.Sort
}

// url returns the address of the search page for query q on page n.
func (st searchState) url(q string, n int) string {
	v := url.Values{}
	v.Set("q", q)
	if st.sort == veille.SortDate {
		v.Set("sort", string(veille.SortDate))
	}
	if n > 1 {
		v.Set("page", strconv.Itoa(n))
	}
	return "/?" + v.Encode()
}

// handleIndex shows the home page, or the results of ?q=…
func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) error {
	params := r.URL.Query()
	q := strings.TrimSpace(params.Get("q"))
	if params.Has("amount") {
		// The form's amount field replaces any minimum amount in q.
		q = withoutTerms(q, isAmountMinTerm)
		if t := amountTerm(params.Get("amount")); t != "" {
			q = withTerms(q, t)
		}
	}
	view := &searchView{Query: q, Amount: amountInQuery(q)}
	sort, err := sortParam(params.Get("sort"))
	if err != nil {
		sort = veille.SortRelevance
	}
	view.Sort = string(sort)
	if q == "" {
		s.fillHome(r, view)
		return s.render(w, http.StatusOK, "search.html", view)
	}
	view.Searched = true
	pageNum, err := intParam(params, "page", 1, maxPage)
	if err != nil || pageNum == 0 {
		pageNum = 1
	}
	st := searchState{q: q, sort: sort}
	res, err := s.store.Search(r.Context(), veille.SearchRequest{
		Query: q, Limit: perPage, Offset: (pageNum - 1) * perPage, Sort: sort})
	if err != nil {
		if veille.ErrorCode(err) != veille.EINVALID {
			return fmt.Errorf("search %q: %w", q, err)
		}
		view.Error = err.Error()
		view.Active = activeFilters(st)
		return s.render(w, http.StatusBadRequest, "search.html", view)
	}
	fillResults(view, st, res, pageNum)
	return s.render(w, http.StatusOK, "search.html", view)
}

// fillHome lists the latest documents and the most mentioned organisations
// and machines on the home page; a failure only leaves them out.
func (s *Server) fillHome(r *http.Request, view *searchView) {
	st := searchState{}
	if n, err := s.store.Count(r.Context()); err == nil {
		view.Documents = frenchInt(n)
	} else {
		s.log.Warn("count documents", "error", err)
	}
	latest, err := s.store.Search(r.Context(), veille.SearchRequest{Limit: perPage, Sort: veille.SortDate})
	if err == nil {
		for _, h := range latest.Hits {
			view.Hits = append(view.Hits, hitOf(st, h))
		}
	} else {
		s.log.Warn("list the latest documents", "error", err)
	}
	kinds := []struct {
		typ   veille.EntityType
		title string
		term  func(string) string
	}{{veille.TypeOrganisation, "Organisations", orgTerm}, {veille.TypeMachine, "Machines", machineTerm}}
	for _, k := range kinds {
		ents, err := s.store.Entities(r.Context(), veille.EntitiesRequest{Type: k.typ, Top: 15})
		if err != nil {
			s.log.Warn("list entities", "type", k.typ, "error", err)
			continue
		}
		g := facetGroup{Title: k.title}
		for _, e := range ents {
			g.Links = append(g.Links, link{Label: e.Name, Count: e.Documents, URL: st.url(k.term(e.Name), 1)})
		}
		if len(g.Links) > 0 {
			view.Home = append(view.Home, g)
		}
	}
}

// fillResults puts a page of results in view.
func fillResults(view *searchView, st searchState, res *veille.SearchResult, pageNum int) {
	view.Count = res.Total
	view.Total = frenchInt(res.Total)
	view.Took = frenchDuration(res.Took)
	for _, h := range res.Hits {
		view.Hits = append(view.Hits, hitOf(st, h))
	}
	view.Facets = facetsOf(st, res.Facets)
	view.Active = activeFilters(st)
	last := min(int((res.Total+perPage-1)/perPage), maxPage)
	if last > 1 {
		for n := max(1, pageNum-3); n <= min(last, pageNum+3); n++ {
			view.Pages = append(view.Pages, link{Label: strconv.Itoa(n), URL: st.url(st.q, n), Active: n == pageNum})
		}
	}
	if pageNum > 1 {
		view.Prev = st.url(st.q, pageNum-1)
	}
	if pageNum < last {
		view.Next = st.url(st.q, pageNum+1)
	}
}

// hitOf prepares a hit for the page: its snippet checked, its entities as
// links that filter on them.
func hitOf(st searchState, h veille.Hit) hitView {
	v := hitView{
		Title:     h.Title,
		URL:       "/documents/" + url.PathEscape(h.ID),
		SourceURL: webURL(h.URL),
		Site:      h.Site,
		Date:      frenchDate(h.Published),
		Snippet:   safeSnippet(h.Snippet),
	}
	if v.Title == "" {
		v.Title = h.ID
	}
	orgs, machines := capped(h.Organisations, maxOrgChips), capped(h.Machines, maxMachineChips)
	for _, o := range orgs {
		v.Chips = append(v.Chips, link{Label: o, Class: "org", URL: st.url(withTerms(st.q, orgTerm(o)), 1)})
	}
	for _, m := range machines {
		v.Chips = append(v.Chips, link{Label: m, Class: "machine", URL: st.url(withTerms(st.q, machineTerm(m)), 1)})
	}
	amounts := distinctAmounts(h.Amounts)
	for _, a := range capped(amounts, maxAmountChips) {
		label := strings.TrimSpace(a.Text)
		if label == "" {
			label = frenchAmount(a.Value, a.Currency)
		}
		v.Chips = append(v.Chips, link{Label: label, Class: "amount", Title: "au moins " + frenchAmount(a.Value, a.Currency),
			URL: st.url(withTerms(withoutTerms(st.q, isAmountMinTerm), amountFilter(a)), 1)})
	}
	v.MoreChips = len(h.Organisations) - len(orgs) + len(h.Machines) - len(machines) + len(amounts) - min(len(amounts), maxAmountChips)
	return v
}

// amountFilter is the filter of the amounts at least as large as a.
func amountFilter(a veille.Amount) string {
	cur := strings.ToUpper(a.Currency)
	sym := map[string]string{"EUR": "€", "USD": "$"}[cur]
	value := strconv.FormatFloat(a.Value, 'f', -1, 64)
	if sym == "" && cur != "" {
		return "amount>=" + value + cur
	}
	return "amount>=" + value + sym
}

// facetsOf lists the facets of a result set, each value a link that adds its
// filter to the query, or removes it if it is already there.
func facetsOf(st searchState, facets map[string][]veille.FacetCount) []facetGroup {
	kinds := []struct {
		key, title string
		terms      func(string) []string
		label      func(string) string
	}{
		{"organisations", "Organisations", func(v string) []string { return []string{orgTerm(v)} }, nil},
		{"machines", "Machines", func(v string) []string { return []string{machineTerm(v)} }, nil},
		{"sites", "Sites", func(v string) []string { return []string{siteTerm(v)} }, nil},
		{"months", "Mois", func(v string) []string {
			after, before, ok := monthTerms(v)
			if !ok {
				return nil
			}
			return []string{after, before}
		}, frenchMonth},
	}
	var groups []facetGroup
	for _, k := range kinds {
		g := facetGroup{Title: k.title}
		for _, fc := range facets[k.key] {
			terms := k.terms(fc.Value)
			if len(terms) == 0 {
				continue
			}
			l := link{Label: fc.Value, Count: fc.Count}
			if k.label != nil {
				l.Label = k.label(fc.Value)
			}
			l.Active = true
			for _, t := range terms {
				l.Active = l.Active && hasTerm(st.q, t)
			}
			switch {
			case l.Active:
				l.URL = st.url(withoutTerms(st.q, func(t string) bool { return slices.Contains(terms, t) }), 1)
			case k.key == "months":
				l.URL = st.url(withTerms(withoutTerms(st.q, isDateTerm), terms...), 1)
			default:
				l.URL = st.url(withTerms(st.q, terms...), 1)
			}
			g.Links = append(g.Links, l)
		}
		if len(g.Links) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// filterLabels name the filters of the query language on the page.
var filterLabels = []struct{ prefix, label string }{
	{"org:", "Organisation"},
	{"machine:", "Machine"},
	{"site:", "Site"},
	{"lang:", "Langue"},
	{"after:", "Depuis"},
	{"before:", "Jusqu’à"},
	{"amount>=", "Montant ≥"},
	{"amount<=", "Montant ≤"},
	{"amount>", "Montant >"},
	{"amount<", "Montant <"},
	{"amount=", "Montant ="},
}

// activeFilters lists the filters of the query, each with a link that
// removes it.
func activeFilters(st searchState) []link {
	var active []link
	for _, t := range queryTerms(st.q) {
		if l, ok := filterLabel(t); ok {
			active = append(active, link{Label: l,
				URL: st.url(withoutTerms(st.q, func(x string) bool { return x == t }), 1)})
		}
	}
	return active
}

// filterLabel says in French what a filter term keeps ("Machine Jean Zay",
// "Depuis juin 2024", "Sauf Organisation CEA"); ok is false for a term that
// is not a filter.
func filterLabel(t string) (label string, ok bool) {
	negated := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	for _, f := range filterLabels {
		v, found := strings.CutPrefix(t, f.prefix)
		if !found {
			continue
		}
		v = strings.Trim(v, `"`)
		if isDateTerm(t) {
			v = dateLabel(v)
		}
		label = f.label + " " + v
		if negated {
			label = "Sauf " + label
		}
		return label, true
	}
	return "", false
}

// dateLabel writes the value of a date filter in French: "3 juin 2024" for
// a day, "juin 2024" for a month, as it is otherwise.
func dateLabel(v string) string {
	if d, err := time.Parse("2006-01-02", v); err == nil {
		return frenchDate(d)
	}
	return frenchMonth(v)
}

// amountInQuery returns the value of the amount>= filter of q, to show in
// the amount field.
func amountInQuery(q string) string {
	for _, t := range queryTerms(q) {
		if v, ok := strings.CutPrefix(t, "amount>="); ok {
			return v
		}
	}
	return ""
}

// webURL returns u if it is an http(s) URL, the only links the page makes
// to other sites, and "" otherwise.
func webURL(u string) string {
	if isWebURL(u) {
		return u
	}
	return ""
}

// render executes a page template and sends it; a template that fails
// sends nothing of itself.
func (s *Server) render(w http.ResponseWriter, status int, name string, data any) error {
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, name, data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
	return nil
}

// errorView is what the error page shows.
type errorView struct {
	Status  int
	Title   string
	Message string
}

// renderError answers err as an HTML page.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	status, body, internal := classify(err)
	if internal {
		s.log.Error("page failed", "path", r.URL.Path, "error", err)
	}
	view := errorView{Status: status, Title: "Erreur", Message: body.Error}
	switch status {
	case http.StatusNotFound:
		view.Title = "Page introuvable"
	case http.StatusMethodNotAllowed:
		view.Title = "Méthode non autorisée"
	case http.StatusInternalServerError:
		view.Title = "Erreur interne"
		view.Message = "Une erreur est survenue ; elle a été consignée."
	}
	if rerr := s.render(w, status, "error.html", view); rerr != nil {
		s.log.Error("render the error page", "error", errors.Join(err, rerr))
		http.Error(w, view.Message, status)
	}
}

func (s *Server) handleNotFoundPage(w http.ResponseWriter, r *http.Request) error {
	return veille.Errorf(veille.ENOTFOUND, "aucune page à l'adresse %s", r.URL.Path)
}
