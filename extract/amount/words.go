package amount

import (
	"strings"

	"github.com/veille-fr/veille"
)

// scaleWords are the multipliers written out in full.
var scaleWords = map[string]float64{
	"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
	"millard": 1e9, "millards": 1e9, "mrd": 1e9, "mrds": 1e9, "mio": 1e6, "bn": 1e9,
	"crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, // Indian scales
}

// scaleAbbrevs are multipliers that count only when a currency follows.
var scaleAbbrevs = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "md": 1e9, "mds": 1e9, "g": 1e9,
}

// scaledCurrencies are the words of accounts that join a multiplier and a
// currency: "45 MEUR".
var scaledCurrencies = map[string]struct {
	scale float64
	code  string
}{
	"keur": {1e3, "EUR"}, "meur": {1e6, "EUR"}, "mdeur": {1e9, "EUR"}, "mrdeur": {1e9, "EUR"},
	"kusd": {1e3, "USD"}, "musd": {1e6, "USD"}, "mdusd": {1e9, "USD"},
}

// currencies maps a lower-cased currency word, code or sign to its ISO 4217 code.
var currencies = map[string]string{
	"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR",
	"$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
	"£": "GBP", "gbp": "GBP", "chf": "CHF", "¥": "JPY", "yen": "JPY", "yens": "JPY", "jpy": "JPY",
	"yuan": "CNY", "yuans": "CNY", "cny": "CNY", "renminbi": "CNY", "cad": "CAD",
	"roupie": "INR", "roupies": "INR", "inr": "INR", "won": "KRW", "wons": "KRW", "krw": "KRW",
	"rouble": "RUB", "roubles": "RUB", "zloty": "PLN", "zlotys": "PLN", "pln": "PLN",
	"fcfa": "XOF", "xof": "XOF", "xaf": "XAF", "reais": "BRL", "brl": "BRL",
	"₹": "INR", "₩": "KRW", "₪": "ILS",
	"hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "uah": "UAH",
	"rands": "ZAR", "zar": "ZAR", "naira": "NGN", "nairas": "NGN", "ngn": "NGN",
	"shekel": "ILS", "shekels": "ILS", "shequel": "ILS", "shequels": "ILS",
}

// countryCurrencies name, for a currency word that several countries use,
// the words of each country: near one country's words and no other's, a
// bare "dirhams" or "riyals" is that country's money.
var countryCurrencies = map[string][]struct {
	words map[string]bool
	code  string
}{
	"dirham":    {{moroccanWords, "MAD"}, {emiratiWords, "AED"}},
	"dirhams":   {{moroccanWords, "MAD"}, {emiratiWords, "AED"}},
	"riyal":     {{saudiWords, "SAR"}, {qatariWords, "QAR"}},
	"riyals":    {{saudiWords, "SAR"}, {qatariWords, "QAR"}},
	"franc":     {{swissWords, "CHF"}, {westAfricanWords, "XOF"}, {centralAfricanWords, "XAF"}, {pacificWords, "XPF"}},
	"francs":    {{swissWords, "CHF"}, {westAfricanWords, "XOF"}, {centralAfricanWords, "XAF"}, {pacificWords, "XPF"}},
	"couronne":  {{swedishWords, "SEK"}, {norwegianWords, "NOK"}, {danishWords, "DKK"}, {czechWords, "CZK"}},
	"couronnes": {{swedishWords, "SEK"}, {norwegianWords, "NOK"}, {danishWords, "DKK"}, {czechWords, "CZK"}},
	"shilling":  {{kenyanWords, "KES"}},
	"shillings": {{kenyanWords, "KES"}},
	"peso":      {{mexicanWords, "MXN"}, {chileanWords, "CLP"}, {argentineWords, "ARS"}, {colombianWords, "COP"}},
	"pesos":     {{mexicanWords, "MXN"}, {chileanWords, "CLP"}, {argentineWords, "ARS"}, {colombianWords, "COP"}},
	"$":         {{canadianWords, "CAD"}, {americanWords, "USD"}},
	"dollar":    {{canadianWords, "CAD"}, {americanWords, "USD"}},
	"dollars":   {{canadianWords, "CAD"}, {americanWords, "USD"}},
}

