package entity

import "strings"

// orgCue returns the distance in words from tokens [s, e) to a cue that says
// they name an organisation, or 0 if there is none. Cues before the name are
// a noun such as "start-up", "société", "groupe", "chez", "partenariat
// avec", with adjectives between ("la start-up française H"), or a
// nationality after a determiner ("l'américain Meta"). Cues after it are an
// apposition (", la start-up", "(start-up)", ", spécialiste de", ", le
// principal opérateur") or a verb ("a levé", "annonce", "vient d'annoncer",
// "s'associe").
func (d *doc) orgCue(s, e int) int {
	if dist := d.orgCueBefore(s); dist > 0 {
		return dist
	}
	if d.orgCueAfter(s, e) {
		// after the name, farther than a cue just before it: in "la machine
		// Jules Verne, le consortium…" the machine cue wins.
		return 2
	}
	return 0
}

func (d *doc) orgCueBefore(s int) int {
	first, _ := d.bounds(s)
	for j, dist := s-1, 1; j >= first && dist <= 4; j, dist = j-1, dist+1 {
		if !d.glued(j + 1) {
			return 0
		}
		if d.isOrgNoun(j) {
			return dist
		}
		rl := d.role(j)
		if rl&roleNat != 0 && j-1 >= first && d.glued(j) && (d.role(j-1)&roleDet != 0 || d.detContraction(j-1)) {
			return dist
		}
		if rl&(roleAdj|roleLink|roleDet) == 0 {
			return 0
		}
	}
	return 0
}

// detContraction reports whether token i is a preposition fused with the
// article ("au", "aux", "du"), which introduces a nationality used as a noun
// as well as a determiner does: "confié au suisse Sportradar", "le rachat du
// suédois Kindred".
func (d *doc) detContraction(i int) bool {
	return d.is(i, "au") || d.is(i, "aux") || d.is(i, "du")
}

// isOrgNoun reports whether token i is a noun after which an organisation's
// name comes: "société", "start-up" (its "up"), "spin-off" (its "off"), "jeune
// pousse" (its "pousse"), "équipe" after a determiner.
func (d *doc) isOrgNoun(i int) bool {
	if d.role(i)&roleOrgNoun == 0 {
		return false
	}
	first, _ := d.bounds(i)
	switch {
	case d.is(i, "up"):
		return i > first && (d.is(i-1, "start") || d.is(i-1, "scale"))
	case d.is(i, "off"):
		return i > first && d.is(i-1, "spin")
	case d.is(i, "pousse"):
		return i > first && d.is(i-1, "jeune")
	case d.is(i, "equipe"):
		// the noun after a determiner, not the verb: "l'équipe X", not "X équipe Y"
		return i > first && d.glued(i) && d.role(i-1)&roleDet != 0
	}
	return true
}

// isApposition reports whether token i starts a noun that, after a comma or
// in parentheses, says the name before is an organisation.
func (d *doc) isApposition(i int) bool {
	_, end := d.bounds(i)
	if i >= end || d.role(i)&roleAppos == 0 {
		return false
	}
	switch {
	case d.is(i, "start") || d.is(i, "scale"):
		return i+1 < end && d.is(i+1, "up")
	case d.is(i, "spin"):
		return i+1 < end && d.is(i+1, "off")
	case d.is(i, "jeune"):
		return i+1 < end && d.is(i+1, "pousse")
	case d.is(i, "up") || d.is(i, "off") || d.is(i, "pousse"):
		return false
	case d.role(i)&roleHead != 0 && d.tz.toks[i].flags&fUpper != 0 && d.tz.toks[i].flags&fAllUpper == 0:
		// a capitalised head word starts a name of its own: in "Défense :
		// l'Agence ministérielle pour l'IA accélère" the agency is no
		// apposition to "Défense"
		return false
	}
	return true
}

