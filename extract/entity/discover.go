package entity

import "strings"

// maxUnknownWords is the longest unknown name taken from a cue, in words.
const maxUnknownWords = 4

// findUnknown finds organisations and machines that are in no list, from
// cues: "la start-up X", "X a levé", "X, spécialiste de", "le supercalculateur
// X", "X, le supercalculateur". The names found are then looked for in the
// rest of the document.
func (d *doc) findUnknown() {
	persons := d.persons()
	d.findThings()
	toks := d.tz.toks
	for f := range 2 {
		for j := d.first[f]; j < d.end[f]; j++ {
			if d.cover[j] != 0 || toks[j].id < 0 {
				continue
			}
			if e, ok := d.schoolName(j); ok {
				d.acceptUnknown(j, e, Organisation)
				continue
			}
			if e, ok := d.academyName(j); ok {
				d.acceptUnknown(j, e, Organisation)
				continue
			}
			if e, ok := d.museumName(j); ok {
				d.acceptUnknown(j, e, Organisation)
				continue
			}
			if e, ok := d.courtName(j); ok {
				d.acceptUnknown(j, e, Organisation)
				continue
			}
			if s, e, ok := d.localBodyName(j); ok {
				d.acceptUnknown(s, e, Organisation)
				continue
			}
			if e, ok := d.ministryName(j); ok && d.validName(j, e, Organisation, persons) {
				d.acceptUnknown(j, e, Organisation)
				continue
			}
			if e, ok := d.headedPhrase(j); ok && d.validName(j, e, Organisation, persons) {
				d.acceptUnknown(j, e, Organisation)
				continue
			}
			if e, ok := d.clubName(j); ok && d.validName(j, e, Organisation, persons) {
				d.acceptUnknown(j, e, Organisation)
				continue
			}
			rl := d.role(j)
			if e, ok := d.siblingMachine(j); ok && d.validName(j, e, Machine, persons) {
				d.acceptUnknown(j, e, Machine)
				continue
			}
			if rl&roleMachineNoun != 0 && d.machineCueAt(j) != noCue && !d.lineOf(j) {
				s, e, ok := d.nameAfter(j, true)
				if !ok {
					s, e, ok = d.namedAfterComma(j)
				}
				if ok && d.validName(s, e, Machine, persons) {
					d.acceptUnknown(s, e, Machine)
				}
				// a plural noun names a list: "ses machines Dragão et Atlas",
				// its first item maybe a listed machine
				if !ok && j+1 < d.end[f] && d.cover[j+1] != 0 && d.glued(j+1) {
					if sp := d.spans[d.cover[j+1]-1]; sp.kind == Machine && sp.s == j+1 {
						e, ok = sp.e, true
					}
				}
				if ok && d.plural(j) {
					if s, e, ok := d.joinedName(e); ok && e-s <= 3 && d.validName(s, e, Machine, persons) {
						d.acceptUnknown(s, e, Machine)
					}
				}
				continue
			}
			nat := rl&roleNat != 0 && j > d.first[f] && d.glued(j) && (d.role(j-1)&roleDet != 0 || d.detContraction(j-1)) && toks[j].flags&fUpper == 0
			if d.isOrgNoun(j) || nat {
				s, e, ok := d.nameAfter(j, false)
				if !ok {
					s, e, ok = d.namedAfterComma(j) // "une nouvelle société, baptisée Gama, …"
				}
				if !ok {
					s, e, ok = d.apposedName(j) // "le groupement des industriels du secteur, le Gifen, …"
				}
				head := toks[j].flags&fUpper != 0 && rl&roleHead != 0
				if ok && s == j+1 && head {
					s = j // the head word is part of the name: "Ecole Centrale Paris"
				}
				if ok && s == j+1 && d.is(j, "fondation") && d.personShaped(s, e) {
					s = j // a foundation named after a person: "la fondation Serhiy Prytula"
				}
				if !ok && head {
					// the head word and its complement: "CHU de Bordeaux"
					s, e = j, d.capitalRun(j, maxUnknownWords+1)
					ok = e-s >= 3 && e-s <= maxUnknownWords
				}
				if ok && d.validName(s, e, Organisation, persons) {
					if ce, ok := d.coupleNamed(s, e); ok {
						e = ce // "la Fondation Simone et Cino Del Duca"
					}
					d.acceptUnknown(s, e, Organisation)
					if s, e, ok := d.joinedName(e); ok && !d.personShaped(s, e) && d.validName(s, e, Organisation, persons) {
						d.acceptUnknown(s, e, Organisation)
					}
				}
			}
			if rl&roleStaff != 0 {
				if s, e, ok := d.employerAfter(j); ok && d.validName(s, e, Organisation, persons) {
					d.acceptUnknown(s, e, Organisation)
				}
			}
		}
		// names before their cue: "X a levé", "X, la start-up", "X, le supercalculateur"
		for s := d.first[f]; s < d.end[f]; {
			e := d.capitalRun(s, maxUnknownWords+1)
			if e == s {
				s++
				continue
			}
			if e-s <= maxUnknownWords {
				for s < e && (d.role(s)&roleCommon != 0 || d.tz.toks[s].flags&fUpper == 0 || namingParticiples[string(d.folded(s))]) {
					s++ // "Baptisé Ruche, le calculateur…" names Ruche
				}
				switch {
				case s == e || d.projectName(s):
				case d.orgCueAfter(s, e) && (!d.personShaped(s, e) || d.raisesAfter(e) && !d.agent(s)) && !d.frontedPlace(s) && !d.frontedParticiple(s, e) && !d.complementSubject(s, e) &&
					d.validName(s, e, Organisation, persons):
					d.acceptUnknown(s, e, Organisation)
				case d.machineApposition(s, e) && (!d.afterPreposition(s) || d.describedAs(e) > 0) && d.validName(s, e, Machine, persons):
					d.acceptUnknown(s, e, Machine)
				case d.firmSuffixed(s, e) && !d.personShaped(s, e) && d.validName(s, e, Organisation, persons):
					d.acceptUnknown(s, e, Organisation)
				case e-s <= 3 && d.enumerated(s, e) && !d.personShaped(s, e) && !d.frontedPlace(s) &&
					d.validName(s, e, Organisation, persons):
					d.acceptUnknown(s, e, Organisation)
				}
			}
			s = e
		}
	}
}

// nameAfter returns the capitalised name that follows the cue noun at token
// j, after at most two adjectives ("la start-up française X", "le groupe
// pharmaceutique X"), or after "de"/"avec"/"par" and a determiner for the
// nouns that take them ("filiale de X", "partenariat avec la X", "avec la
// participation de X", "une série A menée par X").
func (d *doc) nameAfter(j int, machine bool) (s, e int, ok bool) {
	_, end := d.bounds(j)
	links := d.is(j, "filiale") || d.is(j, "rachat") || d.is(j, "rachete") || d.is(j, "rachetee") || d.is(j, "partenariat") || d.is(j, "partenariats") || d.is(j, "aupres") ||
		d.is(j, "participation") || d.is(j, "menee") || d.is(j, "mene") || d.is(j, "emmenee") ||
		d.is(j, "propriete") || d.is(j, "cede")
	k := j + 1
	for skipped := 0; k < end && skipped < 3 && d.glued(k); k, skipped = k+1, skipped+1 {
		adjOnly := skipped == 0 || d.role(k-1)&(roleLink|roleDet) == 0
		rl := d.role(k)
		switch {
		case d.is(j, "chez"):
		case skipped == 0 && d.is(k, "comme"):
			continue // "des sociétés comme X ou Y"
		case rl&roleAdj != 0 && d.tz.toks[k].flags&fUpper == 0:
			continue
		case !machine && adjOnly && d.plainWord(k):
			continue // an adjective of no list: "le groupe panafricain X"
		case machine && (d.is(k, "exascale") || d.is(k, "exaflopique") || d.is(k, "baptise") || d.is(k, "nomme") || d.is(k, "public") || d.is(k, "futur")):
			continue
		case machine && rl&roleLink != 0 && k+1 < end && d.glued(k+1) && (d.is(k+1, "ia") || d.is(k+1, "calcul")):
			k++ // "le cluster d'IA X", "la grappe de calcul X"
			continue
		case links && rl&(roleLink|roleDet) != 0:
			continue
		case rl&roleLink != 0 && k+1 < end && d.role(k+1)&roleAdj != 0 && d.tz.toks[k+1].flags&fUpper == 0:
			continue // "le fonds d'investissement X"
		case !machine && rl&roleLink != 0 && k+1 < end && d.glued(k+1) && firmTrades[string(d.folded(k+1))] && d.tz.toks[k+1].flags&fUpper == 0:
			k++ // "le cabinet d'études X", "le cabinet d'avocats X"
			continue
		}
		break
	}
	if k >= end || !d.glued(k) {
		return 0, 0, false
	}
	e = d.capitalRun(k, maxUnknownWords+1)
	if e-k > maxUnknownWords || machine && e-k > 3 {
		return 0, 0, false
	}
	return k, e, e > k
}

// maxSchoolWords is the longest name of a school after "lycée" or
// "collège", in words: a person's name and the town make it long, "le lycée
// Charles-de-Gaulle de Pulversheim", "le lycée Pierre-et-Marie-Curie de
// Freyming-Merlebach".
const maxSchoolWords = 8

// firmTrades are the folded nouns that say, after "de" or "d'", what a firm
// does between its cue noun and its name: "le cabinet d'études Day One",
// "le cabinet de conseil Wavestone", "le cabinet d'avocats Darrois", "le
// studio de jeux vidéo Triptyque", "le collectif de développeurs Vinodata".
var firmTrades = toSet(`etudes|conseil|avocats|audit|recrutement|courtage|notaires|architectes|expertise|jeux|developpeurs`)

// schoolKinds are the folded adjectives that may come between "lycée" and a
// school's own name: "le lycée professionnel Pierre-et-Marie-Curie", "le lycée
// agricole Olivier-de-Serres".
var schoolKinds = toSet(`professionnel|agricole|technique|technologique|general|polytechnique|horticole|hotelier|maritime`)

