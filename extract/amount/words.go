package amount

import "github.com/veille-fr/veille"

// scaleWords are the multipliers written out in full.
var scaleWords = map[string]float64{
	"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
	"millard": 1e9, "millards": 1e9, "mrd": 1e9, "mrds": 1e9, "mio": 1e6, "bn": 1e9,
}

// scaleAbbrevs are multipliers that count only when a currency follows.
var scaleAbbrevs = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "md": 1e9, "mds": 1e9, "g": 1e9,
}

// currencies maps a lower-cased currency word, code or sign to its ISO 4217 code.
var currencies = map[string]string{
	"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR",
	"$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
	"£": "GBP", "gbp": "GBP", "chf": "CHF", "¥": "JPY", "yen": "JPY", "yens": "JPY", "jpy": "JPY",
	"yuan": "CNY", "yuans": "CNY", "cny": "CNY", "renminbi": "CNY", "cad": "CAD",
}

// currencyQualifiers refine a currency word by the word after it.
var currencyQualifiers = map[string]string{
	"canadien": "CAD", "canadiens": "CAD", "américain": "USD", "américains": "USD",
	"sterling": "GBP", "suisse": "CHF", "suisses": "CHF", "australiens": "AUD", "australien": "AUD",
	"danoise": "DKK", "danoises": "DKK", "suédoise": "SEK", "suédoises": "SEK",
	"norvégienne": "NOK", "norvégiennes": "NOK", "tchèque": "CZK", "tchèques": "CZK",
}

// currencyNeedsQualifier are currency words that name money only with their qualifier.
var currencyNeedsQualifier = map[string]bool{"livre": true, "livres": true, "franc": true, "francs": true,
	"couronne": true, "couronnes": true}

// numberWords are the French number words below one hundred.
var numberWords = map[string]float64{
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
	"huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
	"quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
	"cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "nonante": 90,
}

// moneyStems are word beginnings that make a sentence speak of money.
var moneyStems = []string{
	"invest", "lever", "lève", "levé", "financ", "coût", "coute", "coûte", "budget", "fonds",
	"valoris", "affaires", "subvention", "envelopp", "doté", "dotation", "prix", "mobilis",
	"dépens", "montant", "capital", "rachat", "rachet", "payé", "payer", "facturé", "débours",
	"apport", "inject", "promis", "promet", "addition", "factur", "chèque", "tarif", "ticket",
}

// moneyNouns are word beginnings of the nouns that, after "de", say that an
// amount without currency is money: "109 milliards d'investissements".
var moneyNouns = []string{
	"invest", "financ", "subvention", "crédit", "dette", "recette", "dépense", "revenu",
	"bénéfice", "capitaux", "prêt", "dotation", "levée", "commande", "argent", "fonds",
	"aides", "chiffre",
}

// qualifiers are the phrases before an amount, lower-cased, longest first.
var qualifiers = []struct {
	phrase string
	q      veille.Qualifier
}{
	{"près de", veille.QualifierAbout}, {"pres de", veille.QualifierAbout},
	{"environ", veille.QualifierAbout}, {"quelque", veille.QualifierAbout},
	{"autour de", veille.QualifierAbout}, {"plus de", veille.QualifierOver},
	{"au-delà de", veille.QualifierOver}, {"au moins", veille.QualifierAtLeast},
	{"au minimum", veille.QualifierAtLeast}, {"jusqu'à", veille.QualifierUpTo},
	{"jusqu’à", veille.QualifierUpTo}, {"au plus", veille.QualifierUpTo},
	{"au maximum", veille.QualifierUpTo}, {"moins de", veille.QualifierUnder},
}
