package amount

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is the category of a token.
type kind int

const (
	kindNumber  kind = iota // digits with French or English separators
	kindWord                // a run of letters, lower-cased in token.word
	kindSymbol              // a currency sign: € $ £ ¥
	kindDash                // - or – between two numbers
	kindPercent             // %
	kindPunct               // any other punctuation inside a sentence
	kindBreak               // end of a sentence or a line
)

// token is one lexical item with its byte offsets in the text.
type token struct {
	kind       kind
	start, end int
	word       string  // lower-cased letters of a short word, or the sign of a kindSymbol
	value      float64 // for kindNumber
	comma3     bool    // for kindNumber: a comma then exactly three digits, as "1,500"
}

// lexer splits a text into tokens with state functions, in the shape of
// text/template/parse/lex.go.
type lexer struct {
	text   string
	pos    int
	tokens []token
}

// maxTableWord is the length in bytes of the longest word of the tables;
// longer words are not lower-cased by the lexer.
const maxTableWord = 14

type stateFn func(*lexer) stateFn

func lex(text string) []token {
	l := &lexer{text: text, tokens: make([]token, 0, len(text)/5+1)}
	for state := lexAny; state != nil; {
		state = state(l)
	}
	return l.tokens
}

func (l *lexer) peek(at int) (rune, int) {
	if at >= len(l.text) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(l.text[at:])
}

func (l *lexer) emit(k kind, end int) {
	l.tokens = append(l.tokens, token{kind: k, start: l.pos, end: end})
	l.pos = end
}

func lexAny(l *lexer) stateFn {
	r, n := l.peek(l.pos)
	switch {
	case n == 0:
		return nil
	case r >= '0' && r <= '9':
		return lexNumber
	case unicode.IsLetter(r):
		return lexWord
	case r == '€' || r == '$' || r == '£' || r == '¥' || r == '₹' || r == '₩' || r == '₪':
		l.emit(kindSymbol, l.pos+n)
		l.tokens[len(l.tokens)-1].word = string(r)
	case r == '-' || r == '–':
		l.emit(kindDash, l.pos+n)
	case r == '%':
		l.emit(kindPercent, l.pos+n)
	case r == '\n' || r == '.' || r == '!' || r == '?' || r == ';':
		l.emit(kindBreak, l.pos+n)
	case unicode.IsSpace(r) || r == '\u202f' || r == '\'' || r == '’':
		l.pos += n
	default:
		l.emit(kindPunct, l.pos+n)
	}
	return lexAny
}

func lexWord(l *lexer) stateFn {
	end := l.pos
	for {
		r, n := l.peek(end)
		if n == 0 || !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	start := l.pos
	l.emit(kindWord, end)
	if end-start <= maxTableWord {
		l.tokens[len(l.tokens)-1].word = lower(l.text[start:end])
	}
	return lexAny
}

// lower lower-cases a word, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// lexNumber reads digits with thousands groups (space, U+00A0, U+202F or a
// dot before exactly three digits) and a decimal part (comma, or a dot not
// followed by a group of three).
func lexNumber(l *lexer) stateFn {
	end, intPart := l.digits(l.pos)
	value := float64(intPart)
	firstLen := end - l.pos
	for firstLen <= 3 && l.text[l.pos] != '0' {
		next, ok := l.group(end)
		if !ok {
			break
		}
		_, g := l.digits(next)
		value = value*1000 + float64(g)
		end = next + 3
	}
	comma3 := false
	if r, n := l.peek(end); (r == ',' || r == '.') && isDigit(l.text, end+n) {
		fracEnd, frac := l.digits(end + n)
		if places := fracEnd - end - n; places <= 15 && value < 1e15 {
			// one division of two whole numbers gives the nearest float:
			// 1,39 is 139/100, where 1 + 39/100 would be 1.3900000000000001
			pow := math.Pow10(places)
			value = (value*pow + float64(frac)) / pow
		} else {
			value += float64(frac) / math.Pow10(places)
		}
		comma3 = r == ',' && fracEnd-end-n == 3
		end = fracEnd
	}
	l.emit(kindNumber, end)
	l.tokens[len(l.tokens)-1].value = value
	l.tokens[len(l.tokens)-1].comma3 = comma3
	return lexAny
}

// group returns where the three digits of a thousands group start after a
// separator at at, if there is one.
func (l *lexer) group(at int) (int, bool) {
	r, n := l.peek(at)
	if r != ' ' && r != '\u00a0' && r != '\u202f' && r != '.' {
		return 0, false
	}
	next := at + n
	for i := 0; i < 3; i++ {
		if !isDigit(l.text, next+i) {
			return 0, false
		}
	}
	if isDigit(l.text, next+3) {
		return 0, false
	}
	return next, true
}

func (l *lexer) digits(at int) (int, int64) {
	var v int64
	for at < len(l.text) && l.text[at] >= '0' && l.text[at] <= '9' {
		if v < 1e15 {
			v = v*10 + int64(l.text[at]-'0')
		}
		at++
	}
	return at, v
}

func isDigit(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
