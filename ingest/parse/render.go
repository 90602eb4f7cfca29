package parse

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// invisible removes the soft hyphens and zero-width characters pages put in
// words, which would split them for search and entity extraction.
var invisible = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "")

// line is one block of rendered text.
type line struct {
	text  string
	chars int // bytes of text, spaces excluded
	links int // of which inside links
}

// linkOnly reports whether the line is (almost) all link text, as the items
// of a list of related articles are.
func (l line) linkOnly() bool { return l.chars > 0 && l.links*10 >= l.chars*8 }

// renderer lays out the text of a subtree as a browser would: one line per
// block element, inline elements joined.
type renderer struct {
	st    map[*html.Node]stats
	lines []line
	buf   strings.Builder
	chars int
	links int
}

// render returns the text of nodes, one block per line, without the
// boilerplate lines and the title.
func render(nodes []*html.Node, st map[*html.Node]stats, title string) string {
	r := renderer{st: st}
	for _, n := range nodes {
		r.node(n, false)
		r.flush()
	}
	return strings.Join(filterLines(r.lines, title), "\n")
}

// node renders n and its subtree; inLink tells whether n is inside a link.
func (r *renderer) node(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		r.buf.WriteString(n.Data)
		k := nonSpace(n.Data)
		r.chars += k
		if inLink {
			r.links += k
		}
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if r.skip(n) {
		return
	}
	if n.DataAtom == atom.Br {
		r.flush()
		return
	}
	block := isBlock(n.DataAtom)
	if block {
		r.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, inLink || n.DataAtom == atom.A)
	}
	if block {
		r.flush()
	}
}

// skip reports whether the element n is left out of the text: the title,
// which Article has apart, and lists made of links only (menus, related
// articles).
func (r *renderer) skip(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.Img, atom.Picture:
		return true
	case atom.Ul, atom.Ol:
		s := r.st[n]
		return s.links*10 >= s.text*8 && s.text > 0
	}
	return false
}

// flush ends the current line, keeping it unless it holds no text.
func (r *renderer) flush() {
	if r.chars > 0 {
		if t := clean(invisible.Replace(r.buf.String())); t != "" {
			r.lines = append(r.lines, line{text: t, chars: r.chars, links: r.links})
		}
	}
	r.buf.Reset()
	r.chars, r.links = 0, 0
}

// readAlso starts the teaser lines French and English news pages put inside
// articles.
var readAlso = []string{"lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi", "à voir aussi", "read more", "read also", "related:", "see also"}

// relatedHeadings start the heading of a block of links to other articles;
// the link lines that follow it are dropped with it.
var relatedHeadings = []string{
	"sur le même sujet", "sur le même thème", "dans la même rubrique", "la rédaction vous conseille",
	"nos lecteurs ont aussi", "les plus lus", "à découvrir", "vous aimerez aussi", "vous aimerez peut-être",
	"ces articles peuvent", "articles similaires", "articles liés", "en savoir plus", "pour aller plus loin",
	"you may also like", "you might also like", "related", "more from", "more on this", "recommended",
	"most read", "most popular", "trending", "more stories", "also read", "further reading",
}

// notices start the lines of credits, tags and subscription calls that are
// not article text.
var notices = []string{
	"crédit photo", "crédits photo", "credit photo", "crédit :", "crédits :", "photo :", "©", "copyright",
	"photo credit", "credit:", "image illustrative", "illustration :", "par la rédaction", "tags :", "tags:",
	"mots-clés", "mots clés", "abonnez-vous", "inscrivez-vous", "inscription à la newsletter", "déjà abonné",
	"temps de lecture", "lecture :", "reading time",
	"subscribe to", "already a subscriber", "sign up for", "reporting by", "additional reporting by",
	"editing by", "writing by", "our standards",
}

// paywall are phrases of the lines that tell the rest of the article is
// for subscribers ("Il vous reste 57 % de cet article à lire").
var paywall = []string{"de cet article à lire", "réservée aux abonnés", "réservé aux abonnés", "réservés aux abonnés", "for subscribers only"}

// uiLabels are lines that are the label of a button or a link of the page,
// not text; a line matches when, lowercased and without its punctuation,
// it is one of them.
var uiLabels = map[string]bool{
	"partager": true, "partager cet article": true, "partager sur facebook": true, "partager sur twitter": true,
	"imprimer": true, "envoyer": true, "envoyer par e-mail": true, "envoyer par email": true, "commenter": true,
	"réagir": true, "s’abonner": true, "s'abonner": true, "abonnez-vous": true, "newsletter": true,
	"lire la suite": true, "voir plus": true, "afficher plus": true, "fermer": true, "copier le lien": true,
	"contenu sponsorisé": true, "sponsorisé": true, "publicité": true, "légende": true, "agrandir": true,
	"se connecter": true, "connectez-vous": true, "identifiez-vous": true, "créer un compte": true,
	"vous possédez déjà un compte": true, "s’inscrire": true, "s'inscrire": true, "s’inscrire gratuitement": true,
	"share": true, "share this": true, "share this article": true, "share on facebook": true,
	"share on twitter": true, "tweet": true, "email": true, "print": true, "copy link": true, "close": true,
	"caption": true, "continue reading": true, "sponsored": true, "advertisement": true, "log in": true,
	"sign in": true,
}

// maxNotice is the length over which a line is article text whatever it
// starts with; maxHeading that of a heading, maxMeta that of a byline or a
// date line.
const (
	maxNotice  = 160
	maxHeading = 60
	maxMeta    = 80
)

