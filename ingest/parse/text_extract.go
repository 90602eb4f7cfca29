package parse

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minParagraph is the length, in bytes of text, under which a block does not
// count as article prose when looking for the main text.
const minParagraph = 25

// maxLead is the length over which an element named like a lead is not one
// but a section holding more than a standfirst.
const maxLead = 1500

// mainText returns the main text of doc, one block per line: the element
// holding the most paragraph prose, with the lead paragraphs beside it,
// without the boilerplate inside it nor the title, which the article has
// apart.
func mainText(doc *goquery.Document, title string) string {
	if len(doc.Nodes) == 0 {
		return ""
	}
	root := doc.Nodes[0]
	prune(root)
	st := measure(root)
	best, scores := container(root, st)
	if best == nil {
		// No paragraph: a short note or a page of lines; all its body is kept.
		if body := doc.Find("body"); body.Length() > 0 {
			root = body.Nodes[0]
		}
		return render([]*html.Node{root}, st, title)
	}
	return render(withLead(withSiblings(best, st, scores), st), st, title)
}

// stats are the text measures of one element's subtree.
type stats struct {
	text  int  // bytes of text, spaces excluded
	links int  // bytes of text inside links
	block bool // whether a block-level element is inside
}

// linkDensity is the share of the text that is link text.
func (s stats) linkDensity() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.links) / float64(s.text)
}

// measure computes the stats of every element under root in one pass.
func measure(root *html.Node) map[*html.Node]stats {
	st := make(map[*html.Node]stats, 1024)
	var walk func(n *html.Node, inLink bool) stats
	walk = func(n *html.Node, inLink bool) stats {
		var s stats
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				k := nonSpace(c.Data)
				s.text += k
				if inLink {
					s.links += k
				}
			case html.ElementNode:
				cs := walk(c, inLink || c.DataAtom == atom.A)
				s.text += cs.text
				s.links += cs.links
				s.block = s.block || cs.block || isBlock(c.DataAtom)
			}
		}
		st[n] = s
		return s
	}
	walk(root, false)
	return st
}

// nonSpace counts the bytes of s that are not ASCII white space.
func nonSpace(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			n++
		}
	}
	return n
}

// blockAtoms are the elements a browser lays out as blocks: each starts a new
// line of text.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Center: true,
	atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Caption: true, atom.Body: true, atom.Html: true,
}

// isBlock reports whether elements a are blocks; unknown (custom) elements
// are, as pages use them as sections.
func isBlock(a atom.Atom) bool { return a == 0 || blockAtoms[a] }

// isParagraph reports whether n is a unit of prose: a paragraph, or an
// element holding text with no block inside, as pages that lay out text in
// bare <div>s or table cells do.
func isParagraph(n *html.Node, s stats) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre:
		return true
	case atom.Div, atom.Section, atom.Article, atom.Td, atom.Dd, atom.Blockquote:
		return !s.block
	}
	return false
}

// container returns the element whose paragraphs, weighted by depth and
// link density, hold the most prose, or nil when the page has no paragraph.
// Text laid out with <br>s between blocks counts as paragraphs of the
// element holding it.
func container(root *html.Node, st map[*html.Node]stats) (*html.Node, map[*html.Node]float64) {
	c := scorer{st: st, scores: map[*html.Node]float64{}}
	c.walk(root)
	return c.best, c.scores
}

// scorer scores the candidate containers of one page.
type scorer struct {
	st     map[*html.Node]stats
	scores map[*html.Node]float64
	best   *html.Node
}

// walk scores the paragraphs under n. An inline element holding blocks (a
// <span> around <div>s) is walked through like a block.
func (c *scorer) walk(n *html.Node) {
	var loose stats // text of n outside its block children
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		switch {
		case child.Type == html.TextNode:
			loose.text += nonSpace(child.Data)
		case child.Type != html.ElementNode, child.DataAtom == atom.Head:
		case !isBlock(child.DataAtom) && !c.st[child].block:
			s := c.st[child]
			loose.text += s.text
			loose.links += s.links
		case isParagraph(child, c.st[child]):
			c.paragraph(child.Parent, c.st[child])
		default:
			c.walk(child)
		}
	}
	if n.Type == html.ElementNode && isBlock(n.DataAtom) && !isHeading(n.DataAtom) && n.DataAtom != atom.H1 {
		c.paragraph(n, loose)
	}
}