// clauseSubject reports whether the noun at token k, after a comma, is
// followed by a verb: it then starts a new clause and is no apposition to the
// name before the comma ("installé à Croix, le groupe a commandé…", "Contactée,
// la société n'a pas répondu").
func (d *doc) clauseSubject(k int) bool {
	if d.is(k, "start") || d.is(k, "scale") || d.is(k, "spin") || d.is(k, "jeune") {
		k++ // the noun is two words: "start-up", "spin-off", "jeune pousse"
	}
	_, end := d.bounds(k)
	if k+2 < end && d.glued(k+1) && d.glued(k+2) && (d.is(k+1, "n") || d.is(k+1, "ne")) {
		k++ // a negation before the verb: "Contactée, la société n'a pas répondu"
	}
	if k+2 < end && d.glued(k+1) && d.glued(k+2) && (d.is(k+1, "de") || d.is(k+1, "du") || d.is(k+1, "d")) {
		// a capitalised complement before the verb: "en Bourse, la société de
		// Jérusalem fournit…", where the noun is the subject of its own clause
		r := d.capitalRun(k+2, maxUnknownWords)
		if c := d.cover[k+2]; c != 0 {
			r = d.spans[c-1].e
		}
		if r > k+2 && r-1 < end {
			k = r - 1
		}
	}
	if k+1 >= end || !d.glued(k+1) || d.role(k+1)&(roleAux|roleVerb) == 0 {
		return false
	}
	t := d.tz.toks[k+1]
	w := d.text[d.fieldOf(k+1)][t.start:t.end]
	// "qui", "de" and "à" (folded "a") start a complement, not a verb
	return w != "à" && w != "À" && !d.is(k+1, "qui") && !d.is(k+1, "de") && !d.is(k+1, "d")
}

func (d *doc) orgCueAfter(s, e int) bool {
	_, end := d.bounds(e)
	if e >= end {
		return false
	}
	g := d.tz.toks[e].gap
	k := e
	switch {
	case g&gOpen != 0 && g&^(gOpen|gOther) == 0:
		return d.isApposition(k) || d.seatInParens(k) && !d.atPlace(s)
	case g&gComma != 0 && g&^gComma == 0:
		if d.is(k, "qui") {
			if d.verbAt(k + 1) {
				return true
			}
			// ", qui suit les chargements de ses clients, avait levé": the verb after the relative clause
			m := d.relativeEnd(k)
			return m > 0 && d.verbAt(m) && d.businessVerbNear(m)
		}
		if m := d.incidentEnd(k); m > 0 && d.verbAt(m) && d.businessVerbNear(m) {
			return true // ", installé à San Francisco, a levé": the verb after the incident clause
		}
		if d.pluralAfterColon(k) {
			return false // "Climat : les start-up du carbone misent…" opens a topic, not an apposition
		}
		if d.is(k, "autre") && k+1 < end && d.glued(k+1) {
			k++ // ", autre filiale du groupe"
		} else if d.role(k)&roleDet != 0 && k+1 < end && d.glued(k+1) {
			k++
			if d.role(k)&roleAdj != 0 && d.tz.toks[k].flags&fUpper == 0 && k+1 < end && d.glued(k+1) && !d.isApposition(k) {
				k++ // ", le principal opérateur", but ", une jeune pousse" is the noun
			}
		} else if d.role(k)&roleAdj != 0 && d.tz.toks[k].flags&fUpper == 0 && k+1 < end && d.glued(k+1) && !d.isApposition(k) {
			k++ // without a determiner: ", premier groupe coopératif"
		}
		return d.isApposition(k) && !d.clauseSubject(k)
	case g&gBreak == 0:
		return d.verbAt(k)
	}
	return false
}

// pluralAfterColon reports whether token k follows a colon and is a plural
// determiner: the words before the colon are then a topic that the plural
// noun after it develops ("Climat : les start-up du carbone misent sur
// l'IA"), not one organisation that the noun describes.
func (d *doc) pluralAfterColon(k int) bool {
	if !d.is(k, "les") && !d.is(k, "des") && !d.is(k, "ces") {
		return false
	}
	first, _ := d.bounds(k)
	from := int32(0)
	if k > first {
		from = d.tz.toks[k-1].end
	}
	return strings.TrimSpace(d.text[d.fieldOf(k)][from:d.tz.toks[k].start]) == ":"
}

// seatInParens reports whether token k, after an opening parenthesis, is a
// city or a country alone in the parentheses, as a news digest gives the
// seat of a company: "Dust (Paris), Photoroom (Paris) et Synthesia
// (Londres)".
func (d *doc) seatInParens(k int) bool {
	_, end := d.bounds(k)
	toks := d.tz.toks
	if d.role(k)&rolePlace == 0 || toks[k].flags&fUpper == 0 {
		return false
	}
	for m := k + 1; m < end && m-k <= 2; m++ {
		if toks[m].gap&gClose != 0 {
			return true
		}
		if toks[m].gap&^gHyphen != 0 || d.role(m)&rolePlace == 0 {
			return false // "(San Francisco)", "(Royaume-Uni)", nothing else
		}
	}
	return false
}

// atPlace reports whether the name at token s follows a preposition of
// place, where it names a town and the parentheses its département: "à Nozay
// (Essonne)".
func (d *doc) atPlace(s int) bool {
	first, _ := d.bounds(s)
	if s == first || !d.glued(s) {
		return false
	}
	return d.is(s-1, "a") || d.is(s-1, "en") || d.is(s-1, "au") || d.is(s-1, "de") || d.is(s-1, "d") || d.is(s-1, "pres")
}

