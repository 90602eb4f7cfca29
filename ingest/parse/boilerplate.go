package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropAtoms are elements that never hold article text. Scripts left in the
// page (JSON-LD) have been read before.
var dropAtoms = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Button: true, atom.Figcaption: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Dialog: true, atom.Menu: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
}

// dropRoles are ARIA roles of page furniture.
var dropRoles = map[string]bool{
	"navigation": true, "complementary": true, "contentinfo": true, "search": true, "dialog": true,
	"alertdialog": true, "menu": true, "menubar": true, "toolbar": true,
}

// boilerWords are the words of class and id names, English and French, that
// mark share bars, related links, comments, cookie, newsletter and
// subscription boxes, bylines, captions and advertising. A class or id word
// matches a word of five letters or more when it starts with it
// ("comments", "commentaires"), a shorter one when it is equal to it.
var boilerWords = []string{
	"share", "sharing", "social", "partage", "addthis", "related", "comment", "cookie",
	"consent", "gdpr", "rgpd", "newsletter", "subscribe", "subscription", "abonnement", "abonne",
	"breadcrumb", "ariane", "promo", "sidebar", "footer", "menu", "advert", "pub", "ads",
	"sponsor", "caption", "figcaption", "legende", "credit", "byline", "signature", "author", "auteur", "tags",
	"keywords", "pagination", "pager", "popup", "modal", "outbrain", "taboola", "recommend",
	"conseil", "toolbar", "signup", "donate", "cta", "lireaussi", "readmore", "prev", "next",
	"print", "rating", "skip", "gallery", "slideshow", "carousel", "slider", "dropdown", "favori",
	"bookmark", "login", "signin", "connexion", "didomi", "onetrust", "cmp", "tarteaucitron", "axeptio",
	"ad", "dfp", "meta", "toc",
}

// boilerPhrases are class or id fragments that span several words.
var boilerPhrases = []string{
	"lire-aussi", "lire_aussi", "read-more", "read_more", "voir-aussi", "a-lire", "more-stories",
	"most-read", "plus-lus", "widget-area", "visually-hidden", "sr-only", "screen-reader", "savoir-plus",
	"savoir_plus", "savoirplus",
}

// leadWords are class or id words of a standfirst, the lead paragraph that
// news pages often place apart from the body.
var leadWords = []string{"lead", "chapo", "chapeau", "standfirst", "intro", "desc", "description", "summary", "excerpt", "accroche", "subtitle", "deck", "dek"}

// prune removes from the tree under root the elements that are never
// article text: navigation, forms, hidden parts, and boxes whose class or id
// says they are boilerplate, unless they hold much prose: a wrapper of the
// article may carry such a class.
func prune(root *html.Node) {
	p := pruner{prose: proseLen(root)}
	p.prune(root)
}

// pruner prunes one page.
type pruner struct {
	prose int // length of the page's prose
}

// prune removes the furniture among the children of n and prunes the others.
func (p pruner) prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type != html.ElementNode:
		case p.isFurniture(c):
			n.RemoveChild(c)
		default:
			p.prune(c)
		}
		c = next
	}
}

// maxBoilerplate is the length of prose from which an element is article
// text whatever its class says.
const maxBoilerplate = 1000

// isFurniture reports whether the element n is page furniture to drop whole.
func (p pruner) isFurniture(n *html.Node) bool {
	if dropAtoms[n.DataAtom] {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	case atom.Header:
		// The page's header holds the logo and menus; an article's header
		// holds its title and, often, its lead.
		return !contains(n, atom.H1)
	case atom.Figure:
		return !contains(n, atom.Table)
	case atom.Form:
		return proseLen(n) < maxBoilerplate/2
	}
	if _, ok := attrValue(n, "hidden"); ok {
		return true
	}
	if v, _ := attrValue(n, "aria-hidden"); v == "true" {
		return true
	}
	if v, _ := attrValue(n, "role"); dropRoles[strings.ToLower(v)] {
		return true
	}
	if v, _ := attrValue(n, "style"); isHiddenStyle(v) {
		return true
	}
	if !hasWord(n, boilerWords, boilerPhrases) {
		return false
	}
	// A box holding most of a short page's prose is its article.
	prose := proseLen(n)
	return prose < maxBoilerplate && prose*2 <= p.prose
}

// isHiddenStyle reports whether an inline style hides the element.
func isHiddenStyle(style string) bool {
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// isLead reports whether n's class or id names it a standfirst.
func isLead(n *html.Node) bool {
	return hasWord(n, leadWords, nil)
}

// hasWord reports whether a word of n's class or id matches one of words (as
// boilerWords says), or the class or id contains one of phrases.
func hasWord(n *html.Node, words, phrases []string) bool {
	class, _ := attrValue(n, "class")
	id, _ := attrValue(n, "id")
	if class == "" && id == "" {
		return false
	}
	key := strings.ToLower(class + " " + id)
	for _, p := range phrases {
		if strings.Contains(key, p) {
			return true
		}
	}
	found := false
	forEachWord(class+" "+id, func(w string) bool {
		for _, h := range words {
			if w == h || len(h) >= 5 && strings.HasPrefix(w, h) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// forEachWord calls f with each lowercase word of a class or id list, split
// at punctuation, digits and camelCase boundaries, until f returns false.
func forEachWord(s string, f func(string) bool) {
	start := -1
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		lower := c >= 'a' && c <= 'z'
		upper := c >= 'A' && c <= 'Z'
		if start >= 0 && (!(lower || upper) || (upper && s[i-1] >= 'a' && s[i-1] <= 'z')) {
			if !f(strings.ToLower(s[start:i])) {
				return
			}
			start = -1
		}
		if start < 0 && (lower || upper) {
			start = i
		}
	}
}

// attrValue returns the value of n's attribute key and whether n has it.
func attrValue(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// contains reports whether an element a is under n.
func contains(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || contains(c, a)) {
			return true
		}
	}
	return false
}

// proseLen is the length of the text under n that is not link text, spaces
// excluded: the prose of an article counts, menus and lists of links do not,
// nor the head and the scripts.
func proseLen(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			total += nonSpace(c.Data)
		case c.Type == html.ElementNode && c.DataAtom != atom.A && c.DataAtom != atom.Head && !dropAtoms[c.DataAtom]:
			total += proseLen(c)
		}
	}
	return total
}