// schoolName returns the end of a school's name that starts with the French
// noun "lycée" or "collège" at token j and goes on with capitalised words,
// often a person's name: "le lycée Félix-Le-Dantec", "au collège Jean-Zay".
// The English "College" of "King's College London" is not one.
func (d *doc) schoolName(j int) (e int, ok bool) {
	_, end := d.bounds(j)
	if !d.is(j, "lycee") && !d.is(j, "college") || j+1 >= end || !d.glued(j+1) {
		return 0, false
	}
	t := d.tz.toks[j]
	w := d.text[d.fieldOf(j)][t.start:t.end]
	if !strings.EqualFold(w, "lycée") && !strings.EqualFold(w, "collège") {
		return 0, false
	}
	k := j + 1
	if schoolKinds[string(d.folded(k))] && k+1 < end && d.glued(k+1) {
		k++ // "le lycée professionnel Pierre-et-Marie-Curie"
	}
	if d.tz.toks[k].flags&fUpper == 0 || d.role(k)&roleCommon != 0 {
		return 0, false
	}
	e = d.capitalRun(k, maxSchoolWords+1)
	if e == k || e-k > maxSchoolWords || !d.free(j, e) {
		return 0, false
	}
	for i := k; i < e; i++ {
		if d.role(i)&roleEvent != 0 {
			return 0, false
		}
	}
	return e, true
}

// maxMuseumWords is the longest own name of a museum or a library after its
// noun, in words, its town left aside: "le musée des Beaux-Arts".
const maxMuseumWords = 4

// museumName returns the end of the name of a museum or a library that
// starts at token j with "musée", or a capitalised "Bibliothèque", and goes
// on with capitalised words, maybe after "de", "d'", "du" or "des": "le
// musée d'Orsay", "le musée du Louvre", "le musée Guimet", "la Bibliothèque
// Kandinsky", with the town that follows, "le musée des Beaux-Arts de
// Lyon". A lower-case "bibliothèque" is more often a software library
// ("la bibliothèque PyTorch") and names none.
func (d *doc) museumName(j int) (e int, ok bool) {
	_, end := d.bounds(j)
	museum := d.is(j, "musee")
	if !museum && !(d.is(j, "bibliotheque") && d.tz.toks[j].flags&fUpper != 0) || j+1 >= end || !d.glued(j+1) {
		return 0, false
	}
	k := j + 1
	if (d.is(k, "de") || d.is(k, "d") || d.is(k, "du") || d.is(k, "des")) && k+1 < end && d.glued(k+1) {
		k++ // "le musée d'Orsay"
	}
	if d.tz.toks[k].flags&fUpper == 0 || d.role(k)&roleCommon != 0 {
		return 0, false
	}
	e = d.capitalRun(k, maxMuseumWords+1)
	if e == k || e-k > maxMuseumWords || !d.free(j, e) {
		return 0, false
	}
	for i := k; i < e; i++ {
		if d.role(i)&(roleEvent|rolePerson) != 0 {
			return 0, false
		}
	}
	if e+1 < end && d.glued(e) && d.glued(e+1) && (d.is(e, "de") || d.is(e, "d")) && d.role(e+1)&rolePlace != 0 && d.free(e, e+2) {
		e += 2 // its town: "le musée des Beaux-Arts de Lyon"
	}
	return e, true
}

// lineWords are the folded nouns of a line of products or a family of
// machines: "la gamme de serveurs", "la famille de supercalculateurs".
var lineWords = toSet(`famille|familles|gamme|gammes|lignee|lignees`)

// lineOf reports whether the machine noun at token j follows a noun of a
// line and "de": the name after it is a series, not one machine, as in "la
// famille de supercalculateurs PARAM".
func (d *doc) lineOf(j int) bool {
	first, _ := d.bounds(j)
	return j-2 >= first && d.glued(j) && d.glued(j-1) && (d.is(j-1, "de") || d.is(j-1, "d")) && lineWords[string(d.folded(j-2))]
}

// siblingMachine returns the end of an unlisted machine's name that starts
// at token j with the name of a series of listed machines and goes on with
// capitalised words, when the document names a listed machine of the same
// series: "PARAM Pravega" next to "PARAM Rudra". The series must be written
// in capitals, as a word that starts many other names does not: "Blue
// Origin" next to "Blue Lion" is a company.
func (d *doc) siblingMachine(j int) (e int, ok bool) {
	_, end := d.bounds(j)
	if d.role(j)&roleFamily == 0 || d.tz.toks[j].flags&fAllUpper == 0 || j+1 >= end || !d.glued(j+1) ||
		d.tz.toks[j+1].flags&fUpper == 0 || d.role(j+1)&(roleCommon|roleFirstName|rolePlace) != 0 {
		return 0, false
	}
	e = d.capitalRun(j, 3)
	if e < j+2 {
		return 0, false
	}
	id := d.tz.toks[j].id
	for _, sp := range d.spans {
		if sp.state == accepted && sp.kind == Machine && sp.entry >= 0 && d.tz.toks[sp.s].id == id {
			return e, true
		}
	}
	return 0, false
}

// academyName returns the end of the name of a regional education authority,
// of the State's office in a département or of a university that starts at
// token j with one of regionalOffices, then "de", "d'" or "du" and a
// capitalised place: "l'académie de Versailles", "le rectorat de Bordeaux",
// "la préfecture du Haut-Rhin", "la préfecture de la Gironde". A university
// named after its town or region takes the same form: "l'université de Tartu",
// "l'université du Witwatersrand". "l'Académie
// des sciences" takes "des" and is a listed name.
func (d *doc) academyName(j int) (e int, ok bool) {
	_, end := d.bounds(j)
	if t := d.tz.toks[j]; !regionalOffices[string(d.tz.buf[t.fstart:t.fend])] || j+2 >= end || !d.glued(j+1) || !d.glued(j+2) {
		return 0, false
	}
	if !d.is(j+1, "de") && !d.is(j+1, "d") && !(d.is(j, "prefecture") && d.is(j+1, "du")) && !(d.is(j, "universite") && d.is(j+1, "du") && d.definite(j)) {
		return 0, false
	}
	k := j + 2
	if d.is(j, "prefecture") && d.is(j+1, "de") && k+1 < end && d.glued(k+1) && (d.is(k, "la") || d.is(k, "l")) {
		k++ // a département named with its article: "la préfecture de la Gironde"
	}
	if d.tz.toks[k].flags&fUpper == 0 || d.role(k)&roleCommon != 0 {
		return 0, false
	}
	e = d.capitalRun(k, 3)
	if e == k || !d.free(j, e) {
		return 0, false
	}
	return e, true
}

// regionalOffices are the folded nouns that name a body by the place it
// serves: "l'académie de Versailles", "la préfecture du Haut-Rhin",
// "l'université de Tartu", and the local offices of social security and
// student services, "la CPAM de Lyon", "le Crous de Grenoble", "l'Urssaf
// d'Alsace".
var regionalOffices = toSet(`academie|rectorat|prefecture|universite|cpam|crous|urssaf|caf`)

// definite reports whether token j follows "l'" or "la": a university
// named after its region takes the article, while "première université du
// Benelux" ranks one.
func (d *doc) definite(j int) bool {
	first, _ := d.bounds(j)
	return j > first && d.glued(j) && (d.is(j-1, "l") || d.is(j-1, "la"))
}

// courtKinds are the folded words that follow "tribunal" or "cour" in the
// name of a court before its seat: "tribunal judiciaire de Marseille", "cour
// administrative d'appel de Lyon", and abroad "tribunal régional de Munich",
// "tribunal de district de Columbia", "cour suprême de Californie", and
// those that follow "chambre" in the name of a court of accounts.
var courtKinds = map[string][][]string{
	"tribunal": {{"judiciaire"}, {"administratif"}, {"correctionnel"}, {"de", "commerce"},
		{"des", "activites", "economiques"}, {"de", "grande", "instance"},
		{"regional", "superieur"}, {"regional"}, {"federal"}, {"de", "district"}, {}},
	"cour": {{"d", "appel"}, {"administrative", "d", "appel"}, {"d", "assises"}, {"federale"}, {"supreme"}},
	// the regional courts of accounts: "la chambre régionale des comptes d'Occitanie"
	"chambre": {{"regionale", "des", "comptes"}, {"territoriale", "des", "comptes"}},
}

// courtName returns the end of the name of a court that starts at token j
// with "tribunal", "cour" or "chambre", its kind, then "de" or "d'" and a
// capitalised seat: "le tribunal judiciaire de Marseille", "la cour d'appel
// de Douai", "la chambre régionale des comptes d'Occitanie". A
// tribunal abroad often has no kind: "le tribunal de Rome", but "un
// tribunal de New York" names none.
// "la Cour de cassation" has no seat and is a listed name.
func (d *doc) courtName(j int) (e int, ok bool) {
	first, end := d.bounds(j)
	kinds, found := courtKinds[string(d.folded(j))]
	if !found {
		return 0, false
	}
	for _, kind := range kinds {
		if len(kind) == 0 && !(j > first && d.glued(j) && (d.is(j-1, "le") || d.is(j-1, "du") || d.is(j-1, "au"))) {
			continue // "un tribunal de New York" names no court
		}
		k := j + 1
		for _, w := range kind {
			if k >= end || !d.glued(k) || !d.is(k, w) {
				k = -1
				break
			}
			k++
		}
		if k < 0 || k+1 >= end || !d.glued(k) || !d.glued(k+1) || !d.is(k, "de") && !d.is(k, "d") {
			continue
		}
		seat := k + 1
		if d.tz.toks[seat].flags&fUpper == 0 || d.role(seat)&roleCommon != 0 {
			continue
		}
		e = d.capitalRun(seat, 3)
		if e == seat || !d.free(j, e) {
			continue
		}
		return e, true
	}
	return 0, false
}

// localBodies are the folded words of the kinds of local body whose name
// follows them: groups of communes, chambers of commerce ("la CCI Moselle
// Métropole Metz"), a métropole ("la métropole de Lyon", but not the place of
// "dans la métropole de Lyon"), a mission locale ("la Mission locale Ouest
// Côtes-d'Armor"), the elected councils of a département or a region ("le
// conseil départemental de la Moselle") and the water agencies of the river
// basins ("l'agence de l'eau Adour-Garonne").
var localBodies = [][]string{
	{"communaute", "de", "communes"},
	{"communaute", "d", "agglomeration"},
	{"communaute", "urbaine"},
	{"chambre", "de", "commerce", "et", "d", "industrie"},
	{"chambre", "de", "commerce"},
	{"cci"},
	{"metropole"},
	{"mission", "locale"},
	{"conseil", "departemental"},
	{"conseil", "regional"},
	{"agence", "de", "l", "eau"},
}

