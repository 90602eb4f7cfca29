package amount

import (
	"strings"
	"testing"

	"github.com/veille-fr/veille"
)

// want is one expected amount; its offsets are found from Text in the sentence.
type want struct {
	text  string
	value float64
	cur   string
	max   float64
	q     veille.Qualifier
}

var findCases = []struct {
	sentence string
	want     []want
}{
	{"Mistral AI lève 1,8 milliard d’euros auprès d'ASML.", []want{{"1,8 milliard d’euros", 1.8e9, "EUR", 0, ""}}},
	{"La start-up a levé 1,8 milliard d'euros.", []want{{"1,8 milliard d'euros", 1.8e9, "EUR", 0, ""}}},
	{"Le prix est de 40 000 $ par carte.", []want{{"40 000 $", 40000, "USD", 0, ""}}},
	{"Une carte coûte 40\u00a0000 $ environ.", []want{{"40\u00a0000 $", 40000, "USD", 0, ""}}},
	{"Une carte coûte 40\u202f000 $.", []want{{"40\u202f000 $", 40000, "USD", 0, ""}}},
	{"Le contrat atteint 1.000.000 € sur trois ans.", []want{{"1.000.000 €", 1e6, "EUR", 0, ""}}},
	{"Un plan de 4,5 Md€ pour l'IA.", []want{{"4,5 Md€", 4.5e9, "EUR", 0, ""}}},
	{"Le ticket moyen est de 36,85 € par mois.", []want{{"36,85 €", 36.85, "EUR", 0, ""}}},
	{"Le projet vaut 2 000M€.", []want{{"2 000M€", 2e9, "EUR", 0, ""}}},
	{"Il a réuni 687M€ en 2024.", []want{{"687M€", 687e6, "EUR", 0, ""}}},
	{"Une enveloppe de 500 k€ est prévue.", []want{{"500 k€", 5e5, "EUR", 0, ""}}},
	{"Un prêt de 300 K€ a été accordé.", []want{{"300 K€", 3e5, "EUR", 0, ""}}},
	{"L'État apporte 3 Mds€.", []want{{"3 Mds€", 3e9, "EUR", 0, ""}}},
	{"Le fonds allemand pèse 2 Mrd€.", []want{{"2 Mrd€", 2e9, "EUR", 0, ""}}},
	{"OpenAI a levé 6,6 Md$.", []want{{"6,6 Md$", 6.6e9, "USD", 0, ""}}},
	{"Anthropic a levé 750 M$.", []want{{"750 M$", 750e6, "USD", 0, ""}}},
	{"The startup raised $6.6 bn last year.", []want{{"$6.6 bn", 6.6e9, "USD", 0, ""}}},
	{"Le groupe suisse investit 120 Mio CHF.", []want{{"120 Mio CHF", 120e6, "CHF", 0, ""}}},
	{"Siemens investit 2 Mrd EUR en Europe.", []want{{"2 Mrd EUR", 2e9, "EUR", 0, ""}}},
	{"Un budget de dix mille euros seulement.", []want{{"dix mille euros", 1e4, "EUR", 0, ""}}},
	{"La France a promis 109 milliards d'euros pour l'IA.", []want{{"109 milliards d'euros", 109e9, "EUR", 0, ""}}},
	{"L'opération porte sur 1 millard d'euros.", []want{{"1 millard d'euros", 1e9, "EUR", 0, ""}}},
	{"Le centre a coûté 20 millions d’euros.", []want{{"20 millions d’euros", 20e6, "EUR", 0, ""}}},
	{"Une aide de 40 mille euros.", []want{{"40 mille euros", 40e3, "EUR", 0, ""}}},
	{"Il a versé 5 000 euros.", []want{{"5 000 euros", 5000, "EUR", 0, ""}}},
	{"Ils ont versé 1 euro symbolique.", []want{{"1 euro", 1, "EUR", 0, ""}}},
	{"La facture atteint 12 000 EUR.", []want{{"12 000 EUR", 12000, "EUR", 0, ""}}},
	{"Nvidia vaut 3 000 milliards de dollars.", []want{{"3 000 milliards de dollars", 3e12, "USD", 0, ""}}},
	{"Un chèque de 10 millions de dollars américains.", []want{{"10 millions de dollars américains", 10e6, "USD", 0, ""}}},
	{"Cohere a levé 500 millions de dollars canadiens.", []want{{"500 millions de dollars canadiens", 500e6, "CAD", 0, ""}}},
	{"Le tour atteint 50 M USD.", []want{{"50 M USD", 50e6, "USD", 0, ""}}},
	{"La société a levé 20 millions US$.", []want{{"20 millions US$", 20e6, "USD", 0, ""}}},
	{"Un contrat de US$ 5 millions.", []want{{"US$ 5 millions", 5e6, "USD", 0, ""}}},
	{"Un financement de CA$ 30 millions.", []want{{"CA$ 30 millions", 30e6, "CAD", 0, ""}}},
	{"Un financement de C$ 30 millions.", []want{{"C$ 30 millions", 30e6, "CAD", 0, ""}}},
	{"Londres investit 100 millions de livres sterling.", []want{{"100 millions de livres sterling", 100e6, "GBP", 0, ""}}},
	{"Londres investit 100 millions £.", []want{{"100 millions £", 100e6, "GBP", 0, ""}}},
	{"Le plan britannique vaut £2 milliards.", []want{{"£2 milliards", 2e9, "GBP", 0, ""}}},
	{"DeepMind reçoit 300 millions GBP.", []want{{"300 millions GBP", 300e6, "GBP", 0, ""}}},
	{"Le CSCS reçoit 100 millions de francs suisses.", []want{{"100 millions de francs suisses", 100e6, "CHF", 0, ""}}},
	{"Un franc suisse, 2 millions CHF.", []want{{"Un franc suisse", 1, "CHF", 0, ""}, {"2 millions CHF", 2e6, "CHF", 0, ""}}},
	{"SoftBank apporte 1 000 milliards de yens.", []want{{"1 000 milliards de yens", 1e12, "JPY", 0, ""}}},
	{"Le budget atteint 500 millions ¥.", []want{{"500 millions ¥", 500e6, "JPY", 0, ""}}},
	{"Pékin débloque 50 milliards de yuans.", []want{{"50 milliards de yuans", 50e9, "CNY", 0, ""}}},
	{"Le fonds chinois pèse 8 milliards CNY.", []want{{"8 milliards CNY", 8e9, "CNY", 0, ""}}},
	{"Un demi-milliard", nil},
	{"Le groupe investit un milliard d'euros.", []want{{"un milliard d'euros", 1e9, "EUR", 0, ""}}},
	{"Il faudra deux milliards et demi d'euros.", []want{{"deux milliards et demi d'euros", 2.5e9, "EUR", 0, ""}}},
	{"L'État apporte cent millions d'euros.", []want{{"cent millions d'euros", 100e6, "EUR", 0, ""}}},
	{"Le plan prévoit quinze milliards d'euros.", []want{{"quinze milliards d'euros", 15e9, "EUR", 0, ""}}},
	{"Il y a un demi-milliard d'euros en jeu.", []want{{"un demi-milliard d'euros", 0.5e9, "EUR", 0, ""}}},
	{"Trois cents millions d'euros iront aux labos.", []want{{"Trois cents millions d'euros", 300e6, "EUR", 0, ""}}},
	{"Le prix est de mille euros.", []want{{"mille euros", 1000, "EUR", 0, ""}}},
	{"Une levée de vingt-cinq millions d'euros.", []want{{"vingt-cinq millions d'euros", 25e6, "EUR", 0, ""}}},
	{"Un apport de quatre-vingts millions d'euros.", []want{{"quatre-vingts millions d'euros", 80e6, "EUR", 0, ""}}},
	{"Un apport de soixante-dix millions d'euros.", []want{{"soixante-dix millions d'euros", 70e6, "EUR", 0, ""}}},
	{"Une subvention de vingt et un millions d'euros.", []want{{"vingt et un millions d'euros", 21e6, "EUR", 0, ""}}},
	{"Le salaire varie entre 30 000 et 50 000 euros.", []want{{"30 000 et 50 000 euros", 30000, "EUR", 50000, ""}}},
	{"Les tickets vont de 10 à 20 M€.", []want{{"10 à 20 M€", 10e6, "EUR", 20e6, ""}}},
	{"Le budget serait de 130-140 millions d'euros.", []want{{"130-140 millions d'euros", 130e6, "EUR", 140e6, ""}}},
	{"Le budget serait de 130–140 millions d'euros.", []want{{"130–140 millions d'euros", 130e6, "EUR", 140e6, ""}}},
	{"Il faudra 35 ou 40 milliards d'euros.", []want{{"35 ou 40 milliards d'euros", 35e9, "EUR", 40e9, ""}}},
	{"Une levée de 250 à 300 millions d'euros.", []want{{"250 à 300 millions d'euros", 250e6, "EUR", 300e6, ""}}},
	{"Il a levé de 500 millions à 1 milliard d'euros.", []want{{"500 millions à 1 milliard d'euros", 500e6, "EUR", 1e9, ""}}},
	{"Le coût passe de 2 M€ à 3 M€.", []want{{"2 M€", 2e6, "EUR", 0, ""}, {"3 M€", 3e6, "EUR", 0, ""}}},
	{"Le prix d'entrée passe de 20 à 25 euros.", []want{{"20", 20, "EUR", 0, ""}, {"25 euros", 25, "EUR", 0, ""}}},
	{"Le plafond a été porté de 2 à 3 millions d'euros.", []want{{"2", 2e6, "EUR", 0, ""}, {"3 millions d'euros", 3e6, "EUR", 0, ""}}},
	{"Un portefeuille de 20 à 30 millions d'euros.", []want{{"20 à 30 millions d'euros", 20e6, "EUR", 30e6, ""}}},
	{"Le budget du CNRS dépasse 4 milliards d'euros.", []want{{"4 milliards d'euros", 4e9, "EUR", 0, veille.QualifierOver}}},
	{"Le coût horaire d'un GPU est passé sous la barre des 2 dollars.", []want{{"2 dollars", 2, "USD", 0, veille.QualifierUnder}}},
	{"Le titre a gagné 3,20 € à 45,80 € en clôture.", []want{{"3,20 €", 3.2, "EUR", 0, ""}, {"45,80 €", 45.8, "EUR", 0, ""}}},
	{"Les places vont de 10 € à 20 €.", []want{{"10 € à 20 €", 10, "EUR", 20, ""}}},
	// the scale and currency of an amount left out after it
	{"Le programme mobilise 7 milliards d'euros, dont 3,5 apportés par les États.", []want{{"7 milliards d'euros", 7e9, "EUR", 0, ""}, {"3,5", 3.5e9, "EUR", 0, ""}}},
	{"Le fonds de 2 milliards d'euros, dont 40 en Europe, a investi dans 3 pays.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, ""}}},
	{"Le plan de 500 millions d'euros, dont 3 entreprises ont profité, s'achève.", []want{{"500 millions d'euros", 500e6, "EUR", 0, ""}}},
	// a participle of money, or an amount earlier in the sentence
	{"Sur les 109 milliards annoncés, 20 milliards viennent des Émirats.", []want{{"109 milliards", 109e9, "EUR", 0, ""}, {"20 milliards", 20e9, "EUR", 0, ""}}},
	{"La plateforme revendique 3 millions d'utilisateurs actifs annoncés.", nil},
	{"Le fonds lève entre 1 et 2 milliards de dollars.", []want{{"1 et 2 milliards de dollars", 1e9, "USD", 2e9, ""}}},
	{"On a déjà investi 40 millions dans la machine.", []want{{"40 millions", 40e6, "EUR", 0, ""}}},
	{"La région a levé 7 milliards d'euros et veut mobiliser au moins 35 ou 40 milliards.", []want{{"7 milliards d'euros", 7e9, "EUR", 0, ""}, {"35 ou 40 milliards", 35e9, "EUR", 40e9, veille.QualifierAtLeast}}},
	{"Le tour de 300 millions de dollars suit un prêt de 50 millions.", []want{{"300 millions de dollars", 300e6, "USD", 0, ""}, {"50 millions", 50e6, "USD", 0, ""}}},
	{"Le budget atteint 12 milliards.", []want{{"12 milliards", 12e9, "EUR", 0, ""}}},
	{"Sa valorisation atteint 6 milliards.", []want{{"6 milliards", 6e9, "EUR", 0, ""}}},
	{"Le chiffre d'affaires est de 30 millions.", []want{{"30 millions", 30e6, "EUR", 0, ""}}},
	{"L'enveloppe est de 2,5 milliards.", []want{{"2,5 milliards", 2.5e9, "EUR", 0, ""}}},
	{"Le programme est doté de 800 millions.", []want{{"800 millions", 800e6, "EUR", 0, ""}}},
	{"Le financement public atteint 65 millions.", []want{{"65 millions", 65e6, "EUR", 0, ""}}},
	{"La France compte 68 millions d'habitants.", nil},
	{"Le pays investit dans 40 millions de foyers.", nil},
	{"Ils s'ajoutent aux 109 milliards d'investissements privés annoncés en février.", []want{{"109 milliards", 109e9, "EUR", 0, ""}}},
	{"L'État a promis 400 millions de crédits nouveaux.", []want{{"400 millions", 400e6, "EUR", 0, ""}}},
	{"Le néerlandais ASML, qui apporte à lui seul 1,3 milliard, devient actionnaire.", []want{{"1,3 milliard", 1.3e9, "EUR", 0, ""}}},
	{"Nvidia pourrait y apporter jusqu'à un milliard.", []want{{"un milliard", 1e9, "EUR", 0, veille.QualifierUpTo}}},
	{"Le fonds américain a levé 500 millions de dollars.\nEn France, les tickets d'amorçage dépassent désormais 2 millions de fonds propres.", []want{{"500 millions de dollars", 500e6, "USD", 0, ""}, {"2 millions", 2e6, "EUR", 0, ""}}},
	{"Le fonds américain a levé 500 millions de dollars. Son prochain fonds visera 800 millions.", []want{{"500 millions de dollars", 500e6, "USD", 0, ""}, {"800 millions", 800e6, "USD", 0, ""}}},
	{"Le projet mobilise 30 millions d'utilisateurs.", nil},
	{"Les tickets d'amorçage vont souvent entre 500 000 et 2 millions d'euros.", []want{{"500 000 et 2 millions d'euros", 5e5, "EUR", 2e6, ""}}},
	{"Pour une grappe de 100 000 GPU, l'addition dépasse largement 4 milliards.", []want{{"4 milliards", 4e9, "EUR", 0, veille.QualifierOver}}},
	{"Le ticket d'entrée se situe entre 1 et 5 millions par an.", []want{{"1 et 5 millions", 1e6, "EUR", 5e6, ""}}},
	{"Il a coûté environ 600 millions de couronnes danoises.", []want{{"600 millions de couronnes danoises", 600e6, "DKK", 0, veille.QualifierAbout}}},
	{"Stockholm investit 2 milliards de couronnes suédoises.", []want{{"2 milliards de couronnes suédoises", 2e9, "SEK", 0, ""}}},
	{"Une couronne de 3 millions de fleurs.", nil},
	{"Isambard-AI a reçu un investissement public de 225 millions de livres.", []want{{"225 millions de livres", 225e6, "GBP", 0, ""}}},
	{"Keir Starmer a promis un milliard de livres supplémentaires.", []want{{"un milliard de livres", 1e9, "GBP", 0, ""}}},
	{"Rishi Sunak a annoncé 80 millions de livres pour neuf centres de recherche en IA.", []want{{"80 millions de livres", 80e6, "GBP", 0, ""}}},
	{"L'institut reçoit environ 100 millions de livres de financement public sur cinq ans.", []want{{"100 millions de livres", 100e6, "GBP", 0, veille.QualifierAbout}}},
	{"Le gouvernement travailliste avait annulé 1,3 milliard de livres, dont 800 millions de livres pour une machine à Édimbourg.", []want{{"1,3 milliard de livres", 1.3e9, "GBP", 0, ""}, {"800 millions de livres", 800e6, "GBP", 0, ""}}},
	{"La maison d'édition a vendu 2 millions de livres de poche.", nil},
	{"Le Royaume-Uni mettra 80 millions de livres dans neuf centres.", []want{{"80 millions de livres", 80e6, "GBP", 0, ""}}},
	{"Le Premier ministre britannique s'est exprimé lundi. Il mettra 100 millions de livres dans un supercalculateur.", []want{{"100 millions de livres", 100e6, "GBP", 0, ""}}},
	{"Le romancier britannique a vendu 25 millions de livres.", nil},
	{"La bibliothèque a acquis 80 000 livres anciens.", nil},
	{"À Londres, on a imprimé 2 millions de livres numériques.", nil},
	{"Un euro investi dans la recherche rapporte 4 euros à l'économie.", []want{{"4 euros", 4, "EUR", 0, ""}}},
	{"Selon l'étude, un dollar dépensé en R&D en rapporte trois.", nil},
	{"Pour un euro public investi, le privé en apporte deux.", nil},
	{"L'État a cédé le site pour un euro symbolique.", []want{{"un euro", 1, "EUR", 0, ""}}},
	{"Le tarif réglementé atteint 25,16 centimes d'euro par kilowattheure.", []want{{"25,16 centimes d'euro", 0.2516, "EUR", 0, ""}}},
	{"Le prix moyen du kilowattheure a atteint 25 centimes en 2023.", []want{{"25 centimes", 0.25, "EUR", 0, ""}}},
	{"Le prix de gros oscille entre 20 et 25 centimes.", []want{{"20 et 25 centimes", 0.2, "EUR", 0.25, ""}}},
	{"Le jeton coûte 0,3 centime de dollar.", []want{{"0,3 centime de dollar", 0.003, "USD", 0, ""}}},
	{"Le ticket de métro passe à 2 euros et 50 centimes.", []want{{"2 euros et 50 centimes", 2.5, "EUR", 0, ""}}},
	{"Le timbre vert coûte désormais 1,39 euro.", []want{{"1,39 euro", 1.39, "EUR", 0, ""}}},
	{"Il ne lui reste que des centimes.", nil},
	{"Le compteur affiche " + strings.Repeat("999 ", 110) + "999 euros et 5 €.", []want{{"5 €", 5, "EUR", 0, ""}}},
	{"Data4 agrandit son campus de Marcoussis, dans l'Essonne, pour environ 2 milliards.", []want{{"2 milliards", 2e9, "EUR", 0, veille.QualifierAbout}}},
	{"Le service est conçu pour 10 millions d'utilisateurs.", nil},
	{"Il sera disponible pour 2 millions de foyers en 2026.", nil},
	{"La machine compte 1000 GPU.", nil},
	{"Le supercalculateur atteint 36,85 petaflops.", nil},
	{"Jean Zay délivre 125,9 PFLOPs.", nil},
	{"Alice Recoque visera un exaflop.", nil},
	{"Le site consomme 40 MW.", nil},
	{"Les performances sont multipliées x4.", nil},
	{"Ils prévoient 5 à 10 IA clusters.", nil},
	{"Le centre emploie 1000 personnes.", nil},
	{"Le projet a attiré 300 talents.", nil},
	{"Le rapport compte 120 pages.", nil},
	{"Le taux monte à 15 % cette année.", nil},
	{"La hausse atteint 15 pour cent.", nil},
	{"Le plan court de 2025 à 2030.", nil},
	{"Publié le 12 mars 2024.", nil},
	{"Appelez le 01 23 45 67 89.", nil},
	{"La version 2.1.3 est sortie.", nil},
	{"Le modèle a 7 milliards de paramètres.", nil},
	{"Le jeu de données contient 15 milliards de jetons.", nil},
	{"Un million de visiteurs.", nil},
	{"Plus de 3 millions d'utilisateurs.", nil},
	{"Le réseau relie 12 millions de foyers.", nil},
	{"Trente millions.", nil},
	{"L'IA générative compte 40 millions", nil},
	{"Il a acheté 10 M de puces.", nil},
	{"Le trajet prend 30 mn.", nil},
	{"Il a levé près de 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAbout}}},
	{"Il a levé environ 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAbout}}},
	{"Une levée d'environ 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAbout}}},
	{"Il a levé quelque 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAbout}}},
	{"Il a levé autour de 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAbout}}},
	{"Il a levé plus de 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierOver}}},
	{"Il a levé au-delà de 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierOver}}},
	{"Il a levé au moins 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAtLeast}}},
	{"Il a levé au minimum 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAtLeast}}},
	{"Il pourra lever jusqu'à 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierUpTo}}},
	{"Il pourra lever jusqu’à 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierUpTo}}},
	{"Il pourra lever au maximum 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierUpTo}}},
	{"Il a levé moins de 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierUnder}}},
	{"Il a levé Près de 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAbout}}},
	{"Deux montants : 10 M€ et 20 M€.", []want{{"10 M€", 10e6, "EUR", 0, ""}, {"20 M€", 20e6, "EUR", 0, ""}}},
	{"Un premier tour de 5 millions d'euros, puis un second de 15 millions.", []want{{"5 millions d'euros", 5e6, "EUR", 0, ""}, {"15 millions", 15e6, "EUR", 0, ""}}},
	{"L'Élysée annonce 109 milliards €.", []want{{"109 milliards €", 109e9, "EUR", 0, ""}}},
	{"Le « plan » de 3 milliards d'euros.", []want{{"3 milliards d'euros", 3e9, "EUR", 0, ""}}},
	{"(soit 1,5 milliard d'euros)", []want{{"1,5 milliard d'euros", 1.5e9, "EUR", 0, ""}}},
	{"1,5 milliard d'euros", []want{{"1,5 milliard d'euros", 1.5e9, "EUR", 0, ""}}},
	{"", nil},
	{"€", nil},
	{"Les 2 000 chercheurs.", nil},
	{"En 2024, 200 M€ ont été investis.", []want{{"200 M€", 200e6, "EUR", 0, ""}}},
	{"2023-2030 : 10 milliards d'euros.", []want{{"10 milliards d'euros", 10e9, "EUR", 0, ""}}},
	{"Le prix de l'abonnement passe de 40 à 38 euros par mois.", []want{{"40", 40, "EUR", 0, ""}, {"38 euros", 38, "EUR", 0, ""}}},
	{"Le budget a été ramené de 3 à 2 milliards d'euros.", []want{{"3", 3e9, "EUR", 0, ""}, {"2 milliards d'euros", 2e9, "EUR", 0, ""}}},
	{"Les ventes passent de 2025 à 3 millions d'euros.", []want{{"3 millions d'euros", 3e6, "EUR", 0, ""}}},
	{"Le match s'est terminé 3 à 1.", nil},
	{"Le budget est passé de 3 milliards à 2 milliards d'euros.", []want{{"3 milliards", 3e9, "EUR", 0, ""}, {"2 milliards d'euros", 2e9, "EUR", 0, ""}}},
	{"Le GENCI a financé Jean Zay à hauteur de 25 millions d'euros.", []want{{"25 millions d'euros", 25e6, "EUR", 0, ""}}},
	{"Kyutai dispose d'un budget initial de 300 millions d'euros.", []want{{"300 millions d'euros", 300e6, "EUR", 0, ""}}},
	{"H a bouclé un tour d'amorçage de 220 millions de dollars.", []want{{"220 millions de dollars", 220e6, "USD", 0, ""}}},
	{"La machine Alice Recoque coûtera 544 M€, dont la moitié financée par EuroHPC.", []want{{"544 M€", 544e6, "EUR", 0, ""}}},
	{"Le plan France 2030 consacre 2,22 milliards d'euros à l'IA.", []want{{"2,22 milliards d'euros", 2.22e9, "EUR", 0, ""}}},
	{"Poolside lève 500 M$ pour ses modèles de code.", []want{{"500 M$", 500e6, "USD", 0, ""}}},
	{"La valorisation dépasse les 11,7 Md€.", []want{{"11,7 Md€", 11.7e9, "EUR", 0, veille.QualifierOver}}},
	{"Un investissement d'un demi-milliard d'euros.", []want{{"un demi-milliard d'euros", 0.5e9, "EUR", 0, ""}}},
	{"Le pays mobilise deux milliards et demi d'euros.", []want{{"deux milliards et demi d'euros", 2.5e9, "EUR", 0, ""}}},
	{"La région apporte cent millions d'euros.", []want{{"cent millions d'euros", 100e6, "EUR", 0, ""}}},
	{"Le fonds est doté de quinze milliards d'euros.", []want{{"quinze milliards d'euros", 15e9, "EUR", 0, ""}}},
	{"Une levée de trois cents millions d'euros.", []want{{"trois cents millions d'euros", 300e6, "EUR", 0, ""}}},
	{"La bourse est de mille euros par étudiant.", []want{{"mille euros", 1000, "EUR", 0, ""}}},
	{"L'appel à projets est doté d'entre 30 000 et 50 000 euros par lauréat.", []want{{"30 000 et 50 000 euros", 30000, "EUR", 50000, ""}}},
	{"Chaque projet recevra de 250 à 300 millions d'euros.", []want{{"250 à 300 millions d'euros", 250e6, "EUR", 300e6, ""}}},
	{"Les tickets vont de 10 à 20 M€.", []want{{"10 à 20 M€", 10e6, "EUR", 20e6, ""}}},
	{"Le chantier est estimé à 130-140 millions d'euros.", []want{{"130-140 millions d'euros", 130e6, "EUR", 140e6, ""}}},
	{"SoftBank investit 30 milliards de yens au Japon.", []want{{"30 milliards de yens", 30e9, "JPY", 0, ""}}},
	{"Pékin finance 50 milliards de yuans de puces.", []want{{"50 milliards de yuans", 50e9, "CNY", 0, ""}}},
	{"Le CERN reçoit 40 millions de francs suisses.", []want{{"40 millions de francs suisses", 40e6, "CHF", 0, ""}}},
	{"L'auteur a vendu 25 millions de livres.", nil},
	{"Le supercalculateur atteint 1 exaflop et consomme 20 MW.", nil},
	{"Jean Zay culmine à 125,9 pétaflops.", nil},
	{"La croissance atteint 15 % par an.", nil},
	{"Le cluster compte 1 000 GPU H100.", nil},
	{"Appelez le 01 23 45 67 89 pour vous inscrire.", nil},
	{"La version 2.5 du modèle est sortie le 12 juin 2024.", nil},
	{"Mistral Large 2 compte 123 milliards de paramètres.", nil},
	{"La France compte 68 millions d'habitants.", nil},
	{"Le programme forme 2 000 talents et soutient 35 projets.", nil},
	{"La startup a levé 6 M€ en seed.", []want{{"6 M€", 6e6, "EUR", 0, ""}}},
	{"Le coût, près de 40 M€, sera partagé.", []want{{"40 M€", 40e6, "EUR", 0, veille.QualifierAbout}}},
	// a scale abbreviation after a currency sign, two scales, and "mille milliards"
	{"The company raised $640 mn in its Series D.", []want{{"$640 mn", 640e6, "USD", 0, ""}}},
	{"Le Japon engage dix mille milliards de yens.", []want{{"dix mille milliards de yens", 1e13, "JPY", 0, ""}}},
	{"Le projet Stargate coûtera mille milliards de dollars.", []want{{"mille milliards de dollars", 1e12, "USD", 0, ""}}},
	{"Nvidia vise 10 mille milliards de dollars.", []want{{"10 mille milliards de dollars", 1e13, "USD", 0, ""}}},
	{"Le budget est de 1 milliard 200 millions d'euros.", []want{{"1 milliard 200 millions d'euros", 1.2e9, "EUR", 0, ""}}},
	{"Le prix est de 1 million 500 000 euros.", []want{{"1 million 500 000 euros", 1.5e6, "EUR", 0, ""}}},
	{"Le fonds est doté de 25 000 000 d'euros.", []want{{"25 000 000 d'euros", 25e6, "EUR", 0, ""}}},
	// ranges written in words, and what is no range
	{"Le budget serait compris entre quinze et vingt millions d'euros.", []want{{"quinze et vingt millions d'euros", 15e6, "EUR", 20e6, ""}}},
	{"Il faudra un ou deux milliards d'euros.", []want{{"un ou deux milliards d'euros", 1e9, "EUR", 2e9, ""}}},
	{"Deux contrats : l'un à 5 millions d'euros, l'autre à 3 millions.", []want{{"5 millions d'euros", 5e6, "EUR", 0, ""}, {"3 millions", 3e6, "EUR", 0, ""}}},
	{"Le H100 à 30 000 dollars pièce reste rare.", []want{{"30 000 dollars", 30000, "USD", 0, ""}}},
	{"Le modèle GPT-4 à 20 dollars par mois séduit.", []want{{"20 dollars", 20, "USD", 0, ""}}},
	{"L'abonnement Gemini 2 à 30 dollars par mois séduit les entreprises.", []want{{"30 dollars", 30, "USD", 0, ""}}},
	{"La version 3 à 20 euros par mois remplace l'offre gratuite.", []want{{"20 euros", 20, "EUR", 0, ""}}},
	{"Seulement 2 à 3 millions d'euros ont été versés.", []want{{"2 à 3 millions d'euros", 2e6, "EUR", 3e6, ""}}},
	{"Le budget 2025 à 3 milliards d'euros est voté.", []want{{"3 milliards d'euros", 3e9, "EUR", 0, ""}}},
	{"Le plan France 2030 à 54 milliards d'euros continue.", []want{{"54 milliards d'euros", 54e9, "EUR", 0, ""}}},
	{"Pas un euro n'a été versé aux chercheurs.", nil},
	// implied currency
	{"L'Allemagne a engagé 5 milliards d'euros ; la France, 3 milliards.", []want{{"5 milliards d'euros", 5e9, "EUR", 0, ""}, {"3 milliards", 3e9, "EUR", 0, ""}}},
	{"Le budget de l'agence passe à 2 milliards, soit 300 millions de plus.", []want{{"2 milliards", 2e9, "EUR", 0, ""}, {"300 millions", 300e6, "EUR", 0, ""}}},
	{"Le projet mobilise 1,1 milliard d'euros dont 500 millions de la Commission.", []want{{"1,1 milliard d'euros", 1.1e9, "EUR", 0, ""}, {"500 millions", 500e6, "EUR", 0, ""}}},
	{"Le groupe affiche 3 milliards de pertes.", []want{{"3 milliards", 3e9, "EUR", 0, ""}}},
	{"Le plan prévoit 10 milliards d'économies.", []want{{"10 milliards", 10e9, "EUR", 0, ""}}},
	{"OpenAI perdrait 5 milliards par an.", []want{{"5 milliards", 5e9, "EUR", 0, ""}}},
	{"La France compte 30 millions d'actifs.", nil},
	// other currencies
	{"TSMC investira 1 000 milliards de dollars taïwanais.", []want{{"1 000 milliards de dollars taïwanais", 1e12, "TWD", 0, ""}}},
	{"Le budget atteint NT$ 300 milliards.", []want{{"NT$ 300 milliards", 300e9, "TWD", 0, ""}}},
	{"Le fonds de Hong Kong pèse 50 milliards HK$.", []want{{"50 milliards HK$", 50e9, "HKD", 0, ""}}},
	{"Singapour débloque 1 milliard de dollars de Singapour.", []want{{"1 milliard de dollars de Singapour", 1e9, "SGD", 0, ""}}},
	{"Hong Kong consacre 10 milliards de dollars de Hong Kong à l'IA.", []want{{"10 milliards de dollars de Hong Kong", 10e9, "HKD", 0, ""}}},
	{"Le fonds australien investit A$ 2 milliards.", []want{{"A$ 2 milliards", 2e9, "AUD", 0, ""}}},
	{"Un plan de 2 milliards de dollars néo-zélandais.", []want{{"2 milliards de dollars néo-zélandais", 2e9, "NZD", 0, ""}}},
	{"La Jamaïque lève 300 millions de dollars jamaïcains.", nil},
	{"Le Zimbabwe annonce 5 milliards Z$.", nil},
	{"La levée de 3 millions de francs CFA.", []want{{"3 millions de francs CFA", 3e6, "XOF", 0, ""}}},
	{"Samsung investit 100 000 milliards de wons.", []want{{"100 000 milliards de wons", 1e14, "KRW", 0, ""}}},
	{"L'Inde consacre 10 000 milliards de roupies indiennes.", []want{{"10 000 milliards de roupies indiennes", 1e13, "INR", 0, ""}}},
	{"La mission IndiaAI, dotée de 103 milliards de roupies, subventionne le calcul.", []want{{"103 milliards de roupies", 103e9, "INR", 0, ""}}},
	{"Jakarta investit 5 000 milliards de roupies indonésiennes.", []want{{"5 000 milliards de roupies indonésiennes", 5e12, "IDR", 0, ""}}},
	{"Katmandou débloque 2 milliards de roupies népalaises.", nil},
	{"Le gouvernement a doté la mission de 10 371,92 crores de roupies sur cinq ans.", []want{{"10 371,92 crores de roupies", 103719.2e6, "INR", 0, ""}}},
	{"Mukesh Ambani a chiffré l'effort à ₹75 000 crores lors de l'assemblée générale.", []want{{"₹75 000 crores", 750e9, "INR", 0, ""}}},
	{"Trois machines ont coûté 130 crores de roupies.", []want{{"130 crores de roupies", 1.3e9, "INR", 0, ""}}},
	{"Rabat investit 3 milliards de dirhams marocains.", []want{{"3 milliards de dirhams marocains", 3e9, "MAD", 0, ""}}},
	{"Ankara a annoncé un plan de 4 milliards de livres turques d'ici 2027.", []want{{"4 milliards de livres turques", 4e9, "TRY", 0, ""}}},
	{"Le CSIR a obtenu une enveloppe de 300 millions de rands pour son remplacement.", []want{{"300 millions de rands", 300e6, "ZAR", 0, ""}}},
	{"Safaricom a publié un bénéfice net de 42,7 milliards de shillings.", []want{{"42,7 milliards de shillings", 42.7e9, "KES", 0, ""}}},
	{"Le gouvernement nigérian a créé un fonds de 2,8 milliards de nairas.", []want{{"2,8 milliards de nairas", 2.8e9, "NGN", 0, ""}}},
	{"L'IMDA a ajouté 70 M$ SG pour un programme de modèles.", []want{{"70 M$ SG", 70e6, "SGD", 0, ""}}},
	{"La machine a coûté environ 70 M$ AU, puis 5 M$ au total pour le stockage.", []want{{"70 M$ AU", 70e6, "AUD", 0, veille.QualifierAbout}, {"5 M$", 5e6, "USD", 0, ""}}},
	{"Le fonds québécois a investi 15 M$ CAN dans la jeune pousse.", []want{{"15 M$ CAN", 15e6, "CAD", 0, ""}}},
	{"Ayn Rand a vendu 30 millions de livres.", nil},
	{"Pour 2025, son budget a été porté à 4,4 milliards de hryvnias, soit environ 100 millions d'euros.", []want{{"4,4 milliards de hryvnias", 4.4e9, "UAH", 0, ""}, {"100 millions d'euros", 100e6, "EUR", 0, veille.QualifierAbout}}},
	{"Les bourses sont comprises entre 500 000 et 8 millions de hryvnias.", []want{{"500 000 et 8 millions de hryvnias", 500e3, "UAH", 8e6, ""}}},
	{"Les lauréats sont dotés en euros. Cailabs, à Rennes, décroche 2,8 millions pour un module optique.", []want{{"2,8 millions", 2.8e6, "EUR", 0, ""}}},
	{"Kerlink reçoit 1,2 million pour des passerelles radio.", []want{{"1,2 million", 1.2e6, "EUR", 0, ""}}},
	{"La vidéo a obtenu 3 millions de vues en une semaine.", nil},
	{"Le marché pèse 5 milliards de dirhams.", nil},
	{"Le gouvernement marocain a par ailleurs inscrit 1,1 milliard de dirhams au budget de sa stratégie.", []want{{"1,1 milliard de dirhams", 1.1e9, "MAD", 0, ""}}},
	{"Abou Dhabi a présenté son plan. Il prévoit 10 milliards de dirhams pour l'IA.", []want{{"10 milliards de dirhams", 10e9, "AED", 0, ""}}},
	{"Le Maroc et les Émirats arabes unis signent un accord de 5 milliards de dirhams.", nil},
	{"Riyad annonce 40 milliards de riyals pour ses centres de données.", []want{{"40 milliards de riyals", 40e9, "SAR", 0, ""}}},
	{"Le royaume affiche un objectif de 100 milliards de riyals d'ici la fin de la décennie.", []want{{"100 milliards de riyals", 100e9, "SAR", 0, ""}}},
	{"L'Israel Innovation Authority a débloqué un programme de 500 millions de shekels.", []want{{"500 millions de shekels", 500e6, "ILS", 0, ""}}},
	{"Il y a 3 millions ils ont dit non.", nil},
	{"Le Conseil des EPF a confirmé une enveloppe de 20 millions de francs pour l'initiative suisse.", []want{{"20 millions de francs", 20e6, "CHF", 0, ""}}},
	{"À Dakar, l'État a mobilisé 15 milliards de francs pour le centre de données.", []want{{"15 milliards de francs", 15e9, "XOF", 0, ""}}},
	{"En 1998, le projet avait coûté 300 millions de francs.", nil},
	{"Installée à Linköping, la machine a été agrandie pour un coût de 300 millions de couronnes.", []want{{"300 millions de couronnes", 300e6, "SEK", 0, ""}}},
	{"Le royaume a dépensé 300 millions de couronnes.", nil},
	{"Le gouvernement calédonien a chiffré à 650 millions de francs CFP le coût d'un centre de données.", []want{{"650 millions de francs CFP", 650e6, "XPF", 0, ""}}},
	{"À Nouméa, la province a voté 40 millions de francs pour le câble.", []want{{"40 millions de francs", 40e6, "XPF", 0, ""}}},
	{"Le BNDES a prêté 3,5 milliards de reais à Petrobras.", []want{{"3,5 milliards de reais", 3.5e9, "BRL", 0, ""}}},
	{"Le plan coûtera 6 milliards de pesos mexicains.", []want{{"6 milliards de pesos mexicains", 6e9, "MXN", 0, ""}}},
	{"Santiago y a consacré 10 milliards de pesos.", []want{{"10 milliards de pesos", 10e9, "CLP", 0, ""}}},
	{"Ottawa a promis 2 milliards de dollars pour le calcul souverain.", []want{{"2 milliards de dollars", 2e9, "CAD", 0, ""}}},
	{"IVADO a obtenu 124,5 millions de dollars canadiens. La grappe Scale AI a cofinancé 140 projets, pour un total de 1,2 milliard $.", []want{{"124,5 millions de dollars canadiens", 124.5e6, "CAD", 0, ""}, {"1,2 milliard $", 1.2e9, "CAD", 0, ""}}},
	{"La start-up montréalaise Cohere a levé 500 millions de dollars.", []want{{"500 millions de dollars", 500e6, "USD", 0, ""}}},
	{"Le Sénégal a financé le centre à hauteur de 1 105 milliards de FCFA.", []want{{"1 105 milliards de FCFA", 1105e9, "XOF", 0, ""}}},
	{"Le prix du forfait est fixé à 150 000 FCFA par an.", []want{{"150 000 FCFA", 150000, "XOF", 0, ""}}},
	// numbers written the English way, account units and price phrases
	{"Le résultat net ressort à 3,2 MEUR, contre 850 KEUR un an plus tôt.", []want{{"3,2 MEUR", 3.2e6, "EUR", 0, ""}, {"850 KEUR", 850e3, "EUR", 0, ""}}},
	{"La levée de $1,500,000 est bouclée.", nil},
	{"Le prix est de 1,500 dollars.", nil},
	{"Il a levé 1,125 milliard d'euros.", []want{{"1,125 milliard d'euros", 1.125e9, "EUR", 0, ""}}},
	{"Le prix unitaire est de 0.500 €.", []want{{"0.500 €", 0.5, "EUR", 0, ""}}},
	{"Le contrat a été cédé moyennant 2 millions.", []want{{"2 millions", 2e6, "EUR", 0, ""}}},
	{"La région participe à hauteur de 12 millions.", []want{{"12 millions", 12e6, "EUR", 0, ""}}},
	// qualifiers
	{"L'Europe consacrera pas moins de 20 milliards d'euros aux usines d'IA.", []want{{"20 milliards d'euros", 20e9, "EUR", 0, veille.QualifierAtLeast}}},
	{"Chaque lauréat ne touchera pas plus de 2 millions d'euros.", []want{{"2 millions d'euros", 2e6, "EUR", 0, veille.QualifierUpTo}}},
	{"Le rachat coûterait près d'un milliard d'euros.", []want{{"un milliard d'euros", 1e9, "EUR", 0, veille.QualifierAbout}}},
	{"Le fonds pèse aujourd'hui plus d’un milliard d'euros.", []want{{"un milliard d'euros", 1e9, "EUR", 0, veille.QualifierOver}}},
	{"Le ticket d'entrée est de moins d'un million d'euros.", []want{{"un million d'euros", 1e6, "EUR", 0, veille.QualifierUnder}}},
	{"Le budget avoisine les 3 milliards d'euros.", []want{{"3 milliards d'euros", 3e9, "EUR", 0, veille.QualifierAbout}}},
	{"Le coût est de l'ordre de 3 milliards d'euros.", []want{{"3 milliards d'euros", 3e9, "EUR", 0, veille.QualifierAbout}}},
	{"Le budget tourne aux alentours de 40 millions d'euros.", []want{{"40 millions d'euros", 40e6, "EUR", 0, veille.QualifierAbout}}},
	{"Il a levé presque 2 milliards d'euros.", []want{{"2 milliards d'euros", 2e9, "EUR", 0, veille.QualifierAbout}}},
	{"L'offre est disponible à partir de 9,99 € par mois.", []want{{"9,99 €", 9.99, "EUR", 0, veille.QualifierAtLeast}}},
	{"Le prix est supérieur à 30 000 dollars.", []want{{"30 000 dollars", 30000, "USD", 0, veille.QualifierOver}}},
	{"Le coût reste inférieur à 5 millions d'euros.", []want{{"5 millions d'euros", 5e6, "EUR", 0, veille.QualifierUnder}}},
}

func TestFind(t *testing.T) {
	for _, tc := range findCases {
		t.Run(tc.sentence, func(t *testing.T) {
			got := Find(tc.sentence)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %+v, want %d amounts", tc.sentence, got, len(tc.want))
			}
			from := 0
			for i, w := range tc.want {
				start := from + strings.Index(tc.sentence[from:], w.text)
				g := got[i]
				if g.Text != w.text || g.Value != w.value || g.Currency != w.cur || g.Max != w.max ||
					g.Qualifier != w.q || g.Start != start || g.End != start+len(w.text) {
					t.Errorf("amount %d = %+v, want %+v at %d", i, g, w, start)
				}
				from = start + len(w.text)
			}
		})
	}
}

func TestTablesAreLexable(t *testing.T) {
	tables := []map[string]float64{scaleWords, scaleAbbrevs, numberWords}
	for _, table := range tables {
		for w := range table {
			if len(w) > maxTableWord || lower(w) != w {
				t.Errorf("%q cannot match a lexed word", w)
			}
		}
	}
	for w := range currencies {
		if len(w) > maxTableWord || lower(w) != w {
			t.Errorf("currency %q cannot match a lexed word", w)
		}
	}
	words := []map[string]string{currencyQualifiers, currencyPlaces, dollarPrefixes}
	for _, table := range words {
		for w := range table {
			if len(w) > maxTableWord || lower(w) != w {
				t.Errorf("currency qualifier %q cannot match a lexed word", w)
			}
		}
	}
	for w := range scaledCurrencies {
		if len(w) > maxTableWord || lower(w) != w {
			t.Errorf("scaled currency %q cannot match a lexed word", w)
		}
	}
	for _, table := range []map[string]bool{functionWords, labelNouns, currencyNeedsQualifier} {
		for w := range table {
			if len(w) > maxTableWord || lower(w) != w {
				t.Errorf("word %q cannot match a lexed word", w)
			}
		}
	}
}
