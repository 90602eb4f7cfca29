package entity

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entry is one line of a reference list: an organisation or a machine.
type entry struct {
	name string
	kind Kind
	// nameToks is the folded canonical name, word by word, for the
	// misspellings of it that a document may hold.
	nameToks []string
	// short is the vocabulary ids of the name without its corporate suffix
	// ("Mistral" for "Mistral AI"), nil when the name has none.
	short []int32
	// where is the folded words that place a machine, site and country, as
	// vocabulary ids; operators is the listed organisations that run it.
	where     [][]int32
	operators []int32
	// site is the folded site of a machine as vocabulary ids, nil when the
	// list gives none.
	site []int32
}

// form is one way to write an entry: its name, acronym, expansion or an alias.
type form struct {
	entry int32
	raw   []string // the words as listed, with their capitals
	// exact: the text must have the listed capitalisation. initial: the
	// text must start with a capital, as a proper noun does.
	exact, initial bool
	// titled: a four-letter acronym may also be written with only its
	// first letter in capitals, as the press does ("Cnil", "Nasa").
	titled bool
	// common: a one-word form of an entry marked "case", a common word
	// written with capitals ("Orange", "Free").
	common bool
	gated  bool // needs a cue nearby or an earlier sure mention
	// town: a university's town standing for it ("Oxford"), which after
	// "à" names the town
	town bool
}

// columns of the two kinds of list.
var (
	orgHeader     = []string{"name", "type", "acronym", "expansion", "aliases", "match"}
	machineHeader = []string{"name", "type", "aliases", "operator", "site", "country", "match"}
)

// builder assembles a Recognizer from the lists.
type builder struct {
	r *Recognizer
}

// New returns a Recognizer for the reference lists of fsys: every
// organisations_*.tsv file and machines.tsv. A malformed line is reported
// with its file and line number.
func New(fsys fs.FS) (*Recognizer, error) {
	orgFiles, err := fs.Glob(fsys, "organisations_*.tsv")
	if err != nil {
		return nil, fmt.Errorf("list the organisation files: %w", err)
	}
	sort.Strings(orgFiles)
	machineFiles, err := fs.Glob(fsys, "machines.tsv")
	if err != nil {
		return nil, fmt.Errorf("find machines.tsv: %w", err)
	}
	if len(orgFiles)+len(machineFiles) == 0 {
		return nil, fmt.Errorf("no organisations_*.tsv nor machines.tsv in the reference lists")
	}
	b := &builder{r: &Recognizer{
		vocab: map[string]int32{},
		next:  map[uint64]int32{},
		terms: [][]int32{nil},
	}}
	b.addWords()
	for _, name := range orgFiles {
		if err := b.load(fsys, name, Organisation); err != nil {
			return nil, err
		}
	}
	for _, name := range machineFiles {
		if err := b.load(fsys, name, Machine); err != nil {
			return nil, err
		}
	}
	b.markFamilies()
	return b.r, nil
}

// markFamilies gives roleFamily to the first word of two listed machine
// names or more that go on with other words, the name of a series: "PARAM"
// for "PARAM Rudra" and "PARAM Siddhi-AI".
func (b *builder) markFamilies() {
	count := map[string]int{}
	for _, e := range b.r.entries {
		if e.kind == Machine && len(e.nameToks) >= 2 {
			count[e.nameToks[0]]++
		}
	}
	for w, n := range count {
		if n >= 2 {
			b.r.roles[b.id(w)] |= roleFamily
		}
	}
}

// addWords gives the cue words their vocabulary ids and roles.
func (b *builder) addWords() {
	for rl := role(1); rl != 0 && rl <= roleClub; rl <<= 1 {
		for _, w := range strings.Fields(roleWords[rl]) {
			b.r.roles[b.id(w)] |= rl
		}
	}
}