// incidentEnd returns the token after an incident clause that opens at token
// k with a lower-case past participle and a place or date ("installé à San
// Francisco", "fondée en 2021") and closes with a comma within eight words, or
// 0 when there is none.
func (d *doc) incidentEnd(k int) int {
	_, end := d.bounds(k)
	toks := d.tz.toks
	if k+2 >= end || toks[k].flags&fUpper != 0 || !d.participle(k) || !d.glued(k+1) ||
		!(d.is(k+1, "a") || d.is(k+1, "en") || d.is(k+1, "au") || d.is(k+1, "aux") || d.is(k+1, "dans")) {
		return 0
	}
	for m := k + 2; m < end && m-k <= 8; m++ {
		g := toks[m].gap
		switch {
		case g&gComma != 0 && g&^gComma == 0:
			return m
		case !d.glued(m):
			return 0
		}
	}
	return 0
}

// maxRelativeWords is the longest relative clause, in words, after which a
// business verb still has the name before it for subject.
const maxRelativeWords = 16

// relativeEnd returns the token after a relative clause that opens with "qui"
// at token k and closes with a comma within maxRelativeWords words, crossing
// no other punctuation, or 0 when there is none.
func (d *doc) relativeEnd(k int) int {
	_, end := d.bounds(k)
	toks := d.tz.toks
	for m := k + 1; m < end && m-k <= maxRelativeWords; m++ {
		g := toks[m].gap
		switch {
		case g&gComma != 0 && g&^gComma == 0 && d.commaBefore(m):
			return m
		case !d.glued(m):
			return 0
		}
	}
	return 0
}

// businessVerbs are the cue verbs only a company or a body does: a machine
// described by an incident clause ("JUPITER, installé à Jülich, a lancé ses
// calculs") may still launch or present, not raise funds or hire.
var businessVerbs = toSet(`leve|levee|rachete|rachetee|racheter|rachetera|recrute|embauche|acquiert|acquis
	|signe|investit|investi|emploie|associe|boucle`)

// raisingVerbs are the folded verbs by which a company raises funds: a name
// shaped like a person's is still a company's before them ("Proxima Fusion a
// bouclé un tour de table").
var raisingVerbs = toSet(`leve|levee|lever|boucle|bouclee|boucler`)

// agent reports whether the name at token s follows "par", as the agent of a
// participle: in "la jeune pousse fondée par Francesco Volpe a levé" the
// start-up raises, not its founder.
func (d *doc) agent(s int) bool {
	first, _ := d.bounds(s)
	return s > first && d.glued(s) && d.is(s-1, "par")
}

// raisesAfter reports whether a fund-raising verb starts at token k, after at
// most three auxiliaries: "lève", "a levé", "vient de boucler".
func (d *doc) raisesAfter(k int) bool {
	_, end := d.bounds(k)
	if k >= end || d.tz.toks[k].gap&gBreak != 0 {
		return false
	}
	for n := 0; k < end && n <= 3; k, n = k+1, n+1 {
		if n > 0 && !d.glued(k) {
			return false
		}
		if raisingVerbs[string(d.folded(k))] {
			return true
		}
		if d.role(k)&roleAux == 0 {
			return false
		}
	}
	return false
}

// businessVerbNear reports whether one of the four tokens from k is a
// business verb.
func (d *doc) businessVerbNear(k int) bool {
	_, end := d.bounds(k)
	for i := k; i < end && i < k+4; i++ {
		if businessVerbs[string(d.folded(i))] {
			return true
		}
	}
	return false
}

// verbAt reports whether a cue verb starts at token k, after at most three
// auxiliaries: "lève", "a levé", "vient d'annoncer", "s'associe".
func (d *doc) verbAt(k int) bool {
	_, end := d.bounds(k)
	for n := 0; k < end && n <= 3; k, n = k+1, n+1 {
		if n > 0 && !d.glued(k) {
			return false
		}
		rl := d.role(k)
		if rl&roleVerb != 0 {
			// "X lance" is a cue, "Récemment lancé" without an auxiliary is
			// not, nor is a passive: "X construit par Eviden"
			return n > 0 || !d.participle(k) && !(k+1 < end && d.glued(k+1) && d.is(k+1, "par"))
		}
		if rl&roleAux == 0 {
			return false
		}
	}
	return false
}

// Strengths of a machine cue.
const (
	noCue = iota
	weakCue
	strongCue
)

