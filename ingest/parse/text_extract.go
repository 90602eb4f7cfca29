package parse

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// boilerplate selects the parts of a page that are never the article body.
const boilerplate = "nav,header,footer,aside,form,button,figcaption,figure,[role=navigation],[role=complementary],[aria-hidden=true]"

// boilerHints are class or id fragments of share bars, related links,
// comments, cookie and newsletter boxes.
var boilerHints = []string{"share", "social", "related", "comment", "cookie", "newsletter", "lire-aussi", "read-more", "breadcrumb", "promo", "sidebar", "footer", "menu", "subscribe", "advert"}

// readAlso starts the teaser blocks French news pages put inside articles.
var readAlso = []string{"lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "read more", "related:"}

const blockTags = "p,h2,h3,h4,h5,h6,li,blockquote,pre"

// mainText returns the blocks of the element holding the most paragraph text.
func mainText(doc *goquery.Document) string {
	doc.Find(boilerplate).Remove()
	doc.Find("[class],[id]").FilterFunction(isBoilerplate).FilterFunction(isShort).Remove()
	scores := map[*html.Node]int{}
	var best *html.Node
	doc.Find("p").Each(func(_ int, p *goquery.Selection) {
		n := len(clean(p.Text()))
		if n < 30 {
			return
		}
		for parent, depth := p.Nodes[0].Parent, 0; parent != nil && depth < 2; parent, depth = parent.Parent, depth+1 {
			scores[parent] += n >> depth
			if best == nil || scores[parent] > scores[best] {
				best = parent
			}
		}
	})
	root := doc.Find("body")
	if best != nil {
		root = goquery.NewDocumentFromNode(best).Selection
	}
	return blocks(root)
}

func isBoilerplate(_ int, s *goquery.Selection) bool {
	if s.Is("body,html,article,main") {
		return false
	}
	key := strings.ToLower(s.AttrOr("class", "") + " " + s.AttrOr("id", ""))
	for _, h := range boilerHints {
		if strings.Contains(key, h) {
			return true
		}
	}
	return false
}

func blocks(root *goquery.Selection) string {
	var out []string
	root.Find(blockTags).Each(func(_ int, s *goquery.Selection) {
		if s.Find(blockTags).Length() > 0 {
			return
		}
		t := clean(s.Text())
		if t == "" || isReadAlso(t) {
			return
		}
		out = append(out, t)
	})
	return strings.Join(out, "\n")
}

func isReadAlso(t string) bool {
	low := strings.ToLower(t)
	for _, r := range readAlso {
		if strings.HasPrefix(low, r) {
			return true
		}
	}
	return false
}

// isShort reports whether s holds little paragraph text, so a boilerplate-looking
// class on a wrapper of the whole article does not remove the article.
func isShort(_ int, s *goquery.Selection) bool {
	return len(s.Find("p").Text()) < 1000
}