// localBodyName returns the name of a group of communes or of a chamber of
// commerce that starts at token j with its kind, then maybe "de", "d'", "du"
// or "des", and capitalised words, maybe joined by "et": "la communauté de
// communes Rhin-Sud", "la communauté de communes Brie des Rivières et
// Châteaux", "la chambre de commerce et d'industrie Alsace Eurométropole".
// When those words name the body by themselves ("la communauté
// d'agglomération Valence Romans Agglo"), the name is theirs alone. After
// "un" or "une", a place after "de" says where one of its bodies is, not its
// name.
func (d *doc) localBodyName(j int) (s, e int, ok bool) {
	first, end := d.bounds(j)
	for _, kind := range localBodies {
		k := j
		for _, w := range kind {
			if k >= end || k > j && !d.glued(k) || !d.is(k, w) {
				k = -1
				break
			}
			k++
		}
		if k < 0 {
			continue
		}
		if kind[0] == "metropole" && j-2 >= first && d.glued(j) && d.glued(j-1) && (d.is(j-2, "dans") || d.is(j-2, "sur")) {
			return 0, 0, false // the area, not the body: "il vit dans la métropole de Lyon"
		}
		if k+1 < end && d.glued(k) && (d.is(k, "de") || d.is(k, "d") || d.is(k, "du") || d.is(k, "des")) {
			if j > first && d.glued(j) && (d.is(j-1, "une") || d.is(j-1, "un")) {
				return 0, 0, false // one body among those of a place: "une communauté de communes du Calvados"
			}
			k++
			if d.is(k-1, "de") && k+1 < end && d.glued(k) && d.glued(k+1) && (d.is(k, "la") || d.is(k, "l")) {
				k++ // a département named with its article: "le conseil départemental de la Moselle"
			}
		}
		if k >= end || !d.glued(k) || d.tz.toks[k].flags&fUpper == 0 || d.role(k)&roleCommon != 0 {
			return 0, 0, false
		}
		e = d.capitalRun(k, maxUnknownWords)
		for e > k && e+1 < end && d.glued(e) && d.glued(e+1) && d.is(e, "et") && d.tz.toks[e+1].flags&fUpper != 0 && d.cover[e+1] == 0 {
			e = d.capitalRun(e+1, 2) // "Brie des Rivières et Châteaux"
		}
		if e > k && e < end && d.glued(e) && d.tz.toks[e].flags&fUpper == 0 && (d.is(e, "metropolitain") || d.is(e, "metropolitaine")) {
			e++ // a place and its adjective: "la Chambre de commerce du Montréal métropolitain"
		}
		if e == k || !d.free(j, e) {
			return 0, 0, false
		}
		if selfNamedBodies[string(d.folded(e-1))] && e-k >= 2 {
			return k, e, true
		}
		return j, e, true
	}
	return 0, 0, false
}

// selfNamedBodies are the folded last words of a local body's own name:
// "Valence Romans Agglo", "Grand Paris Sud Est Avenir Métropole".
var selfNamedBodies = map[string]bool{"agglo": true, "agglomeration": true, "metropole": true, "communaute": true}

// federalWords are the folded adjectives that, like a demonym, may come
// between "ministère" and its domains in a federal state: "le ministère
// fédéral de l'Économie".
var federalWords = map[string]bool{"federal": true, "federale": true}

// ministryName returns the end of the name of a ministry that starts at
// token j with "ministère", maybe a demonym or "fédéral", then one or more capitalised
// domains each after "de", "du", "des" or "de l'", joined by "et" or a comma:
// "le ministère des Sports", "le ministère japonais de l'Économie et de
// l'Industrie". A domain must be a capitalised word that names no person:
// "le ministère de Rachida Dati" is not one. After "un" the phrase is a
// figure of speech: "devenir un ministère de l'IA".
func (d *doc) ministryName(j int) (e int, ok bool) {
	first, end := d.bounds(j)
	if !d.is(j, "ministere") || j > first && d.glued(j) && (d.is(j-1, "un") || d.is(j-1, "nouveau")) {
		return 0, false
	}
	toks := d.tz.toks
	k := j + 1
	if k < end && d.glued(k) && (d.role(k)&roleNat != 0 || federalWords[string(d.folded(k))]) && toks[k].flags&fUpper == 0 {
		k++
	}
	e = j
	for comma := false; ; {
		m := d.domainAfter(k, end, comma)
		if m == 0 {
			break
		}
		e, k = m, m
		switch {
		case k < end && d.glued(k) && d.is(k, "et"):
			k, comma = k+1, false
		case k < end && toks[k].gap&gComma != 0:
			comma = true
		default:
			k = end
		}
	}
	if e == j || !d.free(j, e) {
		return 0, false
	}
	return e, true
}

// domainAfter returns the end of a ministry's domain that starts at token k
// with "de", "du", "des", "de la" or "de l'" and goes on with capitalised
// words, or 0 when there is none. After a comma, token k is not glued to the
// previous domain.
func (d *doc) domainAfter(k, end int, comma bool) int {
	if k >= end || !comma && !d.glued(k) {
		return 0
	}
	switch {
	case d.is(k, "du") || d.is(k, "des"):
		k++
	case d.is(k, "de") && k+1 < end && d.glued(k+1) && (d.is(k+1, "la") || d.is(k+1, "l")):
		k += 2
	default:
		return 0
	}
	if k >= end || !d.glued(k) || d.tz.toks[k].flags&fUpper == 0 || d.role(k)&(roleFirstName|roleTitle|rolePlace) != 0 {
		return 0
	}
	e := d.capitalRun(k, 3)
	if e == k {
		return 0
	}
	if e < end && d.tz.toks[e].gap == gHyphen && d.tz.toks[e].flags&(fUpper|fDigit) == 0 {
		e++ // a compound domain with a lower-case second part: "des Outre-mer"
	}
	if e < end && d.glued(e) && d.tz.toks[e].flags&fUpper == 0 && domainAdjectives[string(d.folded(e))] {
		e++ // a lower-case adjective of the domain: "de l'Enseignement supérieur", "de la Transition numérique"
	}
	return e
}

// domainAdjectives are the folded adjectives that complete a ministry's
// capitalised domain in lower case.
var domainAdjectives = toSet(`superieur|numerique|ecologique|energetique|nationale|national|publique|publics|public
	|etrangeres|exterieur|exterieurs|solidaire|solidaires|sociale|sociales|territoriale|territoriales
	|industrielle|alimentaire|professionnelle|interieure|economique|civile|maritime|maritimes
	|strategique|strategiques`)

// Bounds, in words, of the lower-case complement of a head word in
// headedPhrase.
const (
	minHeadedWords = 3
	maxHeadedWords = 12
)

// headedPhrase returns the end of an organisation's name that starts at
// token j with a capitalised head word after "le", "la" or "l'" and goes on
// with a lower-case complement of three to twelve words, holding "de", "du",
// "des" or "d'", up to the verb whose subject the name is: "le Syndicat
// national du jeu vidéo réclame", "la Fédération du commerce et de la
// distribution prévient", or up to the end of the words whose initials give
// an acronym written elsewhere in the document: "l'Alliance de la presse
// d'information générale", then "l'APIG". A capital, a punctuation mark, a
// digit or a relative pronoun in the complement leaves the name to other
// rules.
func (d *doc) headedPhrase(j int) (e int, ok bool) {
	first, end := d.bounds(j)
	toks := d.tz.toks
	if toks[j].flags&fUpper == 0 || d.role(j)&roleHead == 0 || j == first || !d.glued(j) ||
		!(d.is(j-1, "le") || d.is(j-1, "la") || d.is(j-1, "l")) {
		return 0, false
	}
	link := false
	for k := j + 1; k <= end && k-j <= maxHeadedWords+1; k++ {
		if k == end {
			// the field ends: only the last item of an enumeration ends here
			if n := k - j - 1; n >= 2 && link && d.role(k-1)&(roleLink|roleDet|roleCoord|roleAux) == 0 && d.headRepeated(j, k) {
				return k, true
			}
			break
		}
		if n := k - j - 1; n >= minHeadedWords && link && d.role(k-1)&(roleLink|roleDet|roleCoord|roleAux) == 0 && d.acronymInParens(k) {
			return k, true // "le Syndicat français des artistes interprètes (SFA-CGT)"
		}
		if n := k - j - 1; n >= 2 && link && d.role(k-1)&(roleLink|roleDet|roleCoord|roleAux) == 0 && d.acronymElsewhere(j, k) {
			return k, true // "avec l'Alliance de la presse d'information générale le projet…", and "L'APIG" later
		}
		if n := k - j - 1; n >= minHeadedWords && link && bodyHeads[string(d.folded(j))] &&
			d.role(k-1)&(roleLink|roleDet|roleCoord|roleAux) == 0 && d.confederationAt(k) {
			return k, true // "la Fédération nationale des ports et docks CGT"
		}
		if n := k - j - 1; n >= 2 && link && d.role(k-1)&(roleLink|roleDet|roleCoord|roleAux) == 0 && d.headRepeated(j, k) {
			return k, true // "l'Inspection générale de l'administration et l'Inspection générale de la police nationale"
		}
		if !d.glued(k) || d.cover[k] != 0 || toks[k].flags&(fUpper|fDigit) != 0 ||
			d.is(k, "qui") || d.is(k, "que") || d.is(k, "dont") {
			return 0, false
		}
		n := k - j - 1 // complement words before token k
		if n >= minHeadedWords && link && d.role(k-1)&(roleLink|roleDet|roleCoord|roleAux) == 0 &&
			(d.verbAt(k) || stanceVerbs[string(d.folded(k))] && !d.participle(k) || bodyHeads[string(d.folded(j))] && d.stanceAfterAux(k)) {
			return k, true
		}
		link = link || d.is(k, "de") || d.is(k, "du") || d.is(k, "des") || d.is(k, "d")
	}
	return 0, false
}

// headRepeated reports whether the phrase of tokens [j, k), headed by the
// capitalised word at j, is an item of an enumeration whose items repeat that
// head: the next item starts at k with a comma, "et" or "ou", an article and
// the same word, or the item before ends right before the article of j, after
// a comma or "et", and starts with the same word, k closing the sentence. In
// "l'Inspection générale de l'administration, l'Inspection générale de la
// police nationale et l'Inspection générale de la gendarmerie nationale",
// each body ends where the next begins.
func (d *doc) headRepeated(j, k int) bool {
	first, end := d.bounds(j)
	head := string(d.folded(j))
	m := k
	if m < end && d.glued(m) && (d.is(m, "et") || d.is(m, "ou")) {
		m++
	} else if m >= end || !d.commaBefore(m) {
		m = -1
	}
	if m >= 0 && m+1 < end && d.glued(m+1) && (d.is(m, "l") || d.is(m, "la") || d.is(m, "le")) &&
		d.tz.toks[m+1].flags&fUpper != 0 && string(d.folded(m+1)) == head {
		return true
	}
	if k < end && d.tz.toks[k].gap&(gSentence|gPara) == 0 {
		return false // the last item ends its sentence: "de l'éducation, du sport et de la recherche" goes on after its comma
	}
	p := j - 2 // the token before the article of j
	if p >= first && d.glued(p+1) && (d.is(p, "et") || d.is(p, "ou")) {
		p--
	} else if p < first || !d.commaBefore(p+1) {
		return false
	}
	if p < first || d.cover[p] == 0 {
		return false
	}
	s := d.spans[d.cover[p]-1].s
	return d.spans[d.cover[p]-1].e == p+1 && string(d.folded(s)) == head
}

