package entity

import "strings"

// countryWords are the folded French words that name a country or its people,
// by ISO 3166 code, for the machines of other countries than France: "LUMI,
// en Finlande", "les américains Frontier et Aurora". France is left out, as
// the French press names it everywhere.
var countryWords = map[string]string{
	"DE": "allemagne|allemand|allemande|allemands|allemandes",
	"US": "etats unis|americain|americaine|americains|americaines",
	"FI": "finlande|finlandais|finlandaise",
	"IT": "italie|italien|italienne|italiens|italiennes",
	"ES": "espagne|espagnol|espagnole|espagnols",
	"CZ": "republique tcheque|tcheque|tcheques",
	"SI": "slovenie|slovene|slovenes",
	"LU": "luxembourg|luxembourgeois|luxembourgeoise",
	"BG": "bulgarie|bulgare|bulgares",
	"PT": "portugal|portugais|portugaise",
	"GR": "grece|grec|grecque|grecs",
	"SE": "suede|suedois|suedoise",
	"CH": "suisse|suisses",
	"PL": "pologne|polonais|polonaise",
	"NL": "pays bas|neerlandais|neerlandaise",
	"BE": "belgique|belge|belges",
	"AT": "autriche|autrichien|autrichienne",
	"DK": "danemark|danois|danoise",
	"NO": "norvege|norvegien|norvegienne",
	"IE": "irlande|irlandais|irlandaise",
	"HU": "hongrie|hongrois|hongroise",
	"GB": "royaume uni|britannique|britanniques",
	"JP": "japon|japonais|japonaise",
	"CN": "chine|chinois|chinoise",
	"KR": "coree du sud|sud coreen|sud coreenne",
	"TW": "taiwan|taiwanais|taiwanaise",
	"IN": "inde|indien|indienne",
	"SA": "arabie saoudite|saoudien|saoudienne",
	"AE": "emirats arabes unis|emirats|emirien|emirienne",
	"AU": "australie|australien|australienne",
	"CA": "canada|canadien|canadienne",
	"SG": "singapour|singapourien",
}

// siteExonyms are the French names of sites that the machine list writes in
// their own language.
var siteExonyms = map[string]string{
	"bologna": "bologne", "barcelona": "barcelone", "athens": "athenes", "munchen": "munich",
	"edinburgh": "edimbourg", "lisboa": "lisbonne", "warszawa": "varsovie", "praha": "prague",
	"wien": "vienne", "kobenhavn": "copenhague", "krakow": "cracovie", "dresden": "dresde",
	"gothenburg": "goteborg", "gent": "gand", "genova": "genes", "vienna": "vienne",
	"singapore": "singapour", "guangzhou": "canton", "cape town": "le cap",
}

// addWhere records for machine entry e the words that place it: its site, the
// words of its country when it is not France, and its operator when the
// operator is a listed organisation.
func (b *builder) addWhere(e int32, operator, site, country string) {
	ent := &b.r.entries[e]
	var phrases []string
	if site = strings.TrimSpace(site); site != "" {
		f := fold(site)
		phrases = append(phrases, f)
		if ex, ok := siteExonyms[f]; ok {
			phrases = append(phrases, ex)
		}
	}
	if words, ok := countryWords[strings.TrimSpace(country)]; ok {
		phrases = append(phrases, strings.Split(words, "|")...)
	}
	for i, p := range phrases {
		var tz tokenizer
		tz.run(p, nil)
		var ids []int32
		for _, t := range tz.toks[:len(tz.toks)-1] {
			ids = append(ids, b.id(string(tz.buf[t.fstart:t.fend])))
		}
		if len(ids) > 0 {
			ent.where = append(ent.where, ids)
			if i == 0 && site != "" {
				ent.site = ids
			}
		}
	}
	if operator = strings.TrimSpace(operator); operator != "" {
		ent.operators = b.lookup(operator, Organisation)
	}
}

// lookup returns the entries of the given kind that have text as one of
// their forms.
func (b *builder) lookup(text string, kind Kind) []int32 {
	var tz tokenizer
	tz.run(text, b.r.vocab)
	toks := tz.toks[:len(tz.toks)-1]
	node := int32(0)
	for i, t := range toks {
		if t.id < 0 {
			return nil
		}
		child, ok := b.r.next[edge(node, t.id, i > 0 && t.gap&gBreak != 0)]
		if !ok {
			return nil
		}
		node = child
	}
	var out []int32
	for _, fi := range b.r.terms[node] {
		if e := b.r.forms[fi].entry; b.r.entries[e].kind == kind {
			out = append(out, e)
		}
	}
	return out
}

// located reports whether the machine entry e is placed by the words around
// tokens [s, e) in the same sentence: its site ("à Kajaani"), its foreign
// country ("en Slovénie", "les américains Frontier et Aurora"), even inside the
// name of an organisation ("l'Université technique d'Ostrava"), or its
// operator named as an organisation ("Leonardo, opéré par le Cineca").
func (d *doc) located(s, end int, e int32) bool {
	ent := &d.r.entries[e]
	if len(ent.where) == 0 && len(ent.operators) == 0 {
		return false
	}
	first, last := d.bounds(s)
	lo := s
	for lo > first && s-lo < machineWindow && d.tz.toks[lo].gap&(gSentence|gPara) == 0 {
		lo--
	}
	hi := end
	for hi < last && hi-end < machineWindow && d.tz.toks[hi].gap&(gSentence|gPara) == 0 {
		hi++
	}
	for k := lo; k < hi; k++ {
		if k >= s && k < end {
			continue
		}
		// A site or a country inside a name places the machine too ("le
		// campus de l'Université technique d'Ostrava").
		if c := d.cover[k]; c != 0 {
			sp := &d.spans[c-1]
			for _, op := range ent.operators {
				if sp.entry == op {
					return true
				}
			}
		}
		for _, ids := range ent.where {
			if d.wordsAt(k, hi, ids) {
				return true
			}
		}
	}
	return false
}

// wordsAt reports whether the words ids are written from token k, glued,
// before token end.
func (d *doc) wordsAt(k, end int, ids []int32) bool {
	if k+len(ids) > end {
		return false
	}
	for n, id := range ids {
		if d.tz.toks[k+n].id != id || n > 0 && !d.glued(k+n) {
			return false
		}
	}
	return true
}