// filterLines drops teaser, related-links, notice, byline and date lines,
// and the lines that repeat the title.
func filterLines(lines []line, title string) []string {
	out := make([]string, 0, len(lines))
	related := false
	for _, l := range lines {
		low := strings.ToLower(l.text)
		short := len(l.text) <= maxNotice
		switch {
		case related && l.linkOnly():
			continue
		case len(l.text) <= maxHeading && hasPrefix(low, relatedHeadings), hasPrefix(low, readAlso):
			related = true
			continue
		case short && (hasPrefix(low, notices) || containsAny(low, paywall)), isMeta(low),
			uiLabels[strings.Trim(low, " :.!?»«|-–—•>")]:
			continue
		case title != "" && strings.EqualFold(l.text, title):
			continue
		case len(out) > 0 && isCommentsHeading(low):
			return out
		}
		related = false
		out = append(out, l.text)
	}
	return out
}

// commentsHeadings start the heading of the readers' comments, which end
// the article: the lines after it are not kept.
var commentsHeadings = []string{
	"commentaires", "commentaire", "vos commentaires", "vos réactions", "réactions", "laisser un commentaire",
	"ajouter un commentaire", "écrire un commentaire", "réagissez", "comments", "leave a comment",
	"leave a reply", "add a comment", "join the discussion",
}

// isCommentsHeading reports whether the lowercased line low is the heading
// of the comments: "Commentaires", "12 commentaires", "Laisser un commentaire".
func isCommentsHeading(low string) bool {
	if len(low) > 40 {
		return false
	}
	low = strings.TrimLeft(low, "0123456789 (")
	for _, h := range commentsHeadings {
		if rest, ok := strings.CutPrefix(low, h); ok && strings.Trim(rest, " ()0123456789:") == "" {
			return true
		}
	}
	return false
}

// isMeta reports whether the lowercased line low is a byline ("par Claire
// Dupont et Marc Roux", "by jane doe") or a date line.
func isMeta(low string) bool {
	if len(low) > maxMeta {
		return false
	}
	if isDateLine(low) || isReadingTime(low) || containsAny(low, credits) {
		return true
	}
	words := strings.Fields(low)
	if len(words) < 2 || len(words) > 8 || words[0] != "par" && words[0] != "by" {
		return false
	}
	// A signature is names only: no word of a sentence after "par".
	for _, w := range words[1:] {
		if sentenceWords[strings.Trim(w, ",;:.()")] {
			return false
		}
	}
	return true
}

// dateLines start the lines that only date the article ("Publié le 3 mars
// 2024 à 10h12", "Mis à jour le 12/03/2024"); Article has the date apart.
var dateLines = []string{
	"publié le", "publié", "mis à jour le", "mis à jour", "modifié le", "modifié", "créé le", "créé",
	"published on", "published", "updated on", "updated", "last updated", "posted on",
}

// dateWords are the words of a date line other than numbers and months.
var dateWords = map[string]bool{
	"à": true, "le": true, "h": true, "et": true, "mis": true, "jour": true, "modifié": true, "publié": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true,
	"dimanche": true, "at": true, "on": true, "updated": true, "published": true, "am": true, "pm": true,
	"utc": true, "gmt": true, "cet": true, "cest": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "january": true, "february": true,
	"march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"janv": true, "févr": true, "avr": true, "juil": true, "déc": true, "a": true, "p": true, "m": true,
}

// isDateLine reports whether the lowercased line low only dates the
// article: a date line prefix, then numbers, months and days only.
func isDateLine(low string) bool {
	for _, p := range dateLines {
		rest, ok := strings.CutPrefix(low, p)
		if !ok {
			continue
		}
		digit := false
		for _, w := range strings.FieldsFunc(rest, isDateSeparator) {
			switch {
			case strings.ContainsAny(w, "0123456789"):
				digit = true
			case !dateWords[w] && frenchMonth[w] == 0:
				return false
			}
		}
		return digit
	}
	return false
}

func isDateSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(",.:;|/-–—()", r)
}

// credits are phrases of the short lines that credit a picture ("Roman
// Prymula, photo : CTK").
var credits = []string{"photo :", "photo:", "photos :", "crédit photo", "© "}

// isReadingTime reports whether the lowercased line low only gives the
// reading time: "Lecture 4 min.", "3 min read", "5 minutes de lecture".
func isReadingTime(low string) bool {
	words := strings.FieldsFunc(low, isDateSeparator)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	number, unit, reading := false, false, false
	for _, w := range words {
		switch {
		case strings.Trim(w, "0123456789") == "":
			number = true
		case w == "min" || w == "mn" || w == "minute" || w == "minutes":
			unit = true
		case w == "lecture" || w == "read":
			reading = true
		case w != "de" && w != "temps":
			return false
		}
	}
	return number && unit && reading
}

// sentenceWords are common words of French and English sentences that a
// list of author names does not hold; "et", "and", "de" may join names.
var sentenceWords = map[string]bool{
	"ailleurs": true, "contre": true, "exemple": true, "conséquent": true, "rapport": true, "la": true, "le": true,
	"les": true, "un": true, "une": true, "des": true, "ce": true, "cette": true, "son": true, "sa": true,
	"ses": true, "leur": true, "est": true, "a": true, "ont": true, "sont": true, "qui": true, "que": true,
	"pour": true, "dans": true, "sur": true, "au": true, "aux": true, "en": true, "the": true,
	"an": true, "is": true, "was": true, "are": true, "of": true, "to": true, "in": true, "for": true,
	"on": true, "that": true, "this": true, "it": true, "its": true, "their": true, "which": true,
}

// containsAny reports whether s contains one of phrases.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// hasPrefix reports whether s starts with one of prefixes.
func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