// acronymElsewhere reports whether the initials of the words of tokens
// [s, e), links and determiners left out, in their order, spell a word of
// three letters or more that the document writes in capitals: "Alliance de
// la presse d'information générale" and "APIG".
func (d *doc) acronymElsewhere(s, e int) bool {
	var initials []byte
	for i := s; i < e; i++ {
		if d.role(i)&(roleLink|roleDet|roleCoord) != 0 || d.is(i, "en") || d.is(i, "pour") || d.is(i, "a") || d.is(i, "aux") || d.is(i, "au") {
			continue
		}
		w := d.folded(i)
		if len(w) == 0 || w[0] < 'a' || w[0] > 'z' {
			return false
		}
		initials = append(initials, w[0])
	}
	if len(initials) < 3 {
		return false
	}
	if !d.acronymsRead {
		d.readAcronyms()
	}
	return d.acronyms[string(initials)]
}

// readAcronyms gathers the words of three to eight letters written in
// capitals in the title and the text, alone: the part of a hyphenated
// designation ("SFA-CGT", "ISAE-Supaéro") may spell a part of the name only.
func (d *doc) readAcronyms() {
	if d.acronyms == nil {
		d.acronyms = map[string]bool{}
	}
	clear(d.acronyms)
	d.acronymsRead = true
	for f := range 2 {
		for i := d.first[f]; i < d.end[f]; i++ {
			if d.tz.toks[i].flags&fAllUpper == 0 || d.tz.toks[i].gap == gHyphen || d.tz.toks[i+1].gap == gHyphen {
				continue
			}
			w := d.folded(i)
			if len(w) < 3 || len(w) > 8 {
				continue
			}
			letters := true
			for _, c := range w {
				letters = letters && c >= 'a' && c <= 'z'
			}
			if letters {
				d.acronyms[string(w)] = true
			}
		}
	}
}

// confederationAt reports whether token k, glued to the word before it, is
// a union confederation's acronym found as an organisation on its own: the
// federation's name ends before it, "la Fédération nationale des ports et
// docks CGT", "le Syndicat national des journalistes CGT".
func (d *doc) confederationAt(k int) bool {
	if !d.glued(k) || d.cover[k] == 0 || !confederations[string(d.folded(k))] {
		return false
	}
	sp := d.spans[d.cover[k]-1]
	return sp.kind == Organisation && sp.s == k && sp.e == k+1
}

// acronymInParens reports whether token k opens a parenthesis that holds
// only an unlisted acronym, maybe hyphenated with a union's: "(SFA-CGT)",
// "(Snesup-FSU)". A listed acronym ("(DFKI)") names its organisation by
// itself, under its listed name.
func (d *doc) acronymInParens(k int) bool {
	_, end := d.bounds(k)
	toks := d.tz.toks
	if toks[k].gap&gOpen == 0 || toks[k].gap&^(gOpen|gOther) != 0 || toks[k].flags&fUpper == 0 || d.cover[k] != 0 {
		return false
	}
	upper := false
	for m := k; m < end && m-k < 3; m++ {
		if m > k && toks[m].gap != gHyphen {
			return false
		}
		if toks[m].flags&fDigit != 0 || toks[m].flags&fUpper == 0 {
			return false
		}
		upper = upper || toks[m].flags&(fAllUpper|fMixed) != 0
		if m+1 == end || toks[m+1].gap&gClose != 0 {
			return upper
		}
	}
	return false
}

// stanceVerbs are the folded verbs, in the present tense, by which a body
// takes a stand or speaks: the name before them is their subject.
// bodyHeads are the folded head words that name a body of members by
// themselves, never a department of one: a stance after an auxiliary is
// theirs ("la Fédération française du bâtiment a publié"), while "la
// Direction de la communication du groupe a publié" names no organisation.
var bodyHeads = toSet(`federation|syndicat|association|ligue|confederation`)

// stanceAfterAux reports whether an auxiliary at token k comes before one of
// the stanceVerbs: "ont publié", "a demandé".
func (d *doc) stanceAfterAux(k int) bool {
	_, end := d.bounds(k)
	return d.role(k)&roleAux != 0 && (d.is(k, "a") || d.is(k, "ont") || d.is(k, "avait") || d.is(k, "avaient")) &&
		k+1 < end && d.glued(k+1) && stanceVerbs[string(d.folded(k+1))]
}

var stanceVerbs = toSet(`reclame|reclament|previent|previennent|demande|demandent|estime|estiment|denonce
	|denoncent|alerte|alertent|souligne|soulignent|rappelle|rappellent|regrette|regrettent|plaide|plaident
	|recommande|recommandent|salue|saluent|conteste|contestent|deplore|deplorent|redoute|redoutent
	|affirme|affirment|juge|jugent|appelle|appellent|propose|proposent|represente|representent
	|regroupe|regroupent|publie|publient`)

// clubName returns the end of a sports club's name that starts at token j
// with a club word: before a city or another capitalised name ("RC Lens",
// "Real Madrid", "Inter Milan"), before "de" and a city ("Olympique de
// Marseille"), or before a demonym ("Stade rennais", "Olympique lyonnais").
// "Stade" takes only a demonym: "Stade de France" and "Stade Vélodrome" are
// grounds.
func (d *doc) clubName(j int) (e int, ok bool) {
	_, end := d.bounds(j)
	t := d.tz.toks[j]
	w := string(d.folded(j))
	if t.flags&fUpper == 0 || d.role(j)&roleClub == 0 || j+1 >= end || !d.glued(j+1) {
		return 0, false
	}
	if len(w) <= 3 && w != "real" && t.flags&fAllUpper == 0 {
		return 0, false
	}
	k := j + 1
	if demonym(string(d.folded(k))) && d.tz.toks[k].flags&fDigit == 0 {
		return k + 1, d.free(j, k+1) // "Stade rennais", "Stade Français"
	}
	if w == "stade" {
		return 0, false
	}
	if (d.is(k, "de") || d.is(k, "d")) && k+1 < end && d.glued(k+1) && (w == "olympique" || w == "racing" || w == "sporting") {
		k++
	}
	if d.tz.toks[k].flags&fUpper == 0 || d.role(k)&(roleCommon|roleEvent) != 0 {
		return 0, false
	}
	e = d.capitalRun(k, 3)
	return e, e > k && d.free(j, e)
}