// participle reports whether token k is written as a past participle:
// "lancé", "annoncée", "rachetés".
func (d *doc) participle(k int) bool {
	t := d.tz.toks[k]
	w := strings.TrimRight(d.text[d.fieldOf(k)][t.start:t.end], "sS")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "e"), "E")
	return strings.HasSuffix(w, "é") || strings.HasSuffix(w, "É")
}

// machineCue returns the distance in words from tokens [s, e) to the
// nearest word that says a machine is meant, or 0 if there is none. A strong
// cue ("supercalculateur", "exaflopique", "Top500") counts within
// machineWindow words in the same paragraph. A weak one ("machine",
// "système", "cluster", "partition") counts only right before the name ("la
// partition Jean Zay", "les machines Aurora") or in an apposition right
// after it ("Eos, le cluster de NVIDIA"). A cue that the name completes with
// "de" ("la machine de Turing") does not count; a cue farther away does ("les
// supercalculateurs qui prendront le relais d'El Capitan").
func (d *doc) machineCue(s, e int) int {
	first, end := d.bounds(s)
	toks := d.tz.toks
	best := 0
	linked := s > first && d.glued(s) && (d.is(s-1, "de") || d.is(s-1, "du") || d.is(s-1, "d"))
	// a name given by a participle carries a weak cue farther back: "un
	// cluster de GPU baptisé Maestro"
	christened := s > first && d.glued(s) && namingWords[string(d.folded(s-1))]
	for j, dist := s-1, 1; j >= first && dist <= machineWindow; j, dist = j-1, dist+1 {
		if toks[j+1].gap&gPara != 0 {
			break
		}
		if linked && j == s-2 {
			continue // the cue is the noun the name completes: "la machine de Turing"
		}
		c := d.machineCueAt(j)
		if c == strongCue || c == weakCue && (christened || dist <= 2 && d.glued(j+1) && d.glued(s)) {
			best = dist
			break
		}
	}
	for j, dist := e, 1; j < end && dist <= machineWindow; j, dist = j+1, dist+1 {
		if best > 0 && dist >= best || toks[j].gap&gPara != 0 {
			break
		}
		c := d.machineCueAt(j)
		if c == strongCue || c == weakCue && d.appositionAt(e, j) {
			best = dist
			break
		}
	}
	return best
}

// namingWords are the folded participles that introduce a given name.
var namingWords = map[string]bool{"baptise": true, "baptisee": true, "baptises": true, "baptisees": true,
	"nomme": true, "nommee": true, "surnomme": true, "surnommee": true}

// appositionAt reports whether token j is the noun of an apposition to the
// name that ends before token e: "X (cluster…)", "X, le cluster…".
func (d *doc) appositionAt(e, j int) bool {
	g := d.tz.toks[e].gap
	if g&(gComma|gOpen) == 0 {
		return false
	}
	if j != e && (j != e+1 || d.role(e)&roleDet == 0 || !d.glued(j)) {
		return false
	}
	return !d.startsClause(j)
}

// startsClause reports whether the machine noun at token j, after a comma,
// is followed by its verb: it is then the subject of the next clause, not an
// apposition to the name before the comma ("sur le parc de Bristol and Bath,
// la machine compte…").
func (d *doc) startsClause(j int) bool {
	_, end := d.bounds(j)
	k := j + 1
	if k+1 < end && d.glued(k) && d.glued(k+1) && (d.is(k, "n") || d.is(k, "ne")) {
		k++ // a negation before the verb: "la machine n'est pas…"
	}
	// a participle such as "construit" may start an apposition's complement
	// ("Colossus, le cluster construit par xAI"): only verbs that cannot are
	// counted
	return k < end && d.glued(k) && clauseVerbs[string(d.folded(k))]
}

// clauseVerbs are the folded verbs in the present tense that follow a
// machine named as the subject of a clause: "la machine compte 5 448 puces".
var clauseVerbs = map[string]bool{"compte": true, "dispose": true, "offre": true, "affiche": true,
	"atteint": true, "totalise": true, "embarque": true, "repose": true, "occupe": true, "consomme": true,
	"est": true, "sera": true, "doit": true, "peut": true, "a": true, "ont": true, "avait": true, "va": true}

// machineCueAt returns the strength of the machine cue at token i.
func (d *doc) machineCueAt(i int) int {
	if d.role(i)&roleMachineCue == 0 {
		return noCue
	}
	if d.role(i)&roleWeakCue != 0 {
		_, end := d.bounds(i)
		if i+1 < end && d.is(i+1, "learning") {
			return noCue // "machine learning" is not a machine
		}
		return weakCue
	}
	return strongCue
}
