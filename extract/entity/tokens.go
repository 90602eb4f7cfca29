package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of a field: a run of letters and digits (with inner dots,
// as in "Flint.sh" or "2.0", and final plus signs, as in "Canal+"), or a lone
// "&". Hyphens and apostrophes split
// words, so "Jean-Zay" is two tokens and "l'Inria" is "l" then "Inria".
type token struct {
	start, end   int32 // byte offsets in the field
	fstart, fend int32 // folded form in the scratch buffer
	id           int32 // vocabulary id of the folded form, -1 if unknown
	flags        uint8 // shape of the word: fUpper, fAllUpper…
	gap          uint8 // what separates the token from the previous one: gComma…
}

// Shapes of a token.
const (
	fUpper    = 1 << iota // first letter is upper case
	fAllUpper             // has letters and none is lower case
	fLetter               // has a letter
	fDigit                // has a digit
	fAmp                  // is "&"
	fMixed                // has a capital after its first letter: "macOS", "iPhone", "OpenAI"
)

// Separators before a token. A token with none of them follows the previous
// one after spaces only.
const (
	gPara     = 1 << iota // a line break: a new paragraph
	gSentence             // the end of a sentence
	gComma                // , ; or :
	gOpen                 // an opening parenthesis or bracket
	gClose                // a closing parenthesis or bracket
	gApos                 // an apostrophe glued to both words: elision
	gHyphen               // a hyphen glued to both words
	gOther                // quotes, dashes, slashes and other punctuation
)

// gBreak are the separators a name or a cue phrase does not cross.
const gBreak = gPara | gSentence | gComma | gOpen | gClose | gOther

// tokenizer splits a field into tokens and folds each into buf: lower case,
// no accents, "œ" as "oe".
type tokenizer struct {
	buf  []byte
	toks []token
}

// run appends the tokens of text, then a sentinel token at len(text) whose
// gap is what ends the field. It returns the index of the first token.
func (tz *tokenizer) run(text string, vocab map[string]int32) (first int) {
	first = len(tz.toks)
	var gap uint8
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case isASCIIAlnum(c):
				if n := urlLength(text[i:]); n > 0 {
					gap |= gOther
					i += n
					continue
				}
				i = tz.word(text, i, gap, vocab)
				gap = 0
				continue
			case c == '&':
				tz.toks = append(tz.toks, token{start: int32(i), end: int32(i + 1), id: -1, flags: fAmp, gap: gap,
					fstart: int32(len(tz.buf)), fend: int32(len(tz.buf) + 1)})
				tz.buf = append(tz.buf, '&')
				if id, ok := vocab["&"]; ok {
					tz.toks[len(tz.toks)-1].id = id
				}
				gap = 0
			default:
				gap |= asciiGap(text, i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i = tz.word(text, i, gap, vocab)
			gap = 0
			continue
		case r == '’' || r == 'ʼ' || r == '‘':
			gap |= apostropheGap(text, i, n)
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			gap |= gPara
		case r == '…':
			gap |= gSentence
		case r == '‐' || r == '‑':
			gap |= gHyphen
		case unicode.IsSpace(r):
		default:
			gap |= gOther
		}
		i += n
	}
	tz.toks = append(tz.toks, token{start: int32(len(text)), end: int32(len(text)), id: -1, gap: gap,
		fstart: int32(len(tz.buf)), fend: int32(len(tz.buf))})
	tz.markSentences(text, first)
	return first
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// asciiGap classifies the ASCII separator at text[i].
func asciiGap(text string, i int) uint8 {
	switch text[i] {
	case ' ', '\t', '\r':
		return 0
	case '\n', '\f', '\v':
		return gPara
	case ',', ';', ':':
		return gComma
	case '(', '[', '{':
		return gOpen
	case ')', ']', '}':
		return gClose
	case '.', '!', '?':
		return gSentence // confirmed or withdrawn by markSentences
	case '\'':
		return apostropheGap(text, i, 1)
	case '-':
		if i > 0 && i+1 < len(text) && text[i-1] != ' ' && text[i+1] != ' ' {
			return gHyphen
		}
		return gOther
	}
	return gOther
}

// apostropheGap says whether the apostrophe at text[i:i+n] is glued to two
// words (an elision, "l'Inria") or is a quote mark.
func apostropheGap(text string, i, n int) uint8 {
	if i > 0 && i+n < len(text) && !isSpaceByte(text[i-1]) && !isSpaceByte(text[i+n]) {
		return gApos
	}
	return gOther
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// word reads the word starting at text[i], appends its token and returns the
// offset after it.
func (tz *tokenizer) word(text string, i int, gap uint8, vocab map[string]int32) int {
	start, fstart := i, len(tz.buf)
	var flags uint8
	lower, first := false, true
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				flags |= fLetter
				lower = true
				tz.buf = append(tz.buf, c)
			case c >= 'A' && c <= 'Z':
				if first {
					flags |= fUpper
				} else {
					flags |= fMixed
				}
				flags |= fLetter
				tz.buf = append(tz.buf, c+'a'-'A')
			case c >= '0' && c <= '9':
				flags |= fDigit
				tz.buf = append(tz.buf, c)
			case c == '.' && !first && i+1 < len(text) && isASCIIAlnum(text[i+1]):
				tz.buf = append(tz.buf, '.')
			case c == '+' && !first && (i+1 == len(text) || !isASCIIAlnum(text[i+1])):
				tz.buf = append(tz.buf, '+') // "Canal+", "C++"
			default:
				return tz.emit(start, i, fstart, flags, lower, gap, vocab)
			}
			first = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				if first {
					flags |= fUpper
				} else {
					flags |= fMixed
				}
			}
			lower = lower || unicode.IsLower(r)
			flags |= fLetter
			tz.buf = appendFoldRune(tz.buf, r)
		case unicode.IsDigit(r):
			flags |= fDigit
			tz.buf = appendFoldRune(tz.buf, r)
		case unicode.Is(unicode.Mn, r) && !first:
			// a combining accent, dropped by folding
		default:
			return tz.emit(start, i, fstart, flags, lower, gap, vocab)
		}
		first = false
		i += n
	}
	return tz.emit(start, i, fstart, flags, lower, gap, vocab)
}