var (
	moroccanWords       = toWordSet("maroc marocain marocaine marocains marocaines rabat casablanca marrakech tanger fès agadir benguérir chérifien chérifienne")
	emiratiWords        = toWordSet("émirats émirati émiratis émirien émirienne abou abu dhabi dubaï dubai")
	saudiWords          = toWordSet("saoudite saoudien saoudienne saoudiens saoudiennes riyad djeddah neom royaume")
	qatariWords         = toWordSet("qatar qatari qataris qatarie qataries doha")
	swissWords          = toWordSet("suisse suisses helvétique helvétiques zurich zurichois zurichoise genève genevois genevoise lausanne lausannois berne bernois bâle bâlois lugano epfl eth")
	westAfricanWords    = toWordSet("sénégal sénégalais sénégalaise dakar côte ivoire ivoirien ivoirienne abidjan mali malien malienne bamako burkina faso burkinabè niger nigérien bénin béninois togo togolais uemoa bceao")
	centralAfricanWords = toWordSet("cameroun camerounais camerounaise douala yaoundé gabon gabonais libreville tchad tchadien centrafrique centrafricain cemac beac brazzaville")
	pacificWords        = toWordSet("calédonie calédonien calédonienne calédoniens nouméa polynésie polynésien polynésienne tahiti papeete wallis futuna")
	kenyanWords         = toWordSet("kenya kényan kényane kényans nairobi mombasa safaricom")
	swedishWords        = toWordSet("suède suédois suédoise suédoises stockholm göteborg linköping malmö uppsala")
	norwegianWords      = toWordSet("norvège norvégien norvégienne norvégiens oslo bergen trondheim")
	danishWords         = toWordSet("danemark danois danoise copenhague aarhus")
	czechWords          = toWordSet("tchèque tchèques prague brno ostrava")
	mexicanWords        = toWordSet("mexique mexicain mexicaine mexicains mexicaines mexico monterrey guadalajara")
	chileanWords        = toWordSet("chili chilien chilienne chiliens chiliennes santiago")
	argentineWords      = toWordSet("argentine argentin argentins argentines buenos aires")
	colombianWords      = toWordSet("colombie colombien colombienne colombiens bogota bogotá medellín")
	// Ottawa and Québec spend Canadian dollars; a company said to be
	// Canadian or from Montréal often raises American ones.
	canadianWords = toWordSet("ottawa québec")
	americanWords = toWordSet("américain américaine américains américaines washington californie californien californienne texas")
)

// toWordSet returns the words of a space-separated list as a set.
func toWordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// currencyQualifiers refine a currency word by the word after it.
var currencyQualifiers = map[string]string{
	"canadien": "CAD", "canadiens": "CAD", "américain": "USD", "américains": "USD",
	"sterling": "GBP", "suisse": "CHF", "suisses": "CHF", "australiens": "AUD", "australien": "AUD",
	"danoise": "DKK", "danoises": "DKK", "suédoise": "SEK", "suédoises": "SEK",
	"norvégienne": "NOK", "norvégiennes": "NOK", "tchèque": "CZK", "tchèques": "CZK",
	"taïwanais": "TWD", "taiwanais": "TWD", "singapourien": "SGD", "singapouriens": "SGD",
	"hongkongais": "HKD", "cfa": "XOF", "cfp": "XPF", "indienne": "INR", "indiennes": "INR",
	"indonésienne": "IDR", "indonésiennes": "IDR", "pakistanaise": "PKR", "pakistanaises": "PKR",
	"marocain": "MAD", "marocains": "MAD", "émirati": "AED", "émiratis": "AED",
	"saoudien": "SAR", "saoudiens": "SAR", "qatari": "QAR", "qataris": "QAR",
	"kényan": "KES", "kényans": "KES", "kenyan": "KES", "kenyans": "KES", "ougandais": "UGX",
	"tanzanien": "TZS", "tanzaniens": "TZS", "sud-africain": "ZAR", "sud-africains": "ZAR",
	"sg": "SGD", "can": "CAD",
	"turque": "TRY", "turques": "TRY", "égyptienne": "EGP", "égyptiennes": "EGP",
	"mexicain": "MXN", "mexicains": "MXN", "chilien": "CLP", "chiliens": "CLP",
	"argentin": "ARS", "argentins": "ARS", "colombien": "COP", "colombiens": "COP",
	"philippin": "PHP", "philippins": "PHP", "brésiliens": "BRL", "brésilien": "BRL",
}

// currencyPlaces refine a currency word by the place named after "de":
// "dollars de Hong Kong", "dollars de Singapour".
var currencyPlaces = map[string]string{
	"hong": "HKD", "singapour": "SGD", "taïwan": "TWD", "taiwan": "TWD",
}