// demonym reports whether a folded word has the ending of a French demonym:
// "rennais", "brestois", "toulousain", "parisien".
func demonym(w string) bool {
	for _, suf := range []string{"ais", "ois", "ain", "ien"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// employerAfter returns the capitalised name after a noun that says what a
// person does and "de": "un analyste de Kepler Cheuvreux", "les gérants de
// Carmignac", "la directrice générale de Degroof Petercam", with at most two
// lower-case adjectives before "de" and an article after it. The name is the
// person's employer.
func (d *doc) employerAfter(j int) (s, e int, ok bool) {
	_, end := d.bounds(j)
	k := j + 1
	for n := 0; n < 2 && k < end && d.glued(k) && d.tz.toks[k].flags&fUpper == 0 && (d.role(k)&roleAdj != 0 || d.plainWord(k)); n++ {
		k++ // "directrice générale", "délégué syndical"
	}
	if k+1 >= end || !d.glued(k) || !(d.is(k, "de") || d.is(k, "du") || d.is(k, "d")) || !d.glued(k+1) {
		return 0, 0, false
	}
	k++
	article := false
	if d.is(k-1, "de") && (d.is(k, "la") || d.is(k, "l")) && k+1 < end && d.glued(k+1) {
		k, article = k+1, true
	}
	e = d.capitalRun(k, maxUnknownWords+1)
	if e == k || e-k > maxUnknownWords || d.role(k)&roleCommon != 0 {
		return 0, 0, false // "le président de la République française"
	}
	if e-k == 1 && d.role(k)&roleHead != 0 {
		if t := d.complementEnd(k); t > 0 {
			return k, t, true // "un dirigeant du Syndicat des entreprises du tour-operating."
		}
	}
	if article && e-k == 1 && d.tz.toks[k].flags&(fAllUpper|fMixed) == 0 {
		return 0, 0, false // a department, not a company: "la directrice de la Communication"
	}
	return k, e, true
}

// complementEnd returns the end of the lower-case complement of the head word
// at token k when it starts with "de" and closes the sentence or the clause
// within maxHeadedWords words ("Syndicat des entreprises du
// tour-operating."), or 0.
func (d *doc) complementEnd(k int) int {
	_, end := d.bounds(k)
	toks := d.tz.toks
	if k+1 >= end || !d.glued(k+1) || !(d.is(k+1, "de") || d.is(k+1, "du") || d.is(k+1, "des") || d.is(k+1, "d")) {
		return 0
	}
	for e := k + 2; e-k <= maxHeadedWords+1; e++ {
		if e == end || toks[e].gap&(gSentence|gPara|gComma) != 0 {
			if e-k-1 < minHeadedWords || d.role(e-1)&(roleLink|roleDet|roleCoord) != 0 {
				return 0
			}
			return e
		}
		if !d.glued(e) || d.cover[e] != 0 || toks[e].flags&(fUpper|fDigit) != 0 || d.role(e)&(roleAux|roleVerb|roleCoord) != 0 ||
			d.is(e, "qui") || d.is(e, "que") || d.is(e, "dont") {
			return 0
		}
	}
	return 0
}

// joinedName returns the capitalised name joined by "et" or "ou" to the
// name that ends before token e, which a cue noun introduced: the cue holds
// for both in "les courtiers Portzamparc et Invest Securities".
func (d *doc) joinedName(e int) (s, end int, ok bool) {
	_, last := d.bounds(e)
	if e+1 >= last || !d.glued(e) || d.role(e)&roleCoord == 0 || !d.glued(e+1) {
		return 0, 0, false
	}
	s = e + 1
	if d.preposition(s) && s+1 < last && d.glued(s+1) {
		s++ // "avec la participation de X et d'Y"
	}
	end = d.capitalRun(s, maxUnknownWords+1)
	return s, end, end > s && end-s <= maxUnknownWords && d.tz.toks[s].flags&fUpper != 0
}

// coupleNamed returns the end of a foundation's name that honours a couple
// when tokens [s, e) are "Fondation" and one given name, joined by "et" to
// a second given name and the surname: "la Fondation Simone et Cino Del
// Duca", "la Fondation Bill et Melinda Gates".
func (d *doc) coupleNamed(s, e int) (int, bool) {
	if e-s != 2 || !d.is(s, "fondation") || !isTitleCase(d.text[d.fieldOf(s)][d.tz.toks[s+1].start:d.tz.toks[s+1].end]) {
		return 0, false
	}
	js, je, ok := d.joinedName(e)
	if !ok || js != e+1 || je-js < 2 || je-js > 3 {
		return 0, false
	}
	for i := js; i < je; i++ {
		if d.role(i)&(roleCommon|rolePlace|roleHead|roleSuffix) != 0 {
			return 0, false
		}
	}
	return je, true
}

// plural reports whether the word at token j is written in the plural, its
// last letter an "s" or an "x".
func (d *doc) plural(j int) bool {
	w := d.folded(j)
	return len(w) > 1 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x')
}

// projectName reports whether the name at token s follows "projet",
// "programme" or "initiative", maybe with an adjective, other capitalised
// words or an opening parenthesis between: "le projet européen TrustLLM",
// "le projet Horizon Europe HPLT (High Performance Language Technologies)".
// A project gathers organisations but is none.
func (d *doc) projectName(s int) bool {
	first, _ := d.bounds(s)
	toks := d.tz.toks
	for j, n := s-1, 0; j >= first && n < 5; j, n = j-1, n+1 {
		if g := toks[j+1].gap; g&gBreak != 0 && g&^(gOpen|gOther) != 0 {
			return false // a comma or a sentence end: another phrase
		}
		switch {
		case d.role(j)&roleProject != 0 && toks[j].flags&fUpper == 0:
			return true
		case toks[j].flags&fUpper != 0:
		case d.role(j)&roleAdj != 0 && toks[j].flags&fUpper == 0:
		default:
			return false
		}
	}
	return false
}

// plainWord reports whether token k is a lower-case word of letters that
// plays no part in the cue rules, as an adjective after a cue noun does. A
// past participle is left out: in "un hébergeur certifié SecNumCloud" the
// name is the certificate's, not the host's.
func (d *doc) plainWord(k int) bool {
	f := d.tz.toks[k].flags
	const parts = roleLink | roleDet | roleAux | roleVerb | roleCommon | roleCoord | roleOrgNoun | roleMachineCue
	return f&fUpper == 0 && f&fDigit == 0 && f&fLetter != 0 && len(d.folded(k)) >= 4 && d.role(k)&parts == 0 && !d.participle(k)
}

// namedAfterComma returns the name given to the machine or organisation
// noun at token j in an apposition: "cette machine, baptisée Sirocco, …",
// "une nouvelle société, baptisée Gama, …", or one of those a plural noun
// counts: "ses propres machines, dont Gaïa, …".
func (d *doc) namedAfterComma(j int) (s, e int, ok bool) {
	_, end := d.bounds(j)
	k := j + 1
	if k+1 >= end || d.tz.toks[k].gap&^gComma != 0 || d.tz.toks[k].gap&gComma == 0 || !d.glued(k+1) {
		return 0, 0, false
	}
	named := d.is(k, "baptise") || d.is(k, "baptisee") || d.is(k, "nomme") || d.is(k, "nommee") || d.is(k, "surnomme") || d.is(k, "surnommee")
	// "ses propres machines, dont Gaïa, …": one of the things the plural
	// noun counts
	among := d.is(k, "dont") && strings.HasSuffix(string(d.folded(j)), "s")
	if !named && !among {
		return 0, 0, false
	}
	e = d.capitalRun(k+1, 4)
	return k + 1, e, e > k+1 && e-(k+1) <= 3
}

// maxComplementWords is the longest complement, in words, between an
// organisation noun and the name set off by commas after it.
const maxComplementWords = 6

// apposedName returns the name set off by commas after the organisation noun
// at token j, its determiner and its lower-case complement: "le groupement
// des industriels du secteur, le Gifen, a lancé…", "une nouvelle filiale,
// Vantage Studios, dans laquelle…". The noun follows a determiner, maybe
// with an adjective between, and the apposition closes right after the
// name.
func (d *doc) apposedName(j int) (s, e int, ok bool) {
	first, end := d.bounds(j)
	toks := d.tz.toks
	p := j - 1
	if p > first && d.glued(j) && d.role(p)&roleAdj != 0 && toks[p].flags&fUpper == 0 {
		p-- // "une nouvelle filiale"
	}
	if p < first || !d.glued(p+1) || d.role(p)&roleDet == 0 {
		return 0, 0, false
	}
	k := j + 1
	for k < end && k-j <= maxComplementWords && d.glued(k) {
		k++
	}
	if k >= end || !d.commaBefore(k) || k+1 >= end {
		return 0, 0, false
	}
	if d.role(k)&roleDet != 0 && d.glued(k+1) {
		k++
	}
	e = d.capitalRun(k, 4)
	if e == k || e-k > 3 || e < end && toks[e].gap&(gComma|gClose|gSentence|gPara) == 0 {
		return 0, 0, false
	}
	return k, e, true
}

// capitalRun returns the end of the run of at most max free, glued words
// starting at s that can make a name: capitalised words, with digits after
// the first ("Nabu 2023"), "&" between two of them, an English possessive
// ("Assassin's Creed") and "AI". It returns s when token s cannot start a
// name.
func (d *doc) capitalRun(s, max int) int {
	_, end := d.bounds(s)
	toks := d.tz.toks
	e := s
	for e < end && e-s < max && d.cover[e] == 0 {
		t := toks[e]
		if e > s && !d.glued(e) {
			break
		}
		ok := t.flags&fUpper != 0
		if e > s {
			ok = ok || t.flags&(fDigit|fLetter) == fDigit || t.flags&fAmp != 0 && e+1 < end && toks[e+1].flags&fUpper != 0
			// an English possessive belongs to the name: "Assassin's Creed", "Macy's"
			ok = ok || t.gap == gApos && d.is(e, "s") && toks[e-1].flags&fUpper != 0
			// a lower-case end after an apostrophe inside a capitalised word,
			// which no elision leaves: "Space'ibles", "Proch'emploi"
			ok = ok || t.gap == gApos && e == s+1 && d.apostropheTail(e)
			// a hyphenated "et" between two capitalised words: "Pierre-et-Marie-Curie"
			ok = ok || t.gap == gHyphen && d.is(e, "et") && e+1 < end && toks[e+1].gap == gHyphen && toks[e+1].flags&fUpper != 0
			if !ok && d.innerLink(e, d.headed(s)) && e+1-s < max {
				e += 2 // "Européenne de Calcul"
				continue
			}
			if !ok && d.englishLink(e) && e+1-s < max {
				e += 2 // "Code for France", "Data for Good"
				continue
			}
		}
		if !ok {
			break
		}
		e++
	}
	for e > s && toks[e-1].flags&fAmp != 0 {
		e--
	}
	return e
}

// apostropheTail reports whether token e, after an apostrophe, ends the
// capitalised word before it: a lower-case word of three letters or more
// after a word that no elision ends ("Space'ibles"), not "Aujourd'hui".
func (d *doc) apostropheTail(e int) bool {
	toks := d.tz.toks
	prev := d.folded(e - 1)
	return toks[e].flags&(fUpper|fDigit) == 0 && len(d.folded(e)) >= 3 && toks[e-1].flags&fUpper != 0 &&
		len(prev) >= 3 && !strings.HasSuffix(string(prev), "qu")
}

// headed reports whether the name at token s starts with a capitalised head
// word, or follows one: "Université Libre".
func (d *doc) headed(s int) bool {
	first, _ := d.bounds(s)
	isHead := func(i int) bool { return d.role(i)&roleHead != 0 && d.tz.toks[i].flags&fUpper != 0 }
	return isHead(s) || s > first && d.glued(s) && isHead(s-1)
}

// innerLink reports whether token e is "de", "du", "des" or "d'" inside a
// name: glued to a free capitalised word that is not a person, nor a place
// unless the name starts with a head word ("Université Libre de Bruxelles").
func (d *doc) innerLink(e int, head bool) bool {
	_, end := d.bounds(e)
	if !(d.is(e, "de") || d.is(e, "du") || d.is(e, "des") || d.is(e, "d")) || e+1 >= end || !d.glued(e+1) {
		return false
	}
	n := e + 1
	not := roleFirstName | rolePerson | roleCommon | roleTitle
	if !head {
		not |= rolePlace
	}
	return d.cover[n] == 0 && d.tz.toks[n].flags&fUpper != 0 && d.role(n)&not == 0
}

// englishLink reports whether token e is the lower-case English "for" or
// "of" between two capitalised words of a name, which French prose never
// writes otherwise: "Code for France", "Bank of America".
func (d *doc) englishLink(e int) bool {
	_, end := d.bounds(e)
	toks := d.tz.toks
	if !(d.is(e, "for") || d.is(e, "of")) || toks[e].flags&fUpper != 0 || e+1 >= end || !d.glued(e+1) {
		return false
	}
	n := e + 1
	return d.cover[n] == 0 && toks[n].flags&fUpper != 0 && d.role(n)&(roleFirstName|roleTitle) == 0
}

// personShaped reports whether tokens [s, e) look like a first name and a
// surname: two capitalised words of letters only, the second no corporate
// suffix ("Laurence Devillers", not "Qevlar AI" nor "Dragonfly 3"). Before
// "annonce" or ", spécialiste de", such a name is more often a person's.
func (d *doc) personShaped(s, e int) bool {
	if e-s != 2 || d.role(s+1)&roleSuffix != 0 || firmSuffixes[string(d.folded(s+1))] || localSuffixes[string(d.folded(s+1))] {
		return false
	}
	for i := s; i < e; i++ {
		if w := d.text[d.fieldOf(s)][d.tz.toks[i].start:d.tz.toks[i].end]; !isTitleCase(w) || d.tz.toks[i].flags&fDigit != 0 {
			return false
		}
	}
	return true
}

// machineApposition reports whether ", le supercalculateur" follows the name
// in tokens [s, e), also after a noun of number: ", une série de
// supercalculateurs".
func (d *doc) machineApposition(s, e int) bool {
	_, end := d.bounds(e)
	if e+1 >= end || d.tz.toks[e].gap&^gComma != 0 || d.tz.toks[e].gap&gComma == 0 {
		return false
	}
	k := e + d.describedAs(e)
	if d.role(k)&roleDet != 0 {
		k++
	}
	if k+2 < end && setWords[string(d.folded(k))] && d.glued(k+1) && (d.is(k+1, "de") || d.is(k+1, "d")) && d.glued(k+2) {
		k += 2
	}
	if k >= end || !d.glued(k) || d.role(k)&roleMachineNoun == 0 {
		return false
	}
	// a noun that starts the next clause is no apposition, unless a
	// participle before the name gave it: "Baptisé Ruche, le calculateur sera…"
	first, _ := d.bounds(s)
	return !d.startsClause(k) || s > first && d.glued(s) && namingParticiples[string(d.folded(s-1))]
}

// setWords are the folded nouns of number that may come before "de" and a
// machine noun in an apposition: "une série de supercalculateurs".
var setWords = toSet(`serie|ensemble|paire`)

// describingWords are the folded participles that, followed by "comme",
// describe the name before them: ", présenté comme le supercalculateur…".
var describingWords = toSet(`presente|presentee|decrit|decrite|considere|consideree|annonce|annoncee`)

// describedAs returns 2 when a participle and "comme" open token k
// (", présenté comme…"), else 0. Such a description names what the name
// before is, even after a preposition: "la construction de Coatlicue,
// présenté comme le supercalculateur le plus puissant".
func (d *doc) describedAs(k int) int {
	_, end := d.bounds(k)
	if k+2 < end && describingWords[string(d.folded(k))] && d.glued(k+1) && d.is(k+1, "comme") && d.glued(k+2) {
		return 2
	}
	return 0
}

// firmSuffixes are the last words that make a capitalised name a firm's, or
// an English-named laboratory's, even without a cue: "Blockchange Ventures",
// "Pantera Capital", "CEVA Logistics", "SKA Observatory", "Brittany Ferries",
// "Louis Dreyfus Armateurs".
var firmSuffixes = toSet(`ventures|capital|partners|labs|therapeutics|robotics|technologies|fund|financial|pharmaceuticals|biosciences|holdings
	|aerospace|helicopters|aircraft|engines|electronics|powertrain|automotive|media|international
	|studios|logistics|mobility|laboratory|observatory|group|ferries|armateurs|shipping`)

// enumerated reports whether tokens [s, e) are an item of an enumeration,
// not its first, whose other items include at least two organisations
// already found: "rejoint par Nvidia, AMD, Cisco et Brindle", "les fonds
// Partech, Elaia et Serena". The first item is left out, as it is often
// what the sentence is about, a place or a product: "Quantique : Pasqal,
// Quandela et Alice & Bob", "la domination de NVLink, AMD, Intel…".
func (d *doc) enumerated(s, e int) bool {
	n := 0
	for i, ok := s, true; n < 2; n++ {
		if i, ok = d.itemBefore(i); !ok {
			break
		}
	}
	if n == 0 {
		return false
	}
	for i, ok := e, true; n < 2; n++ {
		if i, ok = d.itemAfter(i); !ok {
			break
		}
	}
	return n >= 2
}

// commaBefore reports whether a comma, not a colon nor a semicolon, separates
// token i from the one before.
func (d *doc) commaBefore(i int) bool {
	t := d.tz.toks[i]
	if t.gap&gComma == 0 || t.gap&^gComma != 0 {
		return false
	}
	first, _ := d.bounds(i)
	from := int32(0)
	if i > first {
		from = d.tz.toks[i-1].end
	}
	return strings.TrimSpace(d.text[d.fieldOf(i)][from:t.start]) == ","
}

// itemBefore returns the start of the organisation found right before token
// s in an enumeration, after a comma or "et"/"ou": "Cisco et X", "AMD, X".
func (d *doc) itemBefore(s int) (int, bool) {
	first, _ := d.bounds(s)
	g := d.tz.toks[s].gap
	j := s - 1
	switch {
	case d.commaBefore(s):
	case g&gBreak == 0 && d.role(j)&roleCoord != 0 && d.tz.toks[j].gap&gBreak&^gComma == 0:
		j--
	default:
		return 0, false
	}
	if j < first || d.cover[j] == 0 || d.spans[d.cover[j]-1].kind != Organisation {
		return 0, false
	}
	return d.spans[d.cover[j]-1].s, true
}

// itemAfter returns the end of the organisation found right after the name
// that ends before token e, after a comma or "et"/"ou": "X, AMD", "X et AMD".
func (d *doc) itemAfter(e int) (int, bool) {
	_, end := d.bounds(e)
	if e >= end {
		return 0, false
	}
	g := d.tz.toks[e].gap
	k := e
	switch {
	case d.commaBefore(e):
	case g&gBreak&^gComma == 0 && d.role(e)&roleCoord != 0 && e+1 < end && d.glued(e+1):
		k++
	default:
		return 0, false
	}
	if k >= end || d.cover[k] == 0 || d.spans[d.cover[k]-1].kind != Organisation || d.spans[d.cover[k]-1].s != k {
		return 0, false
	}
	return d.spans[d.cover[k]-1].e, true
}

// localSuffixes are the last words that make a capitalised name a group of
// local authorities: "Lannion-Trégor Communauté", "Rennes Métropole".
var localSuffixes = toSet(`communaute|agglo|agglomeration|metropole`)

// englishBodyHeads are the folded English head words that end the name of a
// public body or a foundation: "Israel Innovation Authority", "Dubai Future
// Foundation", "Semiconductor Industry Association".
var englishBodyHeads = toSet(`authority|agency|foundation|institute|council|association`)

// firmSuffixed reports whether tokens [s, e) are two words or more that end
// with a firm suffix, the suffix of a group of local authorities or an
// English body's head word, after words that are not suffixes themselves.
func (d *doc) firmSuffixed(s, e int) bool {
	if e-s >= 2 && d.legalFormAt(e-1) {
		// a legal form: the words before it, not legal forms, are the name
		for e > s && d.legalFormAt(e-1) {
			e--
		}
		return e > s && d.role(s)&(roleSuffix|roleCommon) == 0 && !d.is(s, "&")
	}
	if e-s < 2 {
		return false
	}
	body := englishBodyHeads[string(d.folded(e-1))]
	if !firmSuffixes[string(d.folded(e-1))] && !localSuffixes[string(d.folded(e-1))] && !body {
		return false
	}
	if body && d.englishLinkBefore(s) {
		return false // the end of a longer name: "Natural Sciences and Engineering Research Council"
	}
	for i := s; i < e-1; i++ {
		if firmSuffixes[string(d.folded(i))] || d.role(i)&(roleSuffix|roleCommon) != 0 {
			return false
		}
	}
	return true
}

// englishLinkBefore reports whether token s follows an English link word
// that joins it to the words before: "of", "for", "and", "on".
func (d *doc) englishLinkBefore(s int) bool {
	first, _ := d.bounds(s)
	return s > first && d.glued(s) && (d.is(s-1, "of") || d.is(s-1, "for") || d.is(s-1, "and") || d.is(s-1, "on"))
}

// complementSubject reports whether the verb right after tokens [s, e) has
// for subject the noun that the name completes: in "le chantier naval de
// Lorient construit des frégates" the shipyard builds, not Lorient.
func (d *doc) complementSubject(s, e int) bool {
	_, end := d.bounds(e)
	return d.afterPreposition(s) && e < end && d.tz.toks[e].gap&gBreak == 0 && d.verbAt(e)
}

// frontedPlace reports whether the name at token s follows a preposition
// that opens its sentence or an incidental phrase set off by a comma, as a
// place does: in "Dans les Hauts-de-France, la start-up X…" and in "Sur la
// technopole, à Valbonne, l'institut X…" the apposition is about X.
func (d *doc) frontedPlace(s int) bool {
	first, _ := d.bounds(s)
	j := s - 1
	if j > first && d.glued(s) && d.role(j)&roleDet != 0 {
		j--
	}
	if j < first || !d.glued(j+1) {
		return false
	}
	opens := j == first || d.tz.toks[j].gap&(gSentence|gPara) != 0 || d.commaBefore(j)
	return opens && (d.is(j, "en") || d.is(j, "a") || d.is(j, "au") || d.is(j, "aux") || d.is(j, "dans"))
}

// frontedParticiple reports whether the one word [s, e) opens its sentence,
// is written as a past participle and is followed by a comma: in
// "Sollicitée, l'entreprise ne souhaite pas commenter" it qualifies the
// subject that follows and names nothing.
func (d *doc) frontedParticiple(s, e int) bool {
	first, end := d.bounds(s)
	if e-s != 1 || e >= end || d.tz.toks[e].gap&gComma == 0 {
		return false
	}
	return (s == first || d.tz.toks[s].gap&(gSentence|gPara) != 0) && d.participle(s)
}

// afterPreposition reports whether token s follows "de", "à", "en" or "au":
// in "le centre de Lugano, une machine…" the apposition is about the noun
// before the preposition, not about the name after it.
func (d *doc) afterPreposition(s int) bool {
	first, _ := d.bounds(s)
	if s == first || !d.glued(s) {
		return false
	}
	for _, w := range []string{"de", "d", "du", "a", "au", "en"} {
		if d.is(s-1, w) {
			return true
		}
	}
	return false
}

// validName reports whether tokens [s, e) can be the name of an unknown
// organisation or machine: not a person, a place, an event, a law, a product,
// a chip model or a common word.
func (d *doc) validName(s, e int, kind Kind, persons map[string]bool) bool {
	first, _ := d.bounds(s)
	if e-s == 0 || !d.free(s, e) {
		return false
	}
	if s > first && d.glued(s) && d.role(s-1)&(roleTitle|roleFirstName) != 0 && d.tz.toks[s-1].flags&fUpper != 0 {
		return false
	}
	if d.titledPerson(s) || d.ofPlaceNoun(s) {
		return false // "la zone de Carling, la société…" names a place
	}
	// a firm suffix says a firm is meant even after a first name: "Morgan
	// Stanley Infrastructure Partners"
	firm := kind == Organisation && e-s >= 2 && firmSuffixes[string(d.folded(e-1))]
	letters := 0
	for i := s; i < e; i++ {
		rl := d.role(i)
		w := d.folded(i)
		if rl&(roleEvent|rolePerson) != 0 || isChipModel(string(w)) || persons[string(w)] && !firm {
			return false
		}
		if i == s && rl&(roleFirstName|roleTitle) != 0 && kind == Organisation && !firm {
			return false
		}
		if d.tz.toks[i].flags&fLetter != 0 {
			letters += len(w)
		}
	}
	if letters < 2 {
		return false
	}
	if e-s == 1 && d.role(s)&(rolePlace|roleCommon|roleHead|roleSuffix|roleTitle|roleMachineCue|roleOrgNoun|roleAdj) != 0 {
		return false
	}
	if kind == Organisation && d.things[d.phrase(s, e)] {
		return false // "le tokamak WEST" then "responsable de WEST"
	}
	allPlaces := true
	for i := s; i < e; i++ {
		allPlaces = allPlaces && d.role(i)&rolePlace != 0
	}
	return !allPlaces && !excludedPhrases[d.phrase(s, e)]
}

// bodyThingNouns are the folded nouns of named things whose name is also a
// body's: a school, a college, a hospital or a museum is an organisation too, so
// findThings leaves their names out.
var bodyThingNouns = toSet(`lycee|college|hopital|musee`)

// findThings collects the names that the document gives to a thing other
// than an organisation right after its noun ("le tokamak WEST", "la sonde
// Juice", "le prix Turing"): the same words elsewhere name that thing too.
func (d *doc) findThings() {
	clear(d.things)
	for f := range 2 {
		for j := d.first[f]; j+1 < d.end[f]; j++ {
			if d.role(j)&roleNamed == 0 || bodyThingNouns[string(d.folded(j))] || d.cover[j+1] != 0 || !d.named(j+1) {
				continue
			}
			if e := d.capitalRun(j+1, maxUnknownWords); e > j+1 {
				if d.things == nil {
					d.things = map[string]bool{}
				}
				d.things[d.phrase(j+1, e)] = true
			}
		}
	}
}

// titledPerson reports whether token s follows a lower-case title after a
// determiner, which names a person: "le président Lula", "la ministre Chappaz".
func (d *doc) titledPerson(s int) bool {
	first, _ := d.bounds(s)
	return s-1 > first && d.glued(s) && d.glued(s-1) && d.role(s-1)&roleTitle != 0 &&
		d.tz.toks[s-1].flags&fUpper == 0 && d.role(s-2)&roleDet != 0
}

// phrase returns the folded words of tokens [s, e) joined by spaces.
func (d *doc) phrase(s, e int) string {
	var b []byte
	for i := s; i < e; i++ {
		if i > s {
			b = append(b, ' ')
		}
		b = append(b, d.folded(i)...)
	}
	return string(b)
}

// persons returns the folded words that follow a first name or a title in
// the document ("Niel" after "Xavier", "Barrot" after "Jean-Noël"): they name
// people, not organisations.
func (d *doc) persons() map[string]bool {
	var set map[string]bool
	toks := d.tz.toks
	for f := range 2 {
		for i := d.first[f]; i < d.end[f]; i++ {
			if toks[i].flags&fUpper == 0 || d.role(i)&(roleFirstName|roleTitle) == 0 {
				continue
			}
			for k := i + 1; k < d.end[f] && k <= i+3 && d.glued(k) && toks[k].flags&fUpper != 0; k++ {
				if d.cover[k] != 0 || d.role(k)&roleCommon != 0 {
					break
				}
				if set == nil {
					set = map[string]bool{}
				}
				set[string(d.folded(k))] = true
			}
		}
	}
	return set
}

// acceptUnknown accepts tokens [s, e) as an organisation or a machine that is
// in no list, named as written, and looks for the same name elsewhere.
func (d *doc) acceptUnknown(s, e int, kind Kind) {
	f := d.fieldOf(s)
	name := d.text[f][d.tz.toks[s].start:d.tz.toks[e-1].end]
	for _, df := range d.forms {
		if df.entry < 0 && df.kind == kind && df.key == d.phrase(s, e) {
			name = df.name // the same name met before keeps its first spelling
			break
		}
	}
	d.accept(span{s: s, e: e, kind: kind, entry: -1, name: name})
	d.addForm(docForm{words: d.words(s, e), entry: -1, kind: kind, name: name})
	if e-s >= 2 && (d.role(e-1)&roleSuffix != 0 || firmSuffixes[string(d.folded(e-1))]) && d.role(s)&roleCommon == 0 {
		// the short form: "Vetoquant" for "Vetoquant Labs", also when it
		// came first ("filiale de Cassava" before "Cassava Technologies")
		short := d.phrase(s, e-1)
		d.addForm(docForm{words: d.words(s, e-1), entry: -1, kind: kind, name: name})
		for i := range d.spans {
			sp := &d.spans[i]
			if sp.state == accepted && sp.entry < 0 && sp.kind == kind && d.phrase(sp.s, sp.e) == short {
				sp.name = name
			}
		}
	}
}

// words returns the folded words of tokens [s, e).
func (d *doc) words(s, e int) []string {
	out := make([]string, 0, e-s)
	for i := s; i < e; i++ {
		out = append(out, string(d.folded(i)))
	}
	return out
}

// findAcronyms links an acronym in parentheses to the name before it:
// "Centre de supercalcul de Jülich (JSC)". When one of the two is listed the
// other takes its canonical name; when neither is and the name starts with
// the head word of an organisation ("Centre", "Institut", "Agence"…), both are
// a new organisation named by the long form.
func (d *doc) findAcronyms() {
	toks := d.tz.toks
	for f := range 2 {
		for i := d.first[f] + 1; i < d.end[f]; i++ {
			if toks[i].gap&gOpen == 0 {
				continue
			}
			j := i + 1 // end of the parenthesis
			if c := d.cover[i]; c != 0 {
				j = d.spans[c-1].e
				if d.spans[c-1].s != i {
					continue
				}
			}
			if j <= d.end[f] && toks[j].gap&gClose != 0 {
				d.linkAcronym(i, i, j)
				continue
			}
			d.linkExpansion(i)
		}
	}
	for f := range 2 {
		for i := d.first[f] + 1; i < d.end[f]; i++ {
			if toks[i].gap&gComma != 0 && toks[i].gap&^gComma == 0 && d.role(i)&roleDet != 0 && d.commaBefore(i) {
				d.linkApposedAcronym(i)
			}
		}
	}
}

// linkApposedAcronym handles an acronym set off by commas after its long
// form, behind the determiner at token det: "le Centre national du cinéma et
// de l'image animée, le CNC, a…", "le Bureau européen des unions de
// consommateurs, le BEUC, réclame…". The acronym is a word in capitals or a
// listed organisation, and the apposition closes right after it.
func (d *doc) linkApposedAcronym(det int) {
	_, end := d.bounds(det)
	toks := d.tz.toks
	a := det + 1
	if a >= end || !d.glued(a) || d.role(a)&roleCommon != 0 {
		return
	}
	j := a + 1
	if c := d.cover[a]; c != 0 {
		if d.spans[c-1].s != a || d.spans[c-1].kind != Organisation {
			return
		}
		j = d.spans[c-1].e
	} else if toks[a].flags&fDigit != 0 || toks[a].end-toks[a].start < 2 ||
		toks[a].flags&fAllUpper == 0 && (toks[a].flags&fUpper == 0 || toks[a].end-toks[a].start < 4) {
		return // an acronym in capitals, or written out with one capital and four letters or more: "la Fapesp"
	}
	if j < end && toks[j].gap&(gComma|gSentence|gClose|gPara) == 0 {
		return // no apposition: ", le CNC de Paris"
	}
	if c := d.cover[det-1]; c != 0 && d.cover[a] == 0 {
		// after a name found: only its own initials make the acronym its short form
		long := d.spans[c-1]
		letters := acronymLetters(d.text[d.fieldOf(a)][toks[a].start:toks[j-1].end])
		if long.kind != Organisation || !d.initialsCover(long.s, long.e, letters) {
			return
		}
	}
	d.linkAcronym(det, a, j)
}

// linkExpansion handles a long form in parentheses after an acronym: "l'ANP
// (Agence nationale des pêches)". The long form starts at token i with a
// capitalised head word and takes the acronym's letters as initials.
func (d *doc) linkExpansion(i int) {
	first, end := d.bounds(i)
	toks := d.tz.toks
	a := i - 1
	if a < first || d.role(i)&roleHead == 0 || toks[i].flags&fUpper == 0 || !d.free(i, i+1) {
		return
	}
	j := i + 1
	for j < end && j-i <= 12 && d.glued(j) && d.cover[j] == 0 {
		j++
	}
	if j >= end+1 || toks[j].gap&gClose == 0 || j-i < 2 {
		return
	}
	acrS := a
	if c := d.cover[a]; c != 0 {
		acrS = d.spans[c-1].s
	} else if toks[a].flags&fAllUpper == 0 || toks[a].end-toks[a].start < 2 {
		return
	}
	letters := acronymLetters(d.text[d.fieldOf(i)][toks[acrS].start:toks[a].end])
	if len(letters) < 2 || len(letters) > 8 || !d.initialsCover(i, j, letters) {
		return
	}
	if c := d.cover[a]; c != 0 {
		if acr := d.spans[c-1]; acr.kind == Organisation {
			d.accept(span{s: i, e: j, kind: acr.kind, entry: acr.entry, name: acr.name})
		}
		return
	}
	name := d.text[d.fieldOf(i)][toks[i].start:toks[j-1].end]
	d.accept(span{s: a, e: a + 1, kind: Organisation, entry: -1, name: name})
	d.accept(span{s: i, e: j, kind: Organisation, entry: -1, name: name})
	d.addForm(docForm{words: d.words(a, a+1), entry: -1, kind: Organisation, name: name})
	d.addForm(docForm{words: d.words(i, j), entry: -1, kind: Organisation, name: name})
}

// linkAcronym handles the acronym of tokens [i, j), between parentheses or
// commas, whose long form ends before token le.
func (d *doc) linkAcronym(le, i, j int) {
	toks := d.tz.toks
	acr := d.cover[i]
	// a written-out acronym is capitalised only, "(Onisep)", and has four letters or more
	short := toks[i].flags&fAllUpper == 0 && (toks[i].flags&fUpper == 0 || toks[i].end-toks[i].start < 4)
	if acr == 0 && (j-i != 1 || short || toks[i].end-toks[i].start < 2) {
		return
	}
	letters := acronymLetters(d.text[d.fieldOf(i)][toks[i].start:toks[j-1].end])
	if len(letters) < 2 || len(letters) > 8 {
		return
	}
	// The long form just before: an accepted span, or free words back to a head word.
	if c := d.cover[le-1]; c != 0 {
		long := d.spans[c-1]
		if k := d.ofBefore(long.s); k > 0 && acr != 0 && long.kind == Organisation && d.spans[acr-1].entry != long.entry &&
			!d.initialsCover(long.s, long.e, letters) {
			// the name before is the complement of the long form: "le Centre
			// interdisciplinaire … de l'université de Varsovie, l'ICM,"
			le = k
		}
	}
	if c := d.cover[le-1]; c != 0 {
		long := d.spans[c-1]
		switch {
		case long.kind != Organisation:
		case acr == 0:
			if d.initialAmong(long.s, long.e, letters[0]) {
				d.accept(span{s: i, e: j, kind: long.kind, entry: long.entry, name: long.name})
				d.addForm(docForm{words: d.words(i, j), entry: long.entry, kind: long.kind, name: long.name})
			}
		case d.spans[acr-1].kind == Organisation && d.spans[acr-1].entry != long.entry &&
			d.initialsCover(long.s, long.e, letters):
			// A listed acronym of another organisation, defined here as the
			// short form of the name before it: "le Comité européen de la
			// protection des données (CEPD)" is not the Contrôleur (CEPD).
			d.redefine(i, j, d.spans[acr-1].entry, long)
		}
		return
	}
	s := d.expansionStart(le, letters)
	if s < 0 && acr == 0 {
		s = d.translatedExpansionStart(le, letters)
	}
	if s < 0 {
		return
	}
	if acr != 0 {
		a := d.spans[acr-1]
		switch {
		case a.kind != Organisation:
		case a.entry >= 0 && d.namesOther(s, le, a.entry):
			// the listed acronym of another organisation, defined here anew:
			// "la Fédération française de tennis (FFT)" is not the FFT of telecoms
			name := d.text[d.fieldOf(i)][toks[s].start:toks[le-1].end]
			long := span{s: s, e: le, kind: Organisation, entry: -1, name: name}
			d.accept(long)
			d.addForm(docForm{words: d.words(s, le), entry: -1, kind: Organisation, name: name})
			d.redefine(i, j, a.entry, long)
		default:
			d.accept(span{s: s, e: le, kind: a.kind, entry: a.entry, name: a.name})
		}
		return
	}
	name := d.text[d.fieldOf(i)][toks[s].start:toks[le-1].end]
	d.accept(span{s: s, e: le, kind: Organisation, entry: -1, name: name})
	d.accept(span{s: i, e: j, kind: Organisation, entry: -1, name: name})
	d.addForm(docForm{words: d.words(i, j), entry: -1, kind: Organisation, name: name})
	d.addForm(docForm{words: d.words(s, le), entry: -1, kind: Organisation, name: name})
}

// ofBefore returns the token of "de" or "du" that joins the name at token s
// to the words before it ("… de l'université de Varsovie"), or 0.
func (d *doc) ofBefore(s int) int {
	first, _ := d.bounds(s)
	switch {
	case s-2 > first && d.glued(s) && d.glued(s-1) && d.is(s-2, "de") && (d.is(s-1, "l") || d.is(s-1, "la")):
		return s - 2
	case s-1 > first && d.glued(s) && (d.is(s-1, "du") || d.is(s-1, "des")):
		return s - 1
	}
	return 0
}

// namesOther reports whether the long form of tokens [s, e) names another
// organisation than the listed entry: a sibling that opens with the same two
// content words as one of the entry's names but misses one of that name's
// other content words, or two of them when it has four or more ("Fédération
// française de tennis" beside "Fédération française des télécoms"). A long
// form in another language ("Centre suisse de calcul scientifique" for the
// Swiss National Supercomputing Centre) is left to the listed entry.
func (d *doc) namesOther(s, e int, entry int32) bool {
	written := map[string]bool{}
	var lead []string
	for _, w := range d.words(s, e) {
		written[w] = true
		if len(w) > 3 && len(lead) < 2 {
			lead = append(lead, w)
		}
	}
	if len(lead) < 2 {
		return false
	}
	other, names, stranger := false, 0, true
	for _, fm := range d.r.forms {
		if fm.entry != entry || len(fm.raw) < 2 {
			continue
		}
		var content []string
		miss := 0
		for _, w := range fm.raw {
			if fw := fold(w); len(fw) > 3 {
				content = append(content, fw)
				if !written[fw] {
					miss++
				}
				stranger = stranger && !d.cognateWritten(fw, written)
			}
		}
		if miss == 0 || miss == 1 && len(content) >= 4 {
			return false
		}
		names++
		other = other || len(content) >= 3 && content[0] == lead[0] && content[1] == lead[1]
	}
	// a long form that shares no word, nor the stem of one, with any of the
	// entry's names names another body: "le Centre interdisciplinaire de
	// modélisation mathématique et informatique, l'ICM," is not the Paris
	// Brain Institute (ICM)
	return other || names > 0 && stranger
}

// cognateWritten reports whether the folded content word w, or a word of the
// same stem in another language ("securite" and "security", "centre" and
// "center"), is among the written words.
func (d *doc) cognateWritten(w string, written map[string]bool) bool {
	if written[w] {
		return true
	}
	for x := range written {
		n := 0
		for n < len(x) && n < len(w) && x[n] == w[n] {
			n++
		}
		if len(x) > 3 && (n >= 5 || n >= 4 && (n == len(x) || n == len(w))) {
			return true
		}
	}
	return false
}

// redefine gives every accepted mention of the listed entry old written as
// tokens [i, j) the entry and name of span long, which the document defines
// as their meaning.
func (d *doc) redefine(i, j int, old int32, long span) {
	words := strings.Join(d.words(i, j), " ")
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.state == accepted && sp.entry == old && strings.Join(d.words(sp.s, sp.e), " ") == words {
			sp.entry, sp.name = long.entry, long.name
		}
	}
	d.addForm(docForm{words: d.words(i, j), entry: long.entry, kind: long.kind, name: long.name})
}

// initialAmong reports whether one of the words of tokens [s, e) starts
// with the letter c. An acronym whose first letter starts none of them is not
// the short form of the name before it: in "l'université Mohammed VI
// Polytechnique (UM6P)" the name found is only "Polytechnique".
func (d *doc) initialAmong(s, e int, c byte) bool {
	for i := s; i < e; i++ {
		if w := d.folded(i); len(w) > 0 && w[0] == c {
			return true
		}
	}
	return false
}

// acronymLetters returns the folded letters of an acronym.
func acronymLetters(s string) []byte {
	var out []byte
	for _, c := range []byte(fold(s)) {
		if c >= 'a' && c <= 'z' {
			out = append(out, c)
		}
	}
	return out
}

// expansionStart returns the first token of the long form that ends before
// the parenthesis at token i and whose initials give the acronym's letters,
// or -1. The long form starts with a capitalised head word ("Centre") and
// crosses no punctuation.
func (d *doc) expansionStart(i int, letters []byte) int {
	first, _ := d.bounds(i)
	for s := i - 1; s >= first && i-s <= 12; s-- {
		if s+1 < i && !d.glued(s+1) || d.cover[s] != 0 {
			break
		}
		if d.role(s)&roleHead != 0 && d.tz.toks[s].flags&fUpper != 0 && d.initialsCover(s, i, letters) {
			return s
		}
	}
	return d.englishExpansionStart(i, letters)
}

// englishHeads are the last words of an English organisation's name.
var englishHeads = toSet(`company|organisation|organization|corporation|agency|authority|institute|council
	|foundation|association|society|federation|league|union|bureau|laboratory|alliance|committee|board`)

// englishExpansionStart returns the first token of a long form in English
// word order that ends before the parenthesis at token i: capitalised words,
// the last of them a head ("Amaury Sport Organisation (ASO)", "Automotive
// Cells Company (ACC)"), one word per letter of the acronym. It returns -1
// when there is none.
func (d *doc) englishExpansionStart(i int, letters []byte) int {
	first, _ := d.bounds(i)
	toks := d.tz.toks
	if i-1 < first || toks[i-1].flags&fUpper == 0 || !englishHeads[string(d.folded(i-1))] {
		return -1
	}
	s := i - len(letters)
	if s < first {
		return -1
	}
	for k := s; k < i; k++ {
		if d.cover[k] != 0 || toks[k].flags&fUpper == 0 || d.role(k)&(roleCommon|roleEvent) != 0 || k > s && !d.glued(k) {
			return -1
		}
		if w := d.folded(k); len(w) == 0 || w[0] != letters[k-s] {
			return -1
		}
	}
	if s > first && d.glued(s) && toks[s-1].flags&fUpper != 0 && d.role(s-1)&roleCommon == 0 {
		return -1 // a longer capitalised name whose initials are not the acronym's
	}
	return s
}

// initialsCover reports whether the initials of the content words of tokens
// [s, e) are the acronym's letters, in any order ("Centre de supercalcul de
// Jülich" for "JSC"), give or take two words.
func (d *doc) initialsCover(s, e int, letters []byte) bool {
	// a few acronyms also take the "d" of "de" or "des": "Société des gens
	// de lettres (SGDL)"
	return d.initialsOf(s, e, letters, false) || d.initialsOf(s, e, letters, true)
}

// translatedExpansionStart returns the first token of a long form of three
// words or more that ends before token i and opens with a head word sharing
// only the acronym's first letter, or -1. A foreign body's acronym is kept in
// its own language while the press translates its name: "le Laboratoire
// national de calcul scientifique, le LNCC,", "le Centre national
// d'intelligence artificielle, le Cenia,".
func (d *doc) translatedExpansionStart(i int, letters []byte) int {
	first, _ := d.bounds(i)
	for s := i - 1; s >= first && i-s <= 12; s-- {
		if s+1 < i && !d.glued(s+1) || d.cover[s] != 0 {
			return -1
		}
		if d.role(s)&roleHead == 0 || d.tz.toks[s].flags&fUpper == 0 {
			continue
		}
		if w := d.folded(s); i-s < 3 || w[0] != letters[0] || s > first && d.role(s-1)&(roleDet|roleLink) == 0 ||
			2*d.initialsShared(s, i, letters) < len(letters) {
			return -1
		}
		return s
	}
	return -1
}

// initialsShared counts the letters of an acronym that are initials of the
// words of tokens [s, e), each initial used once.
func (d *doc) initialsShared(s, e int, letters []byte) int {
	var count [26]int
	for i := s; i < e; i++ {
		if w := d.folded(i); len(w) > 0 && w[0] >= 'a' && w[0] <= 'z' && d.role(i)&(roleLink|roleDet) == 0 {
			count[w[0]-'a']++
		}
	}
	n := 0
	for _, c := range letters {
		if c >= 'a' && c <= 'z' && count[c-'a'] > 0 {
			count[c-'a']--
			n++
		}
	}
	return n
}

// initialsOf is initialsCover, with the words "de", "des", "du" and "d'"
// counted as content words when withDe is set.
func (d *doc) initialsOf(s, e int, letters []byte, withDe bool) bool {
	var count [26]int
	words := 0
	for i := s; i < e; i++ {
		w := d.folded(i)
		de := withDe && (d.is(i, "de") || d.is(i, "des") || d.is(i, "du") || d.is(i, "d"))
		if len(w) == 0 || !de && d.role(i)&(roleLink|roleDet) != 0 || d.is(i, "et") || d.is(i, "en") || d.is(i, "pour") || d.is(i, "a") || d.is(i, "aux") || d.is(i, "au") {
			continue
		}
		if w[0] >= 'a' && w[0] <= 'z' {
			count[w[0]-'a']++
			words++
		}
	}
	if words < len(letters) || words > len(letters)+2 {
		return false
	}
	for _, c := range letters {
		if count[c-'a'] == 0 {
			return false
		}
		count[c-'a']--
	}
	return true
}