// id returns the vocabulary id of a folded word, adding it if needed.
func (b *builder) id(w string) int32 {
	if id, ok := b.r.vocab[w]; ok {
		return id
	}
	id := int32(len(b.r.words))
	b.r.vocab[w] = id
	b.r.words = append(b.r.words, w)
	b.r.roles = append(b.r.roles, 0)
	return id
}

// load reads one list file.
func (b *builder) load(fsys fs.FS, name string, kind Kind) error {
	raw, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	header := orgHeader
	if kind == Machine {
		header = machineHeader
	}
	col := func(c string) int {
		for i, h := range header {
			if h == c {
				return i
			}
		}
		return -1
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	sawHeader := false
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if !sawHeader {
			if strings.Join(fields, "\t") != strings.Join(header, "\t") {
				return fmt.Errorf("%s:%d: header %q, want %q", name, line, text, strings.Join(header, "\t"))
			}
			sawHeader = true
			continue
		}
		if len(fields) != len(header) {
			return fmt.Errorf("%s:%d: %d columns, want %d (%s)", name, line, len(fields), len(header), strings.Join(header, ", "))
		}
		if err := b.add(fields, col, kind); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if !sawHeader {
		return fmt.Errorf("%s: no header line", name)
	}
	return nil
}

// add registers the entry of one line and all its forms.
func (b *builder) add(fields []string, col func(string) int, kind Kind) error {
	name := strings.TrimSpace(fields[col("name")])
	if name == "" {
		return fmt.Errorf("empty name")
	}
	exact, gated := false, false
	for _, m := range strings.Split(fields[col("match")], ",") {
		switch strings.TrimSpace(m) {
		case "":
		case "case":
			exact = true
		case "context":
			gated = true
		default:
			return fmt.Errorf("match %q: want empty, case, context or case,context", fields[col("match")])
		}
	}
	forms := []string{name}
	for _, c := range []string{"acronym", "expansion"} {
		if i := col(c); i >= 0 && strings.TrimSpace(fields[i]) != "" {
			forms = append(forms, strings.TrimSpace(fields[i]))
		}
	}
	for _, a := range strings.Split(fields[col("aliases")], "|") {
		if a = strings.TrimSpace(a); a != "" {
			forms = append(forms, a)
		}
	}
	e := int32(len(b.r.entries))
	ent := entry{name: name, kind: kind}
	var tz tokenizer
	tz.run(name, nil)
	for _, t := range tz.toks[:len(tz.toks)-1] {
		ent.nameToks = append(ent.nameToks, string(tz.buf[t.fstart:t.fend]))
	}
	ent.short = b.shortForm(ent.nameToks)
	b.r.entries = append(b.r.entries, ent)
	if kind == Machine {
		b.addWhere(e, fields[col("operator")], fields[col("site")], fields[col("country")])
	}
	seen := map[string]bool{}
	for _, f := range forms {
		if err := b.addForm(e, f, exact, gated, seen); err != nil {
			return err
		}
	}
	if kind == Organisation && strings.TrimSpace(fields[col("type")]) == "university" {
		// the press names an English-speaking university by its town
		// alone, "Oxford", "Princeton", which needs a cue or a list
		if short := b.universityShort(name); short != "" {
			n := len(b.r.forms)
			if err := b.addForm(e, short, exact, true, seen); err != nil {
				return err
			}
			if len(b.r.forms) > n { // not already a listed form
				b.r.forms[n].town = true
			}
		}
	}
	return nil
}

// universityShort returns the distinctive word of an English university
// name, "Oxford" for "University of Oxford", "Tsinghua" for "Tsinghua
// University", or "" when the name has another shape or the word is a
// place, a common word, a head word or a person's name.
func (b *builder) universityShort(name string) string {
	words := strings.Fields(name)
	var w string
	switch {
	case len(words) == 3 && words[0] == "University" && words[1] == "of":
		w = words[2]
	case len(words) == 2 && words[1] == "University":
		w = words[0]
	default:
		return ""
	}
	var tz tokenizer
	tz.run(w, nil)
	toks := tz.toks[:len(tz.toks)-1]
	if len(toks) != 1 {
		return ""
	}
	id := b.id(string(tz.buf[toks[0].fstart:toks[0].fend]))
	if b.r.roles[id]&(rolePlace|roleCommon|roleFirstName|rolePerson|roleHead|roleAdj) != 0 {
		return ""
	}
	return w
}

// shortForm returns the vocabulary ids of a name without its corporate
// suffix ("Mistral" for "Mistral AI"), or nil when the name has no suffix or
// the rest ends in a function word ("Allen Institute for AI").
func (b *builder) shortForm(words []string) []int32 {
	n := len(words)
	if n < 2 || b.r.roles[b.id(words[n-1])]&roleSuffix == 0 {
		return nil
	}
	var ids []int32
	for _, w := range words[:n-1] {
		id := b.id(w)
		if b.r.roles[id]&(roleLink|roleDet|roleCoord|roleCommon|roleHead) != 0 {
			return nil
		}
		ids = append(ids, id)
	}
	return ids
}

// addForm inserts one written form of entry e into the trie.
func (b *builder) addForm(e int32, text string, exact, gated bool, seen map[string]bool) error {
	var tz tokenizer
	tz.run(text, nil)
	toks := tz.toks[:len(tz.toks)-1]
	if len(toks) == 0 {
		return fmt.Errorf("form %q has no word", text)
	}
	var key []byte
	for _, t := range toks {
		key = append(append(key, tz.buf[t.fstart:t.fend]...), ' ')
	}
	// A short acronym matches only in capitals ("AI2"), so an alias that
	// folds to it but is written in another case ("Ai2") is kept as a form
	// of its own, matched in that case only.
	recased := false
	if seen[string(key)] {
		if len(toks) != 1 || !seen[acronymKey+string(key)] || toks[0].flags&fAllUpper != 0 || seen[acronymKey+text] {
			return nil
		}
		recased = true
		seen[acronymKey+text] = true
	}
	seen[string(key)] = true
	f := form{entry: e, exact: exact || recased, gated: gated && !selfCued(b, &tz)}
	for _, t := range toks {
		f.raw = append(f.raw, text[t.start:t.end])
	}
	if len(toks) == 1 {
		f.common = exact
		w := f.raw[0]
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if toks[0].flags&fAllUpper != 0 && letters <= 4 {
			f.titled = !f.exact && letters == 4
			f.exact = true // a short acronym: "CEA", "H"
			seen[acronymKey+string(key)] = true
		}
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) {
			f.initial = true
		}
	}
	node := int32(0)
	for i, t := range toks {
		id := b.id(string(tz.buf[t.fstart:t.fend]))
		k := edge(node, id, i > 0 && t.gap&gBreak != 0)
		child, ok := b.r.next[k]
		if !ok {
			child = int32(len(b.r.terms))
			b.r.next[k] = child
			b.r.terms = append(b.r.terms, nil)
		}
		node = child
	}
	b.r.terms[node] = append(b.r.terms[node], int32(len(b.r.forms)))
	b.r.forms = append(b.r.forms, f)
	return nil
}

// acronymKey prefixes, in the set of forms already added for an entry, the
// folded key of a form kept as a short acronym in capitals.
const acronymKey = "\x00acronym "

// selfCued reports whether a form carries its own cue and so needs none
// nearby: it has three words or more ("Consortium Jules Verne") or starts
// with a head word or a cue noun ("Institut Imagine", "groupe Vinci"), and it
// does not start with a first name, as a person's name does.
func selfCued(b *builder, tz *tokenizer) bool {
	toks := tz.toks[:len(tz.toks)-1]
	id, ok := b.r.vocab[string(tz.buf[toks[0].fstart:toks[0].fend])]
	if ok && b.r.roles[id]&roleFirstName != 0 {
		return false // a person's full name: "Irène Joliot-Curie"
	}
	if len(toks) >= 3 {
		return true
	}
	return ok && len(toks) > 1 && b.r.roles[id]&(roleHead|roleOrgNoun|roleMachineNoun) != 0
}