// dollarPrefixes are the letters written against a dollar sign that name
// another dollar than the American one: "CA$", "HK$", "NT$".
var dollarPrefixes = map[string]string{
	"us": "USD", "ca": "CAD", "c": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD",
	"s": "SGD", "sg": "SGD", "nt": "TWD", "nz": "NZD", "r": "BRL", "mx": "MXN",
}

// currencyNeedsQualifier are currency words that name money only with their qualifier.
var currencyNeedsQualifier = map[string]bool{"livre": true, "livres": true, "franc": true, "francs": true,
	"couronne": true, "couronnes": true, "dirham": true, "dirhams": true,
	"riyal": true, "riyals": true, "peso": true, "pesos": true, "real": true,
	"shilling": true, "shillings": true, "rand": true}

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
	"perd", "perte", "vaut", "valent", "valait", "pèse", "pesait", "acqui", "achat", "achet",
	"cession", "amende", "sanction", "pénalit", "salaire", "rémunér", "loyer", "emprunt",
	"rembours", "déficit", "dette", "économis", "bénéfic",
	"décroch", "empoch", "reçoi", "perçoi", "obtien", "obtenu", "lauréat",
}

// moneyNouns are word beginnings of the nouns that, after "de", say that an
// amount without currency is money: "109 milliards d'investissements".
var moneyNouns = []string{
	"invest", "financ", "subvention", "crédit", "dette", "recette", "dépense", "revenu",
	"bénéfice", "capitaux", "prêt", "dotation", "levée", "commande", "argent", "fonds", "engagement",
	"aide", "chiffre", "perte", "profit", "économie", "valoris", "capitalis",
	"déficit", "dividende", "budget", "impôt", "taxe", "salaire", "trésorerie",
}

// qualifiers are the phrases before an amount, lower-cased, longest first.
// An elided "d'" stands for "de" and "’" for "'" before they are compared.
var qualifiers = []struct {
	phrase string
	q      veille.Qualifier
}{
	{"pas moins de", veille.QualifierAtLeast}, {"pas plus de", veille.QualifierUpTo},
	{"de l'ordre de", veille.QualifierAbout}, {"pas loin de", veille.QualifierAbout},
	{"aux alentours de", veille.QualifierAbout}, {"à peu près", veille.QualifierAbout},
	{"approximativement", veille.QualifierAbout}, {"presque", veille.QualifierAbout},
	{"quasiment", veille.QualifierAbout}, {"à partir de", veille.QualifierAtLeast},
	{"un minimum de", veille.QualifierAtLeast}, {"un maximum de", veille.QualifierUpTo},
	{"dans la limite de", veille.QualifierUpTo}, {"au-dessus de", veille.QualifierOver},
	{"supérieur à", veille.QualifierOver}, {"supérieure à", veille.QualifierOver},
	{"supérieurs à", veille.QualifierOver}, {"supérieures à", veille.QualifierOver},
	{"inférieur à", veille.QualifierUnder}, {"inférieure à", veille.QualifierUnder},
	{"inférieurs à", veille.QualifierUnder}, {"inférieures à", veille.QualifierUnder},
	{"en dessous de", veille.QualifierUnder}, {"au-dessous de", veille.QualifierUnder},
	{"près de", veille.QualifierAbout}, {"pres de", veille.QualifierAbout},
	{"environ", veille.QualifierAbout}, {"quelque", veille.QualifierAbout},
	{"autour de", veille.QualifierAbout}, {"plus de", veille.QualifierOver},
	{"au-delà de", veille.QualifierOver}, {"au moins", veille.QualifierAtLeast},
	{"au minimum", veille.QualifierAtLeast}, {"jusqu'à", veille.QualifierUpTo},
	{"jusqu’à", veille.QualifierUpTo}, {"au plus", veille.QualifierUpTo},
	{"au maximum", veille.QualifierUpTo}, {"moins de", veille.QualifierUnder},
}

// changeStems begin the verbs and nouns of a change from one value to
// another: "passe de 20 à 25 euros", "le loyer a augmenté de 900 à 1 100
// euros".
var changeStems = []string{"pass", "augment", "grimp", "bondi", "progress", "recul", "baiss", "diminu",
	"chut", "évolu", "relev", "ramen", "rehauss", "abaiss", "réduit", "gonfl", "envol", "croî"}