// emit appends the token text[start:end] whose folded form starts at
// buf[fstart] and returns end.
func (tz *tokenizer) emit(start, end, fstart int, flags uint8, lower bool, gap uint8, vocab map[string]int32) int {
	if flags&fLetter != 0 && !lower {
		flags |= fAllUpper
	}
	t := token{start: int32(start), end: int32(end), fstart: int32(fstart), fend: int32(len(tz.buf)), id: -1, flags: flags, gap: gap}
	if id, ok := vocab[string(tz.buf[fstart:])]; ok {
		t.id = id
	}
	tz.toks = append(tz.toks, t)
	return end
}

// markSentences keeps gSentence only where a full stop, "!" or "?" ends a
// sentence: the next word starts with a capital or a digit, or a paragraph
// begins, and the previous word is not an abbreviation such as "M." or "Dr.".
func (tz *tokenizer) markSentences(text string, first int) {
	toks := tz.toks[first:]
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.gap&gSentence == 0 {
			continue
		}
		if t.gap&gPara != 0 || i == len(toks)-1 {
			continue
		}
		prev := toks[i-1]
		if t.flags&(fUpper|fDigit) == 0 {
			t.gap &^= gSentence
			continue
		}
		if isAbbreviation(text[prev.start:prev.end]) {
			t.gap &^= gSentence
		}
	}
}

// isAbbreviation reports whether w, followed by a dot, is a title or an
// initial rather than the last word of a sentence.
func isAbbreviation(w string) bool {
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	switch w {
	case "Mme", "Mmes", "Mlle", "MM", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Mr", "Mrs", "Ms", "Prof", "cf", "av", "bd",
		"no", "vol", "p", "art", "chap", "env", "ex", "fig", "hab", "janv", "févr", "sept", "oct", "nov", "déc",
		"Inc", "Corp", "Ltd", "Co", "Jr", "Sr":
		return true
	}
	return false
}

// fold returns s folded as the tokenizer folds words: lower case, without
// accents, typographic apostrophes as "'".
func fold(s string) string {
	var b []byte
	for _, r := range s {
		if r < utf8.RuneSelf {
			c := byte(r)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		if r == '’' || r == 'ʼ' || r == '‘' {
			b = append(b, '\'')
			continue
		}
		b = appendFoldRune(b, r)
	}
	return string(b)
}

// appendFoldRune appends r in lower case without its accents.
func appendFoldRune(b []byte, r rune) []byte {
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å', 'À', 'Â', 'Ä', 'Á', 'Ã', 'Å':
		return append(b, 'a')
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return append(b, 'e')
	case 'î', 'ï', 'í', 'ì', 'Î', 'Ï', 'Í', 'Ì':
		return append(b, 'i')
	case 'ô', 'ö', 'ó', 'ò', 'õ', 'Ô', 'Ö', 'Ó', 'Ò', 'Õ', 'ø', 'Ø':
		return append(b, 'o')
	case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
		return append(b, 'u')
	case 'ç', 'Ç':
		return append(b, 'c')
	case 'ÿ', 'ý', 'Ÿ', 'Ý':
		return append(b, 'y')
	case 'ñ', 'Ñ':
		return append(b, 'n')
	case 'œ', 'Œ':
		return append(b, 'o', 'e')
	case 'æ', 'Æ':
		return append(b, 'a', 'e')
	case 'ß':
		return append(b, 's', 's')
	}
	r = unicode.ToLower(r)
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	if r < 0x250 || r >= 0x1E00 && r < 0x1F00 {
		// Latin letters: drop the accents through the canonical decomposition.
		for _, d := range norm.NFD.String(string(tmp[:n])) {
			if !unicode.Is(unicode.Mn, d) {
				b = utf8.AppendRune(b, d)
			}
		}
		return b
	}
	return append(b, tmp[:n]...)
}

// urlLength returns the length of the web address that starts s, up to the
// next space, or 0 if s does not start with one. Addresses hold no names.
func urlLength(s string) int {
	if !(strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) {
		return 0
	}
	n := 0
	for n < len(s) && !isSpaceByte(s[n]) {
		n++
	}
	return n
}