// paragraph credits a paragraph of stats s to its block container parent,
// and half of it to the next block ancestor. Inline ancestors (a <span>
// wrapping <div>s) are not containers.
func (c *scorer) paragraph(parent *html.Node, s stats) {
	if s.text < minParagraph {
		return
	}
	score := float64(s.text) * (1 - s.linkDensity())
	for p, depth := parent, 0; p != nil && depth < 2; p = p.Parent {
		if !isBlock(p.DataAtom) || isHeading(p.DataAtom) || p.DataAtom == atom.H1 {
			continue
		}
		c.scores[p] += score / float64(int(1)<<depth)
		if c.best == nil || c.scores[p] > c.scores[c.best] {
			c.best = p
		}
		depth++
	}
}

// withSiblings returns best with those of its siblings that continue the
// article, in document order: paragraphs of prose, elements scoring near
// best or built like it (the sections of a long article), and the
// intertitles between them.
func withSiblings(best *html.Node, st map[*html.Node]stats, scores map[*html.Node]float64) []*html.Node {
	// Wrappers that add no text to best are the same container: the
	// siblings that matter are theirs.
	top := best
	for top.Parent != nil && top.Parent.Type == html.ElementNode && top.Parent.DataAtom != atom.Body &&
		st[top.Parent].text == st[best].text {
		top = top.Parent
	}
	if top.Parent == nil {
		return []*html.Node{top}
	}
	class, _ := attrValue(top, "class")
	var nodes []*html.Node
	var headings []*html.Node // intertitles since the last node kept
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		s := st[c]
		// A paragraph, or an inline element wrapping blocks (broken
		// markup), with enough prose continues the article.
		// Before the container, a box holding a paragraph of prose is
		// likely the lead.
		prose := (isParagraph(c, s) || !isBlock(c.DataAtom) && s.block) && s.text >= 80 ||
			len(nodes) == 0 && scores[c] >= 80
		keep := c == top || s.linkDensity() < 0.25 && (scores[c] >= scores[best]/5 ||
			prose || sameKind(c, top, class) && s.text >= minParagraph)
		switch {
		case keep && len(nodes) > 0:
			nodes = append(append(nodes, headings...), c)
			headings = headings[:0]
		case keep:
			nodes = append(nodes, c)
		case isHeading(c.DataAtom):
			headings = append(headings, c)
		default:
			headings = headings[:0]
		}
	}
	return nodes
}

// sameKind reports whether n has the tag and the class of best, which has one.
func sameKind(n, best *html.Node, class string) bool {
	c, _ := attrValue(n, "class")
	return class != "" && n.DataAtom == best.DataAtom && c == class
}

// isHeading reports whether a is an intertitle element (the title is <h1>).
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// withLead returns nodes, the article's parts in document order, preceded by
// the article's lead (standfirst) when the page puts it apart, before them
// and under an ancestor close to them. Only the nearest lead is taken: other
// elements so named before it are teasers of other articles.
func withLead(nodes []*html.Node, st map[*html.Node]stats) []*html.Node {
	first := nodes[0]
	top := first
	for i := 0; i < 4 && top.Parent != nil && top.Parent.DataAtom != atom.Body && top.Parent.DataAtom != atom.Html; i++ {
		top = top.Parent
	}
	var lead *html.Node
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c == first {
				return false
			}
			if c.Type != html.ElementNode {
				continue
			}
			if s := st[c]; isLead(c) && s.text >= 60 && s.text <= maxLead && s.linkDensity() < 0.3 && !isAncestor(c, first) {
				lead = c
				continue
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(top)
	// Some pages repeat the lead at the start of the body.
	if lead == nil || strings.Contains(clean(textOf(first)), clean(textOf(lead))) {
		return nodes
	}
	return append([]*html.Node{lead}, nodes...)
}

// isAncestor reports whether a is n or contains it.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// textOf returns the text under n, as it is in the markup.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				b.WriteByte(' ')
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}