// changeWords are the whole words of a change whose stems would catch other
// words: "porté de 2 à 3 millions" but not "portefeuille".
var changeWords = map[string]bool{"porté": true, "portée": true, "portés": true, "portées": true,
	"crû": true, "cru": true, "hausse": true}

// moneyParticiples begin the participles that make a number before them
// money: "les 109 milliards annoncés", "dont 3,5 apportés par l'État".
var moneyParticiples = []string{"annonc", "promi", "investi", "levé", "engag", "mobilis", "débloqu",
	"inject", "apport", "allou", "consacr", "dépens", "versé", "budgét", "financ"}

// exceedStems begin the verbs that put an amount above a value: "le budget
// dépasse 4 milliards".
var exceedStems = []string{"dépass", "excèd", "excéd", "surpass", "franchi"}

// approachStems begin the verbs that put an amount near a value: "le budget
// avoisine les 3 milliards", "une valorisation frôlant les 6 milliards".
var approachStems = []string{"avoisin", "frôl"}

// functionWords are the words that, capitalised at the head of a sentence,
// may stand before the low end of a range: "De 5 à 10 M€", "Entre 2 et 3
// milliards".
var functionWords = map[string]bool{
	"de": true, "des": true, "entre": true, "soit": true, "environ": true, "pour": true,
	"avec": true, "sur": true, "quelque": true, "dès": true, "par": true, "et": true,
	"ou": true, "à": true, "en": true, "les": true, "ces": true, "ses": true, "leurs": true,
	"nos": true, "le": true, "la": true, "l": true, "près": true, "plus": true, "moins": true,
	"jusqu": true, "au": true, "aux": true, "dont": true, "mais": true, "donc": true,
	"car": true, "d": true, "chez": true, "vers": true, "contre": true, "après": true,
	"avant": true, "depuis": true, "selon": true, "parmi": true, "seulement": true,
	"déjà": true, "encore": true, "ainsi": true, "aussi": true, "presque": true,
	"quasiment": true, "désormais": true, "respectivement": true,
}

// labelNouns are the nouns a number labels rather than counts: "la version
// 3", "la phase 2".
var labelNouns = map[string]bool{
	"version": true, "génération": true, "phase": true, "étape": true, "article": true,
	"niveau": true, "saison": true, "numéro": true, "tome": true, "chapitre": true,
	"page": true, "volume": true, "épisode": true,
}

// britishWords name the United Kingdom, its people or its leaders; near
// "livres", they make the word the currency rather than books.
var britishWords = map[string]bool{
	"britannique": true, "britanniques": true, "royaume": true, "londres": true,
	"angleterre": true, "anglais": true, "anglaise": true, "anglaises": true,
	"écosse": true, "écossais": true, "écossaise": true, "gallois": true, "galloise": true,
	"sunak": true, "starmer": true, "johnson": true, "reeves": true, "hunt": true,
	"downing": true, "westminster": true, "whitehall": true,
	"travailliste": true, "travaillistes": true, "tory": true, "tories": true,
	"édimbourg": true, "glasgow": true, "manchester": true, "birmingham": true, "belfast": true,
	"cardiff": true, "ukri": true, "dsit": true,
}

// bookWords follow "livres" when the word means books: "livres anciens",
// "livres vendus", "livres numériques".
var bookWords = map[string]bool{
	"anciens": true, "rares": true, "vendus": true, "publiés": true, "imprimés": true,
	"numériques": true, "scolaires": true, "lus": true, "édités": true, "écrits": true,
	"empruntés": true, "prêtés": true, "audio": true, "illustrés": true, "neufs": true,
	"parus": true, "traduits": true, "exemplaires": true, "jeunesse": true, "reliés": true,
}

// bookStems are word beginnings that make a sentence speak of books.
var bookStems = []string{
	"roman", "écrivain", "auteur", "autrice", "biblioth", "librair", "éditeur", "éditrice",
	"édition", "lecteur", "lectrice", "lecture", "vendu", "exemplaire", "saga", "tome",
	"ouvrage", "poche",
}

// ratioParticiples follow "un euro" when it is the unit of a ratio: "un euro
// investi", "un euro dépensé", "un euro public".
var ratioParticiples = map[string]bool{
	"investi": true, "dépensé": true, "placé": true, "engagé": true, "injecté": true,
	"mobilisé": true, "alloué": true, "consacré": true, "versé": true, "public": true,
}
