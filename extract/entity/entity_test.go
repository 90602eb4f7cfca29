package entity

import (
	"fmt"
	"slices"
	"testing"
)

// show renders matches as "O:Name=Text" (organisation) or "M:Name=Text"
// (machine), the text left out when it equals the name.
func show(ms []Match) []string {
	out := []string{}
	for _, m := range ms {
		k := "O"
		if m.Kind == Machine {
			k = "M"
		}
		s := k + ":" + m.Name
		if m.Text != m.Name {
			s += "=" + m.Text
		}
		out = append(out, s)
	}
	return out
}

func testRecognizer(t testing.TB) *Recognizer {
	t.Helper()
	r, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return r
}

// recognizeCases are French sentences with every organisation and machine
// they mention, for the cues and the ambiguities the Recognizer resolves.
var recognizeCases = []struct {
	name  string
	title string
	text  string
	want  []string // matches in text
	wantT []string // matches in title
}{
	// Legal forms after a company's name belong to it and make no name of their own.
	{name: "legal form after a listed name", text: "Nscale Ltd s'associe à Aker ASA et à l'éditeur allemand SAP SE pour ce campus.",
		want: []string{"O:Nscale=Nscale Ltd", "O:Aker ASA", "O:SAP=SAP SE"}},
	{name: "ampersand and Co before a legal form", text: "Le conseil financier est assuré par Goldman Sachs & Co. LLC, à New York.",
		want: []string{"O:Goldman Sachs=Goldman Sachs & Co. LLC"}},
	{name: "holdings and legal form of a listed name", text: "Les baies sont refroidies par des équipements de Vertiv Holdings Co. depuis l'an dernier.",
		want: []string{"O:Vertiv=Vertiv Holdings Co"}},
	{name: "unknown name with a legal form", text: "Son conseil juridique est le cabinet Latham & Watkins LLP, qui suit le dossier.",
		want: []string{"O:Latham & Watkins LLP"}},
	{name: "company named in an apposition", text: "Les deux partenaires proposent de créer une nouvelle société, baptisée Gama, dont Macnica détiendrait la majorité.",
		want: []string{"O:Gama"}},
	// A city demonym used as a noun, a trade word ending a firm's name, a couple honoured by a foundation, a federation before its confederation.
	{name: "city demonym as a noun before a name", text: "La brestoise Weather Routing Lab, elle, propose des routages aux navires de commerce.",
		want: []string{"O:Weather Routing Lab"}},
	{name: "shipping trade words end a firm's name", text: "Elle travaille pour des armateurs comme Louis Dreyfus Armateurs et Corsica Ferries.",
		want: []string{"O:Louis Dreyfus Armateurs", "O:Corsica Ferries"}},
	{name: "foundation named after a couple", text: "En France, la Fondation Simone et Cino Del Duca finance surtout la recherche biomédicale.",
		want: []string{"O:Fondation Simone et Cino Del Duca"}},
	{name: "federation named before its confederation", text: "Mais la Fédération nationale des ports et docks CGT prévient qu'elle refusera l'automatisation.",
		want: []string{"O:Fédération nationale des ports et docks", "O:CGT"}},
	// An agency or an NGO in apposition, a museum or a library after its noun, a regional court of accounts, a sibling of a listed machine.
	{name: "agency in apposition", text: "Risingsud, l'agence de développement économique régionale, est chargée de repérer les entreprises.",
		want: []string{"O:Risingsud"}},
	{name: "a capitalised head word after a colon is no apposition", text: "Défense : l'Agence ministérielle pour l'IA de défense accélère ses commandes.",
		want: []string{"O:Agence ministérielle pour l'intelligence artificielle de défense=Agence ministérielle pour l'IA de défense"}},
	{name: "museum after its noun", text: "Le musée d'Orsay a misé sur le public, comme le musée Guimet et le musée des Beaux-Arts de Lyon.",
		want: []string{"O:musée d'Orsay", "O:musée Guimet", "O:musée des Beaux-Arts de Lyon"}},
	{name: "capitalised library, not a software one", text: "La Bibliothèque Kandinsky a confié l'analyse de ses archives à un modèle écrit avec la bibliothèque PyTorch.",
		want: []string{"O:Bibliothèque Kandinsky"}},
	{name: "regional court of accounts", text: "Un rapport de la chambre régionale des comptes d'Occitanie pointe des doublons entre agences.",
		want: []string{"O:chambre régionale des comptes d'Occitanie"}},
	{name: "unlisted machine of a listed series", text: "Le C-DAC a inauguré PARAM Rudra à Pune, et l'Indian Institute of Science héberge PARAM Pravega.",
		want: []string{"O:Centre for Development of Advanced Computing=C-DAC", "M:PARAM Rudra", "O:Indian Institute of Science", "M:PARAM Pravega"}},
	{name: "a family of machines is no machine", text: "Le centre conçoit depuis 1991 la famille de supercalculateurs PARAM, dont le supercalculateur PARAM Rudra.",
		want: []string{"M:PARAM Rudra"}},
	{name: "a series in capitals only", text: "Le LRZ installe Blue Lion, tandis que Blue Origin prépare un lancement.",
		want: []string{"O:Leibniz-Rechenzentrum=LRZ", "M:Blue Lion"}},
	{name: "a head word's complement spelling an acronym written later", text: "L'accord a été négocié avec le Syndicat des éditeurs de la presse magazine pendant deux ans. Le SEPM obtient une rémunération.",
		want: []string{"O:Syndicat des éditeurs de la presse magazine"}},
	// Listed names, longest match, folding.
	{name: "plain name", text: "Mistral AI a levé 600 millions d'euros en juin.",
		want: []string{"O:Mistral AI"}},
	{name: "longest match over a prefix", text: "Google DeepMind ouvre un laboratoire à Paris, Google suit.",
		want: []string{"O:Google DeepMind", "O:Google"}},
	{name: "elision l'", text: "Le projet est coordonné par l'Inria et le CNRS.",
		want: []string{"O:Inria", "O:CNRS"}},
	{name: "typographic elision d’", text: "Les serveurs d’Eviden équiperont la nouvelle partition.",
		want: []string{"O:Eviden"}},
	{name: "elision before an acronym", text: "Les ingénieurs de l'IDRIS ont installé les nœuds.",
		want: []string{"O:IDRIS"}},
	{name: "hyphen and space are one", text: "Le supercalculateur Jean-Zay a été étendu en 2024.",
		want: []string{"M:Jean Zay=Jean-Zay"}},
	{name: "accents folded", text: "Les prévisions de Meteo-France reposent sur de nouveaux calculateurs.",
		want: []string{"O:Météo-France=Meteo-France"}},
	{name: "ampersand kept", text: "La start-up Alice & Bob construit un ordinateur quantique.",
		want: []string{"O:Alice & Bob"}},
	{name: "case of an acronym", text: "Le CEA et le cea ne s'écrivent pas pareil.",
		want: []string{"O:CEA"}},
	{name: "four-letter acronym as a word", text: "La Cnil et la CNIL, mais pas la cnil.",
		want: []string{"O:CNIL=Cnil", "O:CNIL"}},
	{name: "acronym and expansion listed", text: "Le Grand équipement national de calcul intensif (GENCI) achète la machine.",
		want: []string{"O:GENCI=Grand équipement national de calcul intensif", "O:GENCI"}},
	{name: "ministry alias", text: "Selon le ministère de la Recherche, le calendrier tient.",
		want: []string{"O:Ministère de l'Enseignement supérieur et de la Recherche=ministère de la Recherche"}},
	{name: "usual press name", text: "L'entreprise commune EuroHPC JU finance la moitié de JUPITER, le supercalculateur allemand.",
		want: []string{"O:EuroHPC=entreprise commune EuroHPC", "M:JUPITER"}},
	{name: "multi-word alias", text: "La Présidence de la République a reçu les chercheurs.",
		want: []string{"O:Élysée=Présidence de la République"}},

	// Word boundaries.
	{name: "no name inside a longer word", text: "Le projet Inrial n'a rien à voir avec la recherche publique.",
		want: []string{}},
	{name: "H is not in H100", text: "Scaleway a acheté un millier de GPU H100.",
		want: []string{"O:Scaleway"}},
	{name: "comma is not a hyphen", text: "Des clusters à Grenoble, Rennes, Paris, Saclay et Toulouse.",
		want: []string{}},
	{name: "hyphenated listed name", text: "L'université Paris-Saclay ouvre un master.",
		want: []string{"O:Université Paris-Saclay=université Paris-Saclay"}},
	{name: "no name in a web address", text: "Le détail est sur https://www.genci.fr/jean-zay et www.idris.fr.",
		want: []string{}},

	// Capitalisation.
	{name: "Orange the company", text: "Orange déploie ses offres de cloud souverain.",
		want: []string{"O:Orange"}},
	{name: "orange the colour", text: "Le logo est orange et le fond est bleu.",
		want: []string{}},
	{name: "Free the operator", text: "Free a lancé une box compatible Wi-Fi 7.",
		want: []string{"O:Free"}},
	{name: "free the English word", text: "Le jeu est en free-to-play depuis mardi.",
		want: []string{}},
	{name: "Meta the company", text: "Meta a annoncé un nouveau modèle ouvert.",
		want: []string{"O:Meta"}},
	{name: "méta the prefix", text: "Une méta-analyse publiée en mai remet en cause ces résultats.",
		want: []string{}},
	{name: "méta the prefix, capitalised", text: "Méta-analyse : les résultats de Meta sont discutés.",
		want: []string{"O:Meta"}},
	{name: "Mistral short form", text: "Mistral lève 600 millions d'euros.",
		want: []string{"O:Mistral AI=Mistral"}},
	{name: "mistral the wind", text: "Le mistral souffle fort sur la vallée du Rhône.",
		want: []string{}},
	{name: "Apple the company", text: "Apple a présenté son casque de réalité mixte.",
		want: []string{"O:Apple"}},
	{name: "common word in a longer name", text: "L'Armée syrienne libre (Free Syrian Army) a reculé, Orange County aussi.",
		want: []string{}},
	{name: "title in capitals", title: "MISTRAL AI LÈVE 1,7 MILLIARD D'EUROS AUPRÈS D'ASML",
		wantT: []string{"O:Mistral AI=MISTRAL AI", "O:ASML"}, want: []string{}},
	{name: "Union européenne capitalised", text: "L'Union européenne veut plus de calcul.",
		want: []string{"O:Union européenne"}},

	// Context: organisations.
	{name: "H with a start-up cue", text: "La start-up française H a levé 220 millions de dollars.",
		want: []string{"O:H"}},
	{name: "H the letter", text: "Le pays a testé la bombe H en 1968.",
		want: []string{}},
	{name: "H after the heure", text: "À l'heure H, tout le monde était prêt.",
		want: []string{}},
	{name: "H seen in the title", title: "La jeune pousse H lève 220 millions",
		text:  "H veut construire des agents autonomes.",
		wantT: []string{"O:H"}, want: []string{"O:H"}},
	{name: "listed with another organisation", text: "Mistral AI, Kyutai et H recrutent à Paris.",
		want: []string{"O:Mistral AI", "O:Kyutai", "O:H"}},
	{name: "case and context: company", text: "La société Bleu commercialise un cloud de confiance.",
		want: []string{"O:Bleu"}},
	{name: "case and context: colour", text: "Le ciel est Bleu au-dessus de Paris.",
		want: []string{}},
	{name: "following verb cue", text: "Dust a levé 5 millions de dollars.",
		want: []string{"O:Dust"}},
	{name: "apposition cue", text: "Giskard, la start-up parisienne, teste les modèles.",
		want: []string{"O:Giskard"}},
	{name: "without a cue", text: "La Dust des chantiers reste un problème.",
		want: []string{}},

	// Context: machines and the Jules Verne ambiguity.
	{name: "Jules Verne the machine", text: "Le supercalculateur Jules Verne sera installé à Bruyères-le-Châtel.",
		want: []string{"M:Jules Verne"}},
	{name: "Jules Verne the machine again", text: "La machine Jules Verne atteindra l'exaflop.",
		want: []string{"M:Jules Verne"}},
	{name: "Jules Verne the consortium", text: "Le consortium Jules Verne réunit la France et les Pays-Bas.",
		want: []string{"O:Consortium Jules Verne=consortium Jules Verne"}},
	{name: "Jules Verne the consortium, short", text: "Le programme porté par Jules Verne, le consortium franco-néerlandais, avance.",
		want: []string{"O:Consortium Jules Verne=Jules Verne"}},
	{name: "Jules Verne the writer", text: "L'écrivain Jules Verne est né à Nantes en 1828.",
		want: []string{}},
	{name: "nearest cue wins", text: "Pour la machine Jules Verne, le consortium a choisi Eviden.",
		want: []string{"M:Jules Verne", "O:Eviden"}},
	{name: "Frontier the machine", text: "Frontier, le supercalculateur d'Oak Ridge, a passé l'exaflop.",
		want: []string{"M:Frontier", "O:Oak Ridge National Laboratory=Oak Ridge"}},
	{name: "frontier models", text: "Les frontier models inquiètent les régulateurs.",
		want: []string{}},
	{name: "Frontier AI", text: "Le rapport sur la Frontier AI a été publié à Londres.",
		want: []string{}},
	{name: "JUPITER the machine", text: "Le premier supercalculateur exaflopique européen sera JUPITER.",
		want: []string{"M:JUPITER"}},
	{name: "Jupiter the planet", text: "La sonde Juno observe Jupiter et ses lunes.",
		want: []string{}},
	{name: "Eos the machine", text: "NVIDIA a comparé Nabu 2023 à Eos, son supercalculateur interne.",
		want: []string{"O:NVIDIA", "M:Nabu 2023", "M:Eos"}},
	{name: "Eos the goddess", text: "Dans la mythologie grecque, Eos est la déesse de l'aurore.",
		want: []string{}},
	{name: "machine seen earlier", text: "Le supercalculateur Leonardo est à Bologne. Leonardo a coûté 240 millions.",
		want: []string{"M:Leonardo", "M:Leonardo"}},
	{name: "machine linked by de", text: "Alan Turing a imaginé la machine de Turing en 1936.",
		want: []string{}},
	{name: "product before a machine name", text: "Le système d'exploitation macOS Sierra tourne sur des machines Apple.",
		want: []string{"O:Apple"}},
	{name: "weak cue too far", text: "Le cluster Kubernetes de l'équipe tourne sur Vega, la distribution interne.",
		want: []string{}},
	{name: "weak cue next to the names", text: "Les machines Aurora et Polaris sont à Argonne.",
		want: []string{"M:Aurora", "M:Polaris", "O:Argonne National Laboratory=Argonne"}},
	{name: "part of a product name", text: "Le calculateur Grace Hopper de Nvidia. Hopper, le supercalculateur du NERSC, a été démonté.",
		want: []string{"O:NVIDIA=Nvidia", "M:Hopper", "O:National Energy Research Scientific Computing Center=NERSC"}},
	{name: "alias with its own cue", text: "Le groupe Bolloré et le groupe Vinci sont cités.",
		want: []string{"O:Bolloré=groupe Bolloré", "O:Vinci=groupe Vinci"}},
	{name: "machine learning is no cue", text: "Les cours de machine learning d'Alps sont complets.",
		want: []string{}},
	{name: "machines placed by their country", text: "S'y ajoutent des systèmes plus modestes : Vega en Slovénie, Karolina en République tchèque et Deucalion au Portugal.",
		want: []string{"M:Vega", "M:Karolina", "M:Deucalion"}},
	{name: "machines placed by a nationality", text: "Dans le classement, il se place derrière les américains El Capitan, Frontier et Aurora.",
		want: []string{"M:El Capitan", "M:Frontier", "M:Aurora"}},
	{name: "machine placed by its operator", text: "Au TGCC, Joliot-Curie assure le calcul des grands projets européens.",
		want: []string{"O:TGCC", "M:Joliot-Curie"}},
	{name: "machines placed by their sites", text: "Il devance LUMI, installé à Kajaani, et Leonardo, près de Bologne.",
		want: []string{"M:LUMI", "M:Leonardo"}},
	{name: "site inside an organisation name", text: "Sur le campus de l'Université technique d'Ostrava, Karolina calcule jour et nuit.",
		want: []string{"O:Université technique d'Ostrava", "M:Karolina"}},
	{name: "country inside an organisation name", text: "L'Alliance de recherche numérique du Canada renouvelle ses grappes : Rorqual, Fir et Nibi.",
		want: []string{"O:Alliance de recherche numérique du Canada", "M:Rorqual", "M:Fir", "M:Nibi"}},
	{name: "machine placed by the French name of its site", text: "À Cracovie, Helios calcule jour et nuit.",
		want: []string{"M:Helios"}},
	{name: "country before an apposition is no organisation", text: "En Slovénie, l'institut IZUM fait tourner Vega à Maribor.",
		want: []string{"O:IZUM", "M:Vega"}},
	{name: "capital city as a government", text: "Paris et Ottawa ont lancé ensemble un partenariat.",
		want: []string{}},
	{name: "country in another sentence", text: "Leonardo expose ses carnets. L'Italie prête les dessins.",
		want: []string{}},
	{name: "France places no machine", text: "Les élèves de Jules Verne en France lisent ses romans.",
		want: []string{}},

	// Organisations in no list.
	{name: "unknown after start-up", text: "La start-up Zenbaia a levé 2 millions d'euros.",
		want: []string{"O:Zenbaia"}},
	{name: "unknown after jeune pousse", text: "La jeune pousse lyonnaise Vetoquant recrute dix ingénieurs.",
		want: []string{"O:Vetoquant"}},
	{name: "unknown before a verb", text: "Lazard et Eleia viennent d'annoncer un partenariat.",
		want: []string{"O:Lazard", "O:Eleia"}},
	{name: "unknown with an apposition", text: "Zenbaia, une plateforme d'agents, ouvre un bureau. Zenbaia recrute.",
		want: []string{"O:Zenbaia", "O:Zenbaia"}},
	{name: "common-word name founded by someone", text: "Mila, fondé par Yoshua Bengio, réunit un millier de chercheurs.",
		want: []string{"O:Mila"}},
	{name: "unknown name cofounded by someone", text: "Vetoquant, cofondé par deux vétérinaires, recrute.",
		want: []string{"O:Vetoquant"}},
	{name: "unknown before parenthesised cue", text: "Vetoquant (start-up) lève 3 millions.",
		want: []string{"O:Vetoquant"}},
	{name: "unknown acronym and expansion", text: "L'Agence spatiale du Luxembourg (LSA) investit. La LSA finance trois projets.",
		want: []string{"O:Agence spatiale du Luxembourg", "O:Agence spatiale du Luxembourg=LSA", "O:Agence spatiale du Luxembourg=LSA"}},
	{name: "unknown acronym before its expansion", text: "Selon l'ANP (Agence nationale des pêches), la flotte baisse. L'ANP publiera un rapport.",
		want: []string{"O:Agence nationale des pêches=ANP", "O:Agence nationale des pêches", "O:Agence nationale des pêches=ANP"}},
	{name: "acronym shared by two listed names", text: "Le Comité européen de la protection des données (CEPD) a publié un avis. Le CEPD insiste.",
		want: []string{"O:Comité européen de la protection des données", "O:Comité européen de la protection des données=CEPD",
			"O:Comité européen de la protection des données=CEPD"}},
	{name: "listed acronym alone keeps its entry", text: "Le CEPD a publié un avis sur les modèles.",
		want: []string{"O:Contrôleur européen de la protection des données=CEPD"}},
	{name: "listed acronym before its expansion", text: "Le JSC (Centre de supercalcul de Jülich) exploite la machine.",
		want: []string{"O:Jülich Supercomputing Centre=JSC", "O:Jülich Supercomputing Centre=Centre de supercalcul de Jülich"}},
	{name: "listed acronym names its expansion", text: "Il sera exploité par le Centre de supercalcul de Jülich (JSC).",
		want: []string{"O:Jülich Supercomputing Centre=Centre de supercalcul de Jülich", "O:Jülich Supercomputing Centre=JSC"}},
	{name: "unknown buyer after a nationality", text: "La société lilloise Vade a été rachetée par l'allemand Hornetsecurity.",
		want: []string{"O:Vade", "O:Hornetsecurity"}},
	{name: "unknown investor", text: "Qevlar AI lève 10 millions d'euros auprès de Forgepoint Capital.",
		want: []string{"O:Qevlar AI", "O:Forgepoint Capital"}},
	{name: "passive verb cue", text: "Replicate a été rachetée par Cloudflare.",
		want: []string{"O:Replicate", "O:Cloudflare"}},
	{name: "first name of a person", text: "Alan Turing a imaginé la machine universelle. L'assureur Alan recrute.",
		want: []string{"O:Alan"}},
	{name: "named place before a company name", text: "Le trafic du canal de Suez reprend.",
		want: []string{}},
	{name: "possessive after a plan", text: "Le plan de Bpifrance soutient la French Tech.",
		want: []string{"O:Bpifrance", "O:La French Tech=la French Tech"}},
	{name: "a school named like a machine", text: "Le lycée Jules Verne de Nantes a visité le supercalculateur.",
		want: []string{"O:lycée Jules Verne"}},
	{name: "group with a subsidiary", text: "Scaleway, filiale du groupe Iliad, ouvre un centre de données.",
		want: []string{"O:Scaleway", "O:Iliad=groupe Iliad"}},
	{name: "not a person", text: "Emmanuel Macron annonce un plan pour l'IA.",
		want: []string{}},
	{name: "not a surname met earlier", text: "Jean-Noël Barrot était présent. Barrot annonce un fonds.",
		want: []string{}},
	{name: "not a public figure", text: "Macron annonce un plan, Trump riposte et Musk a levé des fonds.",
		want: []string{}},
	{name: "not a person with an unknown first name", text: "Laurence Devillers, spécialiste de l'éthique de l'IA, annonce un livre.",
		want: []string{}},
	{name: "not an institution in general", text: "Le Parlement annonce un vote. Ministère et Gouvernement annoncent un plan.",
		want: []string{}},
	{name: "not a place", text: "Bruxelles annonce de nouvelles règles.",
		want: []string{}},
	{name: "not an event", text: "VivaTech annonce un record de visiteurs.",
		want: []string{}},
	{name: "not a law", text: "L'AI Act, adopté par le Parlement européen, s'applique en 2026.",
		want: []string{"O:Parlement européen"}},
	{name: "not an adverb before a participle", text: "Récemment lancé, le service compte 1 000 clients. Chacun présente son projet.",
		want: []string{}},
	{name: "not a pronoun", text: "Elle a levé 10 millions. Cette société a levé plus.",
		want: []string{}},
	{name: "unknown name with de", text: "La société Européenne de Calcul a annoncé un contrat.",
		want: []string{"O:Européenne de Calcul"}},
	{name: "unknown name before a person", text: "La start-up Zenbaia de Pierre Vannier recrute.",
		want: []string{"O:Zenbaia"}},
	{name: "unknown name with a place", text: "Le cortège part de l'Université Libre de Berlin, la fondation Abeona suit.",
		want: []string{"O:Université Libre de Berlin", "O:Fondation Abeona=fondation Abeona"}},
	{name: "plus sign kept", text: "Canal+ diffuse la série ; le Canal du Midi est un ouvrage.",
		want: []string{"O:Canal+"}},
	{name: "unknown investor after its kind", text: "Le fonds d'investissement Kerala Ventures a mené le tour.",
		want: []string{"O:Kerala Ventures"}},
	{name: "owner after a machine noun", text: "Pangea III, le calculateur d'Elf, et Alps complètent le classement.",
		want: []string{"M:Pangea III", "M:Alps"}},
	{name: "unknown machine", text: "Le supercalculateur Perun sera installé en Slovaquie.",
		want: []string{"M:Perun"}},
	{name: "unknown machine with digits", text: "La machine Dragonfly 3 entre en service.",
		want: []string{"M:Dragonfly 3"}},
	{name: "unknown machine before its cue", text: "Perun, le supercalculateur slovaque, coûte 30 millions.",
		want: []string{"M:Perun"}},
	{name: "no machine after a place preposition", text: "Le projet tourne au centre de calcul de Bergen, une machine de 10 000 puces.",
		want: []string{}},
	{name: "machine placed by its site", text: "Alps tourne au centre de calcul de Lugano, une machine de 10 000 puces.",
		want: []string{"M:Alps"}},
	{name: "module cue", text: "Le module JEDI, un prototype installé dès 2024, a pris la tête du Green500.",
		want: []string{"M:JEDI"}},
	{name: "joint venture cue", text: "Orange et Capgemini vendent une offre au sein de Bleu, coentreprise qui distribue Microsoft.",
		want: []string{"O:Orange", "O:Capgemini", "O:Bleu", "O:Microsoft"}},
	{name: "place the verb", text: "La Suisse place Alps, au CSCS de Lugano, dans les dix premiers.",
		want: []string{"M:Alps", "O:Swiss National Supercomputing Centre=CSCS"}},
	{name: "place the square", text: "Le cortège est parti de la place Jean Zay.",
		want: []string{}},
	{name: "unknown after a trade and a nationality", text: "L'armateur norvégien Wilhelmsen investit dans l'IA.",
		want: []string{"O:Wilhelmsen"}},
	{name: "unknown after a nationality as a noun", text: "Elle a été rachetée par la norvégienne Kongsvik.",
		want: []string{"O:Kongsvik"}},
	{name: "trade union", text: "Le syndicat CFE-CGC réclame des garanties, comme la CFDT.",
		want: []string{"O:CFE-CGC", "O:CFDT"}},
	{name: "unknown firms by their suffix", text: "Le tour est codirigé par Blockchange Ventures et Pantera Capital.",
		want: []string{"O:Blockchange Ventures", "O:Pantera Capital"}},
	{name: "venture capital is no firm", text: "Le Venture Capital français a reculé. Le capital-risque souffre.",
		want: []string{}},
	{name: "cue farther than the noun it completes", text: "Ces supercalculateurs prendront le relais d'El Capitan, de Frontier et d'Aurora.",
		want: []string{"M:El Capitan", "M:Frontier", "M:Aurora"}},
	{name: "list with a preposition after a sure name", text: "Les équipes d'OpenAI, d'Anthropic et de Meta ont signé.",
		want: []string{"O:OpenAI", "O:Anthropic", "O:Meta"}},
	{name: "a new clause is no apposition", text: "Après une première machine, installée à Croix, le groupe a commandé un second ordinateur.",
		want: []string{}},
	{name: "apposition before a verb", text: "Zenbaia, la start-up lyonnaise, a levé 2 millions.",
		want: []string{"O:Zenbaia"}},
	{name: "apposition before à", text: "Vetoquant, fondée à Paris en 2023, aide les entreprises.",
		want: []string{"O:Vetoquant"}},
	{name: "cue verb after an incident clause", text: "Korvalis, installé à Lyon depuis 2022, a levé 3 millions d'euros.",
		want: []string{"O:Korvalis"}},
	{name: "incident clause without a cue verb", text: "Valmorel, installé à Lyon depuis 2022, accueille les visiteurs.",
		want: []string{}},
	{name: "machine before an incident clause", text: "Leonardo, installé à Bologne par le Cineca, a atteint 240 pétaflops.",
		want: []string{"M:Leonardo", "O:Cineca"}},
	{name: "inspection defined by its acronym", text: "Une mission a été confiée à l'Inspection générale de l'environnement et du développement durable (IGEDD).",
		want: []string{"O:Inspection générale de l'environnement et du développement durable",
			"O:Inspection générale de l'environnement et du développement durable=IGEDD"}},
	{name: "machine launching after an incident clause", text: "JUPITER, installé à Jülich, a lancé ses premiers calculs.",
		want: []string{"M:JUPITER"}},
	{name: "named thing with a nationality", text: "La navette américaine Discovery a volé pour la dernière fois en 2011.",
		want: []string{}},
	{name: "television series in its country", text: "La série Frontier a été tournée aux États-Unis.",
		want: []string{}},
	{name: "newspaper name after journal", text: "Selon le journal Les Echos, le fonds a levé 20 millions.",
		want: []string{"O:Les Echos"}},
	{name: "person named like a machine", text: "Il fonda le CNRS avec Irène Joliot-Curie et Jean Perrin.",
		want: []string{"O:CNRS"}},
	{name: "machine with a person's name near its cue", text: "Le supercalculateur Irène Joliot-Curie du TGCC a été étendu.",
		want: []string{"M:Joliot-Curie=Irène Joliot-Curie", "O:TGCC"}},
	{name: "never a chip model", text: "Le calculateur GH200 de NVIDIA équipe la machine MI300X.",
		want: []string{"O:NVIDIA"}},

	// Cues met in regional, health, space and funding news.
	{name: "hospital acronym and its city", text: "Le CHU de Poitiers a déployé un outil de détection des fractures.",
		want: []string{"O:CHU de Poitiers"}},
	{name: "hospital acronym alone", text: "À Nantes, le CHU a signé un partenariat avec une école.",
		want: []string{}},
	{name: "hospital named after a person", text: "Les essais ont lieu à l'Hôpital Foch, à Suresnes.",
		want: []string{"O:Hôpital Foch"}},
	{name: "grouping of practices", text: "Le groupement Xelios, qui fédère des cabinets d'imagerie, a signé un accord.",
		want: []string{"O:Xelios"}},
	{name: "notified body", text: "Le dossier est instruit par l'organisme notifié Certivia.",
		want: []string{"O:Certivia"}},
	{name: "adjective of no list after the cue", text: "Le groupe panafricain Kavanto déploie une usine d'IA.",
		want: []string{"O:Kavanto"}},
	{name: "participle after the cue", text: "Le gouvernement a promis une migration vers un hébergeur certifié SecNumCloud.",
		want: []string{}},
	{name: "no adjective after a link", text: "L'État a signé le rachat de l'activité Advanced Computing d'Atos.",
		want: []string{"O:Atos"}},
	{name: "round led by, with the participation of", text: "Le tour a été mené par Orvane, avec la participation de Kestrelle.",
		want: []string{"O:Orvane", "O:Kestrelle"}},
	{name: "fund suffix in a list", text: "Elle a levé 10 millions d'euros auprès d'Alven et de Together Fund.",
		want: []string{"O:Alven", "O:Together Fund"}},
	{name: "short form met before the suffixed name", text: "Le réseau Nubra, filiale de Kovaxa, ouvre un site. Kovaxa Technologies investit 700 millions de dollars.",
		want: []string{"O:Nubra", "O:Kovaxa Technologies=Kovaxa", "O:Kovaxa Technologies"}},
	{name: "apposition with an adjective", text: "Teravolt, le principal opérateur de centres de données du pays, recrute.",
		want: []string{"O:Teravolt"}},
	{name: "apposition with a participle", text: "Prunix AI, spécialisée dans la compression des modèles, a levé 6 millions.",
		want: []string{"O:Prunix AI"}},
	{name: "nationality of the Gulf", text: "Le qatari Zaytel a annoncé des centres de données.",
		want: []string{"O:Zaytel"}},
	{name: "activity verb after qui", text: "L'AFD a investi dans Voltani, qui construit des centres de données en Ouganda.",
		want: []string{"O:AFD", "O:Voltani"}},
	{name: "passive is no organisation cue", text: "Le calculateur Orvalis construit par Eviden sera livré en 2026.",
		want: []string{"M:Orvalis", "O:Eviden"}},
	{name: "city between the verb and the machine", text: "Le C-DAC exploite aussi à Pune AIRAWAT, une machine dédiée à l'IA.",
		want: []string{"O:Centre for Development of Advanced Computing=C-DAC", "M:AIRAWAT"}},
	{name: "list of machines over a company named elsewhere", text: "L'italien Leonardo fabrique des hélicoptères. Le projet s'appuie sur LUMI, Leonardo et MareNostrum 5.",
		want: []string{"O:Leonardo", "M:LUMI", "M:Leonardo", "M:MareNostrum 5"}},
	{name: "unknown cluster", text: "L'agence exploite à Toulouse le cluster Trexon pour ses traitements.",
		want: []string{"M:Trexon"}},
	{name: "machine named in an apposition", text: "Cette machine, baptisée Sirocco, sera installée à Orsay.",
		want: []string{"M:Sirocco"}},
	{name: "spin-off of a listed lab", text: "La spin-off Photonix du CEA-Leti a levé 5 millions.",
		want: []string{"O:Photonix", "O:CEA-Leti"}},
	{name: "origin in an apposition", text: "Zyphora, issue du CNRS, a été créée en 2020 à Grenoble.",
		want: []string{"O:Zyphora", "O:CNRS"}},
	{name: "incubator in an apposition", text: "Meridia, incubée à Station F, lance son premier produit.",
		want: []string{"O:Meridia", "O:Station F"}},
	{name: "former name in parentheses", text: "Helvion (ex-Serenza) propose des modèles juridiques.",
		want: []string{"O:Helvion"}},
	{name: "verb of the noun a place completes", text: "Le chantier naval de Lorient construit des frégates pour la Marine nationale.",
		want: []string{"O:Marine nationale"}},
	{name: "place that opens the sentence", text: "Dans les Hauts-de-France, la start-up Lumiq a levé 3 millions.",
		want: []string{"O:Lumiq"}},
	{name: "place set off by commas", text: "Au cœur de la technopole, à Valbonne, l'institut Kerava ouvre un laboratoire.",
		want: []string{"O:Kerava"}},
	{name: "regional adjectives", text: "La jeune pousse lyonnaise Nijtar anonymise les voix. L'éditeur messin Vokalis conçoit des assistants.",
		want: []string{"O:Nijtar", "O:Vokalis"}},
	{name: "acronym that does not abbreviate the name before", text: "Il a enseigné à Polytechnique (UMRS) avant de créer sa société.",
		want: []string{"O:École polytechnique=Polytechnique"}},
	{name: "listed name with a firm suffix", text: "La série D est menée par NEA, avec WiL et Atlassian Ventures.",
		want: []string{"O:New Enterprise Associates=NEA", "O:WiL", "O:Atlassian Ventures"}},
	{name: "index named after an exchange", text: "Le Nasdaq Composite a reculé de 3,1 % et Nasdaq a publié ses résultats.",
		want: []string{"O:Nasdaq"}},
	{name: "product line named after a maker", text: "HPE, qui a racheté Cray en 2019, vend ses lames Cray EX.",
		want: []string{"O:Hewlett Packard Enterprise=HPE", "O:Cray"}},
	{name: "employer of an analyst", text: "« La valorisation reste tendue », estime un analyste d'Alantra.",
		want: []string{"O:Alantra"}},
	{name: "employer of fund managers", text: "Les gérants de Comgest restent prudents sur les valeurs du secteur.",
		want: []string{"O:Comgest"}},
	{name: "employer after a title and an adjective", text: "Pour Claire Dubreuil, directrice générale de Degroof Petercam, la prudence s'impose.",
		want: []string{"O:Degroof Petercam"}},
	{name: "a title before no employer", text: "Le président de la République française a reçu la directrice de recherche du CNRS.",
		want: []string{"O:CNRS"}},
	{name: "employer of a quoted person", text: "« Le marché se normalise », a déclaré Marc Durand, PDG d'Ekimetrics, lors d'une conférence.",
		want: []string{"O:Ekimetrics"}},
	{name: "a department is no employer", text: "La directrice de la Communication de Sanofi a confirmé l'accord.",
		want: []string{"O:Sanofi"}},
	{name: "secretariat with its acronym", text: "Le Secrétariat général à la planification écologique (SGPE) suit le dossier.",
		want: []string{"O:Secrétariat général à la planification écologique", "O:Secrétariat général à la planification écologique=SGPE"}},
	{name: "employer verb", text: "Weproov emploie désormais 80 personnes à Lyon.",
		want: []string{"O:Weproov"}},
	{name: "broker", text: "Le courtier Bryan Garnier relève son objectif de cours.",
		want: []string{"O:Bryan Garnier"}},
	{name: "two brokers after one cue", text: "Les courtiers Bryan Garnier et Alantra relèvent leur objectif.",
		want: []string{"O:Bryan Garnier", "O:Alantra"}},
	{name: "investors joined after their cues", text: "Le tour est mené par Alantra et Comgest, avec la participation de Sycomore et d'Ekimetrics.",
		want: []string{"O:Alantra", "O:Comgest", "O:Sycomore", "O:Ekimetrics"}},
	{name: "a person joined to a start-up", text: "La start-up Weproov et Jean Dupont ont signé un accord.",
		want: []string{"O:Weproov"}},
	{name: "project named after its noun", text: "Le laboratoire participe au projet européen HPLT (High Performance Language Technologies).",
		want: []string{}},
	{name: "adjective that opens a sentence", text: "Double annonce à Berlin : la start-up Parloa lève 120 millions de dollars.",
		want: []string{"O:Parloa"}},

	{name: "technopole cue", text: "Le technopôle Anticipa accompagne une vingtaine de jeunes entreprises du Trégor.",
		want: []string{"O:Anticipa"}},
	{name: "university institute of technology", text: "Le logiciel a été conçu avec des élèves de l'IUT de Lannion.",
		want: []string{"O:IUT de Lannion"}},
	{name: "PME is a common noun", text: "La PME a investi 250 000 euros dans un logiciel de maintenance prédictive.",
		want: []string{}},
	{name: "groups of local authorities", text: "Lannion-Trégor Communauté et Rennes Métropole financent la nouvelle option.",
		want: []string{"O:Lannion-Trégor Communauté", "O:Rennes Métropole"}},
	{name: "fund named after a listed bank", text: "Les centres ont été cédés à un fonds contrôlé par Morgan Stanley Infrastructure Partners.",
		want: []string{"O:Morgan Stanley Infrastructure Partners"}},
	{name: "antonomasia", text: "Il faudrait à l'Europe son « Airbus de l'IA », voire un Google européen, pour ne pas devenir le Nokia du XXIe siècle.",
		want: []string{}},
	{name: "a complement that keeps the organisation", text: "Airbus a livré ses avions ; le CEA de Grenoble suit, la DGCCRF des produits de consommation aussi.",
		want: []string{"O:Airbus", "O:CEA", "O:DGCCRF"}},

	{name: "school named after a person", text: "Au lycée Félix-Le-Dantec, les élèves ont entraîné un réseau de neurones avec le collège Jean-Zay.",
		want: []string{"O:lycée Félix-Le-Dantec", "O:collège Jean-Zay"}},
	{name: "English college", text: "Le projet associe l'Inria et le King's College London.",
		want: []string{"O:Inria", "O:King's College London"}},

	{name: "unknown investor in an enumeration", text: "Le tour est mené par Nvidia, AMD, Cisco et Brindle.",
		want: []string{"O:NVIDIA=Nvidia", "O:AMD", "O:Cisco", "O:Brindle"}},
	{name: "first item of an enumeration", text: "Quantique : Pasqal, Quandela et Alice & Bob lèvent des fonds, face à la domination de NVLink, AMD et Intel.",
		want: []string{"O:Pasqal", "O:Quandela", "O:Alice & Bob", "O:AMD", "O:Intel"}},

	{name: "bought company in apposition", text: "La division, construite autour de Brindlemed, racheté 5,8 milliards de dollars en 2019, ralentit.",
		want: []string{"O:Brindlemed"}},

	// Resolution inside a document.
	{name: "misspelling of a name found", text: "Mistral AI et Hugging Face sont partenaires. Huggins Face héberge les poids.",
		want: []string{"O:Mistral AI", "O:Hugging Face", "O:Hugging Face=Huggins Face"}},
	{name: "doubled letter", text: "Scaleway, filiale d'Iliad, a reçu Xavier Niel, patron d'Illiad.",
		want: []string{"O:Scaleway", "O:Iliad", "O:Iliad=Illiad"}},
	{name: "no typo across letters", text: "Micron a annoncé une usine. Macron a salué l'annonce.",
		want: []string{"O:Micron"}},
	{name: "same unknown name again", text: "La jeune pousse Vetoquant Labs a levé 3 millions. Vetoquant Labs recrute.",
		want: []string{"O:Vetoquant Labs", "O:Vetoquant Labs"}},
	{name: "short form of an unknown name", text: "Vetoquant recrute : la jeune pousse Vetoquant Labs a levé 3 millions.",
		want: []string{"O:Vetoquant Labs=Vetoquant", "O:Vetoquant Labs"}},
	{name: "short form before the long form", text: "Mistral recrute à Paris. Mistral AI a levé des fonds.",
		want: []string{"O:Mistral AI=Mistral", "O:Mistral AI"}},

	// Sports clubs, English long forms, redefined acronyms, more cues.
	{name: "sports clubs", text: "L'OGC Nice et l'AS Monaco ont recruté des analystes, comme le Stade brestois et le Real Betis.",
		want: []string{"O:OGC Nice", "O:AS Monaco", "O:Stade brestois", "O:Real Betis"}},
	{name: "club of a city after de", text: "Un ancien directeur sportif de l'Olympique de Nîmes témoigne.",
		want: []string{"O:Olympique de Nîmes"}},
	{name: "a ground is no club", text: "La finale s'est jouée au Stade de France puis au Stade Vélodrome.",
		want: []string{}},
	{name: "club acronym in capitals only", text: "Il a signé as de la finance, puis Sc Bastia.",
		want: []string{}},
	{name: "English long form ending with its head", text: "La Japan Automobile Manufacturers Association (JAMA) publie ses chiffres ; la JAMA prévoit une hausse.",
		want: []string{"O:Japan Automobile Manufacturers Association", "O:Japan Automobile Manufacturers Association=JAMA",
			"O:Japan Automobile Manufacturers Association=JAMA"}},
	{name: "English long form without a head word", text: "Les Large Language Models (LLM) progressent.",
		want: []string{}},
	{name: "listed acronym defined anew", text: "La Fédération française de tennis (FFT) s'appuie sur Infosys. La FFT publie des statistiques.",
		want: []string{"O:Fédération française de tennis", "O:Fédération française de tennis=FFT", "O:Infosys",
			"O:Fédération française de tennis=FFT"}},
	{name: "listed acronym after a translated long form", text: "Le Centre suisse de calcul scientifique (CSCS) exploite le supercalculateur Alps.",
		want: []string{"O:Swiss National Supercomputing Centre=Centre suisse de calcul scientifique",
			"O:Swiss National Supercomputing Centre=CSCS", "M:Alps"}},
	{name: "public interest grouping", text: "Le service est porté par le groupement d'intérêt public Pix depuis 2019.",
		want: []string{"O:Pix"}},
	{name: "cue noun then comme", text: "Les clubs achètent leurs données auprès de sociétés comme Sportradar ou Opta.",
		want: []string{"O:Sportradar", "O:Opta"}},
	{name: "owned by", text: "Les vidéos viennent de Wyscout, propriété de Hudl, et de Transfermarkt, propriété du groupe Springer.",
		want: []string{"O:Wyscout", "O:Hudl", "O:Transfermarkt", "O:Springer"}},
	{name: "industry suffixes", text: "Les pièces viennent de GKN Aerospace et de Leonardo Helicopters.",
		want: []string{"O:GKN Aerospace", "O:Leonardo Helicopters"}},
	{name: "sells a subsidiary", text: "Vivendi cède Gameloft à un fonds.",
		want: []string{"O:Vivendi", "O:Gameloft"}},
	{name: "grappe is a cluster", text: "Les chercheurs utilisent la grappe Dragon2 de l'UMONS.",
		want: []string{"M:Dragon2", "O:Université de Mons=UMONS"}},
	{name: "street before an elided name", text: "La banque de la rue d'Antin a signé avec Mistral AI.",
		want: []string{"O:Mistral AI"}},
	{name: "regional education authorities", text: "L'académie de Versailles lance un appel à projets et le rectorat de Bordeaux signe une convention.",
		want: []string{"O:académie de Versailles", "O:rectorat de Bordeaux"}},
	{name: "local offices of social security and student services", text: "La CPAM de Lyon a signé une convention avec le Crous de Grenoble pour les étudiants boursiers.",
		want: []string{"O:CPAM de Lyon", "O:Crous de Grenoble"}},
	{name: "machine named by a participle after a weak cue", text: "L'Institut Pasteur s'est doté d'un cluster de GPU baptisé Maestro pour ses biologistes.",
		want: []string{"O:Institut Pasteur", "M:Maestro"}},
	{name: "listed machine name without a cue", text: "Le maestro a dirigé l'orchestre de l'Institut Pasteur.",
		want: []string{"O:Institut Pasteur"}},
	{name: "ministries named by their domains", text: "Le ministère des Sports et le ministère portugais de l'Éducation, de la Science et de l'Innovation ont signé un accord.",
		want: []string{"O:ministère des Sports", "O:ministère portugais de l'Éducation, de la Science et de l'Innovation"}},
	{name: "a federal ministry named by its domains", text: "À Abuja, le ministère fédéral des Communications, de l'Innovation et de l'Économie numérique a lancé un fonds pour la recherche.",
		want: []string{"O:ministère fédéral des Communications, de l'Innovation et de l'Économie numérique"}},
	{name: "a university named with du and its region", text: "« Sans courant, pas d'IA », résume un chercheur de l'université du Witwatersrand, première université du Gauteng.",
		want: []string{"O:université du Witwatersrand"}},
	{name: "a listed name in lower case extended by an adjective describes another body", text: "Le CSIRO, l'agence nationale de la recherche scientifique australienne, a présenté ses travaux avec l'Agence nationale de la recherche.",
		want: []string{"O:CSIRO", "O:ANR=Agence nationale de la recherche"}},
	{name: "an English council named head first before its acronym", text: "Selon le Council on Foreign Relations (CFR), les États-Unis gardent leur avance sur la Chine.",
		want: []string{"O:Council on Foreign Relations", "O:Council on Foreign Relations=CFR"}},
	{name: "a ministry named after its minister is not a name", text: "Au ministère de Rachida Dati, on prépare la réforme ; la start-up n'a pas vocation à devenir un ministère de l'IA.",
		want: nil},
	{name: "courts named by their seat", text: "L'expérimentation est menée avec le tribunal judiciaire de Marseille et la cour d'appel de Douai, puis la Cour administrative d'appel de Nantes.",
		want: []string{"O:tribunal judiciaire de Marseille", "O:cour d'appel de Douai", "O:Cour administrative d'appel de Nantes"}},
	{name: "a clause after a comma, with a negation", text: "Contactée, la société n'a pas répondu. Sollicitée, l'entreprise ne souhaite pas commenter.",
		want: nil},
	{name: "a foreign court by its seat alone", text: "OpenAI conteste l'amende devant le tribunal de Rome, et le tribunal de commerce de Paris a été saisi.",
		want: []string{"O:OpenAI", "O:tribunal de Rome", "O:tribunal de commerce de Paris"}},
	{name: "a court named with an indefinite article is none", text: "Le New York Times poursuit OpenAI devant un tribunal de New York.",
		want: []string{"O:The New York Times=New York Times", "O:OpenAI"}},
	{name: "prefectures and local bodies", text: "La préfecture du Haut-Rhin a délivré l'autorisation ; la communauté de communes Rhin-Sud et la chambre de commerce et d'industrie Alsace Eurométropole soutiennent le projet, comme la communauté d'agglomération du Grand Besançon.",
		want: []string{"O:préfecture du Haut-Rhin", "O:communauté de communes Rhin-Sud", "O:chambre de commerce et d'industrie Alsace Eurométropole", "O:communauté d'agglomération du Grand Besançon"}},
	{name: "an urban community by its town", text: "La communauté urbaine de Dunkerque accueille le projet de la préfecture de la Gironde.",
		want: []string{"O:communauté urbaine de Dunkerque", "O:préfecture de la Gironde"}},
	{name: "local bodies named with et, or by themselves", text: "La communauté de communes Brie des Rivières et Châteaux percevra la taxe ; la communauté d'agglomération Valence Romans Agglo a cédé un terrain.",
		want: []string{"O:communauté de communes Brie des Rivières et Châteaux", "O:Valence Romans Agglo"}},
	{name: "a local body without a name is not one", text: "La communauté de communes a voté le plan, la chambre de commerce et d'industrie l'a salué et la préfecture de région veille.",
		want: nil},
	{name: "school with a long name", text: "Le lycée Charles-de-Gaulle de Pulversheim ouvre une formation aux centres de données.",
		want: []string{"O:lycée Charles-de-Gaulle de Pulversheim"}},
	{name: "a court without a seat is not named", text: "Le tribunal de commerce a placé la société en redressement judiciaire et la cour d'appel a confirmé.",
		want: nil},
	{name: "trade nouns of farming", text: "Le semencier aveyronnais RAGT recrute, comme le sucrier coopératif Tereos.",
		want: []string{"O:RAGT", "O:Tereos"}},
	{name: "apposition without a determiner", text: "Axereal, premier groupe coopératif céréalier français, a structuré son offre.",
		want: []string{"O:Axereal"}},
	{name: "acronym with the d of de", text: "La Société des gens de lettres (SGDL) a assigné Meta.",
		want: []string{"O:Société des gens de lettres", "O:Société des gens de lettres=SGDL", "O:Meta"}},
	{name: "a law firm named after its legal form", text: "Les mandataires de la SELAFA MJA et de la SELARL Ajilink se partagent les dossiers du tribunal des activités économiques de Paris.",
		want: []string{"O:MJA", "O:Ajilink", "O:tribunal des activités économiques de Paris"}},
	{name: "a studio and a collective named after their trade", text: "Le studio de jeux vidéo Triptyque, installé à Villeurbanne, a obtenu une aide. Plus modeste, le collectif de développeurs Vinodata a obtenu 400 000 €.",
		want: []string{"O:Triptyque", "O:Vinodata"}},
	{name: "a foundation named after a person", text: "Kiev a obtenu l'accès à un satellite grâce à 15 millions d'euros collectés par la fondation Serhiy Prytula.",
		want: []string{"O:fondation Serhiy Prytula"}},
	{name: "an English acronym that names a trade without a cue", text: "Face à eux, trois géants dominent les outils de conception électronique, l'EDA.",
		want: []string{}},
	{name: "a defence agency named in full with its French acronym", text: "L'Agence européenne de défense (AED) coordonne un projet de données partagées.",
		want: []string{"O:Agence européenne de défense", "O:Agence européenne de défense=AED"}},
	{name: "listed name written without its head word", text: "L'Institut Pasteur agrandit son cluster. Pour suivre, Pasteur a investi 3,4 millions d'euros.",
		want: []string{"O:Institut Pasteur", "O:Institut Pasteur=Pasteur"}},
	{name: "acronym taken by a cue before its definition is read", text: "Le Syndicat national de l'édition (SNE) a saisi le tribunal. « Nous voulons la transparence », explique le président du SNE.",
		want: []string{"O:Syndicat national de l'édition", "O:Syndicat national de l'édition=SNE", "O:Syndicat national de l'édition=SNE"}},
	{name: "a capital city standing for its government", text: "Ankara a annoncé un plan pour le calcul, et Nicosie compte sur le Cyprus Institute.",
		want: []string{"O:Cyprus Institute"}},
	{name: "dotted capital I of Turkish names", text: "Le TÜBİTAK gère à travers son centre ULAKBİM la grille TRUBA.",
		want: []string{"O:TÜBİTAK", "O:ULAKBİM"}},
	{name: "acronym written as a word", text: "La Société civile des auteurs multimédia (Scam) s'oppose à la fouille de textes.",
		want: []string{"O:Société civile des auteurs multimédia", "O:Société civile des auteurs multimédia=Scam"}},
	{name: "place in parentheses is no acronym", text: "Le Centre hospitalier universitaire (Rennes) teste un outil.",
		want: []string{}},
	{name: "team noun, not the verb", text: "Le coureur de l'équipe Cofidis a gagné. Le MI300A équipe Tuolumne.",
		want: []string{"O:Cofidis"}},
	// An acronym set off by commas after its long form.
	{name: "acronym in an apposition", text: "Le Centre national du livre, le CNL, a publié une étude sur la traduction automatique.",
		want: []string{"O:Centre national du livre", "O:Centre national du livre=CNL"}},
	{name: "capitals after a name are no acronym of it", text: "Selon Capgemini, le DSI, souvent seul, porte ces projets.",
		want: []string{"O:Capgemini"}},
	// One of those a plural noun counts, after ", dont".
	{name: "one of the machines", text: "EDF, de son côté, dispose de ses propres machines, dont Gaïa, pour la simulation des réacteurs nucléaires et la gestion du réseau, et travaille avec Framatome.",
		want: []string{"O:EDF", "M:Gaïa", "O:Framatome"}},
	{name: "one of the machines, unnamed", text: "Le centre exploite trois machines, dont la plus récente date de 2024.",
		want: []string{}},
	// Unlisted machines after a machine noun and its complement, or named by a participle.
	{name: "AI cluster", text: "Le cluster d'IA Hélios, doté de 512 GPU, entre en service.",
		want: []string{"M:Hélios"}},
	{name: "computing grid", text: "La grappe de calcul Zeus, financée par la région, compte 96 nœuds.",
		want: []string{"M:Zeus"}},
	{name: "named by a participle", text: "Baptisé Ruche, le calculateur sera ouvert aux laboratoires de la région.",
		want: []string{"M:Ruche"}},
	// Courts abroad named by their kind.
	{name: "regional court abroad", text: "Le tribunal régional de Hambourg a rejeté en 2024 la plainte d'un photographe.",
		want: []string{"O:tribunal régional de Hambourg"}},
	// An English possessive belongs to the name.
	{name: "possessive inside a title", text: "L'éditeur d'Assassin's Creed a présenté des personnages capables de dialoguer.",
		want: nil},
	{name: "possessive ends a company's name", text: "Le distributeur américain Macy's teste un assistant d'achat.",
		want: []string{"O:Macy's"}},
	// English trade and laboratory words end a name.
	{name: "observatory and logistics suffixes", text: "Les relevés du Green Bank Observatory arrivent, et le transporteur a confié ses entrepôts à XPO Logistics.",
		want: []string{"O:Green Bank Observatory", "O:XPO Logistics"}},
	// Appositions and relative clauses before the verb.
	{name: "apposition with autre", text: "Ouigo, autre filiale du groupe SNCF, a testé un outil de tarification.",
		want: []string{"O:Ouigo", "O:SNCF=groupe SNCF"}},
	{name: "business verb after a relative clause", text: "Eurostar, qui relie Paris à Londres en moins de deux heures et demie, avait signé en 2021 un accord de refinancement.",
		want: []string{"O:Eurostar"}},
	{name: "name set off by commas after its kind", text: "Le groupement des industriels électro-intensifs, l'Uniden, réclame un prix stable ; l'association de la filière, France Hydrogène, a salué la décision.",
		want: []string{"O:Uniden", "O:France Hydrogène"}},
	{name: "a place or an open phrase after a kind is no name", text: "Pour l'entreprise, Bruxelles, qui prépare le texte, va trop loin. Pour la société, Durand compte recruter.",
		want: nil},
	{name: "a place before a relative clause is no organisation", text: "Lyon, qui accueille un centre de calcul, a signé une convention avec la région.",
		want: nil},
	{name: "head word and lower-case complement up to the verb", text: "Le Syndicat national des producteurs de lait a signé un accord, et la Fédération des entreprises de la beauté prévient que les emplois sont menacés.",
		want: []string{"O:Syndicat national des producteurs de lait", "O:Fédération des entreprises de la beauté"}},
	{name: "a short complement or an auxiliary before a participle is no name", text: "Le Conseil d'administration a validé le plan. La Direction de la communication du groupe a publié un communiqué.",
		want: nil},
	{name: "ministry domain with a lower-case adjective", text: "Le ministère sénégalais de la Fonction publique et le ministère ivoirien de l'Économie numérique ont signé un accord.",
		want: []string{"O:ministère sénégalais de la Fonction publique", "O:ministère ivoirien de l'Économie numérique"}},
	{name: "ministry domain with a strategic adjective", text: "Le ministère ukrainien des Industries stratégiques estime que la production a doublé.",
		want: []string{"O:ministère ukrainien des Industries stratégiques"}},
	{name: "a university named by its town in a list", text: "Oxford devance le MIT, Princeton et Cambridge.",
		want: []string{"O:Massachusetts Institute of Technology=MIT", "O:Princeton University=Princeton", "O:University of Cambridge=Cambridge"}},
	{name: "a town after à is not its university", text: "Isambard-AI est installé à Bristol et Dawn à Cambridge, où l'université de Cambridge l'exploite.",
		want: []string{"M:Isambard-AI", "M:Dawn", "O:University of Cambridge=université de Cambridge"}},
	{name: "a town after a preposition, an article and a university", text: "Paris-Saclay reste loin de Tsinghua et de l'université de Pékin.",
		want: []string{"O:Tsinghua University=Tsinghua", "O:Peking University=université de Pékin"}},
	{name: "partenariats avec as a cue", text: "L'UM6P a noué des partenariats avec Mila à Montréal.",
		want: []string{"O:Université Mohammed VI Polytechnique=UM6P", "O:Mila"}},
	{name: "jeune pousse and incubateur in an apposition", text: "Le fonds a investi dans Zorglub, une jeune pousse qui génère des interfaces. Boostr, l'incubateur lyonnais, accueille douze projets.",
		want: []string{"O:Zorglub", "O:Boostr"}},
	{name: "fédération and concurrent in an apposition", text: "Agoria, la fédération de l'industrie technologique, réclame un plan. Ferrovia, son concurrent britannique coté à Londres, revendique un outil.",
		want: []string{"O:Agoria", "O:Ferrovia"}},
	{name: "a lower-case title before a name is a person", text: "Le président Lula a présenté en juillet le plan brésilien d'intelligence artificielle.",
		want: nil},
	{name: "a name described as a machine after a preposition", text: "La présidente a annoncé la construction de Coatlicue, présenté comme le supercalculateur le plus puissant d'Amérique latine.",
		want: []string{"M:Coatlicue"}},
	{name: "livré is a verb, not the noun livre", text: "Le groupe a livré Adastra au Cines, et Fujitsu a livré Deucalion au centre de calcul avancé du Minho.",
		want: []string{"M:Adastra", "O:CINES=Cines", "O:Fujitsu", "M:Deucalion"}},
	{name: "a plural machine noun before a list of names", text: "Petrobras exploite le supercalculateur Pégaso, qui s'ajoute à ses machines Dragão et Tupiniquim.",
		want: []string{"O:Petrobras", "M:Pégaso", "M:Dragão", "M:Tupiniquim"}},
	{name: "an acronym kept in its own language after a translated name", text: "Le supercalculateur du Laboratoire national de calcul scientifique, le LNCC, est à Petrópolis. Au Chili, le Centre national d'intelligence artificielle, le Cenia, coordonne le modèle.",
		want: []string{"O:Laboratoire national de calcul scientifique", "O:Laboratoire national de calcul scientifique=LNCC",
			"O:Centre national d'intelligence artificielle", "O:Centre national d'intelligence artificielle=Cenia"}},
	{name: "an acronym written with one capital after a translated name", text: "Le projet associe la Fondation de soutien à la recherche de l'État de São Paulo, la Fapesp.",
		want: []string{"O:Fondation de soutien à la recherche de l'État de São Paulo", "O:Fondation de soutien à la recherche de l'État de São Paulo=Fapesp"}},
	{name: "an acronym sharing only its first letter is no short form", text: "La Commission nationale du débat public, le CSA, et la CNIL ont été saisis.",
		want: []string{"O:CNIL"}},
	{name: "an employer's lower-case complement up to the end of the sentence", text: "Le vrai risque est ailleurs, prévient un dirigeant du Syndicat des entreprises du tour-operating.",
		want: []string{"O:Syndicat des entreprises du tour-operating"}},
	{name: "a federation's stance after an auxiliary", text: "La Fédération française du bâtiment a publié une charte d'usage de l'IA pour les artisans.",
		want: []string{"O:Fédération française du bâtiment"}},
	{name: "chamber of commerce of a town and a two-word local body", text: "Il a conclu devant la Chambre de commerce du Montréal métropolitain. À l'échelle des villes, Dijon Métropole fait figure de pionnière.",
		want: []string{"O:Chambre de commerce du Montréal métropolitain", "O:Dijon Métropole"}},
	{name: "a group named by its subsidiary needs no other cue", text: "Vinci a pris de l'avance. « Il faut trois jours », explique un responsable de Vinci Construction.",
		want: []string{"O:Vinci", "O:Vinci Construction"}},
	{name: "Group ends a firm's name", text: "L'étude range Webjet Group parmi les agences en ligne les plus rentables.",
		want: []string{"O:Webjet Group"}},
	{name: "a university named after its town", text: "En Estonie, le centre de calcul de l'université de Tartu gère le cluster Rocket.",
		want: []string{"O:université de Tartu", "M:Rocket"}},
	{name: "councils of a département and a chamber of commerce by its acronym", text: "Le conseil départemental de la Moselle apportera 1,5 M€ et la CCI Moselle Métropole Metz a recensé soixante entreprises.",
		want: []string{"O:conseil départemental de la Moselle", "O:CCI Moselle Métropole Metz"}},
	{name: "a vocational school with a hyphenated name", text: "Le lycée professionnel Pierre-et-Marie-Curie de Freyming-Merlebach ouvrira une mention complémentaire.",
		want: []string{"O:lycée professionnel Pierre-et-Marie-Curie de Freyming-Merlebach"}},
	{name: "a Baltic ministry and a legaltech", text: "Le centre a reçu une enveloppe du ministère lituanien de l'Éducation. Le cabinet Bredin Prat a conclu un accord avec la legaltech française Doctrine.",
		want: []string{"O:ministère lituanien de l'Éducation", "O:Bredin Prat", "O:Doctrine"}},
	{name: "a firm's trade between its cue and its name", text: "Selon le cabinet d'études Day One, 55 % des directeurs juridiques attendent une baisse de leurs honoraires.",
		want: []string{"O:Day One"}},
	{name: "a listed machine next to its operator's other machine", text: "Le centre Cyfronet exploite Helios, un supercalculateur installé en 2023. La machine a coûté 100 millions de zlotys. Elle côtoie Athena, plus ancienne, qui reste très utilisée.",
		want: []string{"O:Cyfronet", "M:Helios", "M:Athena"}},
	{name: "a listed machine with neither operator nor sibling", text: "Le projet Athena, plus ancien, reste très suivi.",
		want: []string{}},
	{name: "a listed acronym defined anew by a long form with no word of the listed names", text: "À Varsovie, le Centre interdisciplinaire de modélisation mathématique et informatique (ICM) complète le dispositif.",
		want: []string{"O:Centre interdisciplinaire de modélisation mathématique et informatique", "O:Centre interdisciplinaire de modélisation mathématique et informatique=ICM"}},
	{name: "a listed acronym after a long form that ends with another name", text: "Le Centre interdisciplinaire de modélisation mathématique et informatique de l'université de Varsovie, l'ICM, complète le dispositif.",
		want: []string{"O:Centre interdisciplinaire de modélisation mathématique et informatique", "O:Université de Varsovie=université de Varsovie",
			"O:Centre interdisciplinaire de modélisation mathématique et informatique=ICM"}},
	{name: "a métropole as a body but not as an area", text: "La métropole de Lyon a confié l'analyse à une PME locale, qui vit dans la métropole de Grenoble.",
		want: []string{"O:métropole de Lyon"}},
	{name: "a mission locale", text: "Pour retenir les jeunes diplômés, la Mission locale Ouest Côtes-d'Armor teste un dispositif de stages croisés.",
		want: []string{"O:Mission locale Ouest Côtes-d'Armor"}},
	{name: "a place after zone de is no subject of the apposition", text: "Sur l'ancienne friche de la zone de Carling, la société messine Lorraine Data Services veut construire un centre de données.",
		want: []string{"O:Lorraine Data Services"}},
	{name: "a retail chain in an apposition and after its noun", text: "Cultura, l'enseigne girondine, ouvre un rayon d'ordinateurs, comme l'enseigne Electro Dépôt avant elle.",
		want: []string{"O:Cultura", "O:Electro Dépôt"}},
	{name: "a scientist's employer after de", text: "Son président, David Spergel, ancien astrophysicien de Princeton, plaide pour une science fondamentale.",
		want: []string{"O:Princeton"}},
	{name: "a noun with a capitalised complement before its verb is no apposition", text: "Rachetée par Intel puis réintroduite en Bourse, la société de Jérusalem fournit ses systèmes à cinquante constructeurs.",
		want: []string{"O:Intel"}},
	{name: "a name shaped like a person's before a fund-raising verb", text: "À Munich, Proxima Fusion a bouclé un tour de table de 130 millions d'euros.",
		want: []string{"O:Proxima Fusion"}},
	{name: "the founder after par is no company before a fund-raising verb", text: "La jeune pousse fondée par Francesco Volpe a levé 32 millions d'euros.",
		want: []string{}},
	{name: "a machine in an apposition after a noun of number", text: "G42 a par ailleurs mis en service Condor Galaxy, une série de supercalculateurs construits avec Cerebras.",
		want: []string{"O:G42", "M:Condor Galaxy", "O:Cerebras"}},
	{name: "a name given to a tokamak is no employer", text: "Le CEA exploite le tokamak WEST. « Chaque seconde compte », explique Jérôme Bucalossi, responsable de WEST.",
		want: []string{"O:CEA"}},
	{name: "an English body's head word ends its name, not the words after and", text: "Le Rocky Mountain Institute publie un rapport, tout comme le Natural Sciences and Engineering Research Council canadien.",
		want: []string{"O:Rocky Mountain Institute"}},
	{name: "a head word's lower-case complement up to an unlisted acronym in parentheses", text: "Le Syndicat national de l'enseignement supérieur (Snesup-FSU) juge la somme « symbolique », comme le Centre allemand de recherche en intelligence artificielle (DFKI).",
		want: []string{"O:Syndicat national de l'enseignement supérieur", "O:Deutsches Forschungszentrum für Künstliche Intelligenz=DFKI"}},
	{name: "water agencies named after their basin", text: "L'agence de l'eau Adour-Garonne et l'Agence de l'eau Rhône Méditerranée Corse financent la réduction des fuites.",
		want: []string{"O:agence de l'eau Adour-Garonne", "O:Agence de l'eau Rhône Méditerranée Corse"}},
	{name: "a ministry's hyphenated domain", text: "Le ministère des Outre-mer a promis une enveloppe supplémentaire de 5 millions d'euros.",
		want: []string{"O:ministère des Outre-mer"}},
	{name: "English for inside a name", text: "L'association Code for France, qui fédère des développeurs bénévoles, a lancé un programme.",
		want: []string{"O:Code for France"}},
	{name: "a town after the noun of a company is its seat", text: "La société de Massy, qui a levé 54 M€ en 2021, sert aussi aux chercheurs de Polynésie.",
		want: []string{}},
	{name: "a seat in parentheses after a name", text: "Premiers investissements : Dust (Paris) et Synthesia (Londres). Data4 construit un centre de données à Nozay (Essonne).",
		want: []string{"O:Dust", "O:Synthesia", "O:Data4"}},
	{name: "an apostrophe inside a capitalised name", text: "La commande publique est réclamée par l'association Space'ibles. Aujourd'hui, rien n'a changé.",
		want: []string{"O:Space'ibles"}},
	{name: "a confederation's acronym after a member union's", text: "Le SFA-CGT et l'intersyndicale CFDT-CGT réclament un droit d'opposition.",
		want: []string{"O:CFDT", "O:CGT"}},
	{name: "a graphics card's line is no company", text: "Il faut débourser 2 349 euros pour une GeForce RTX 5090, et la RTX 5070 est vendue 649 euros.",
		want: []string{}},
	{name: "a nationality after a fused article introduces a company", text: "Le PMU a confié au suisse Sportradar la surveillance des paris, après le rachat du suédois Kindred par la FDJ.",
		want: []string{"O:PMU", "O:Sportradar", "O:Kindred", "O:Française des Jeux=FDJ"}},
	{name: "founders named with feminine first names are no company", text: "Aqemia, fondée en 2019 par Maximilien Levesque et Emmanuelle Martiano Rolland, issue de l'École normale supérieure, a levé 100 millions de dollars.",
		want: []string{"O:Aqemia", "O:École normale supérieure"}},
	{name: "an IT director's title is no company", text: "Les équipes adoptent l'outil, puis le DSI signe le contrat avec Capgemini.",
		want: []string{"O:Capgemini"}},
	{name: "a machine noun that starts the next clause is no apposition", text: "Installée sur le parc scientifique de Bristol and Bath, la machine compte 5 448 superpuces. Eos, le cluster de NVIDIA, est plus petit.",
		want: []string{"M:Eos", "O:NVIDIA"}},
	{name: "a participle after a machine noun keeps the apposition", text: "Pour Colossus, le cluster construit à Memphis par xAI, la société a fait appel à Supermicro.",
		want: []string{"M:Colossus", "O:xAI", "O:Supermicro"}},
	{name: "an English name ending in Association is a body", text: "La Semiconductor Industry Association, qui représente les fabricants américains, met en garde contre une perte de parts de marché face à Huawei.",
		want: []string{"O:Semiconductor Industry Association", "O:Huawei"}},
	{name: "a topic before a colon and a plural noun is no company", title: "Climat : les start-up du carbone misent sur l'IA pour mesurer et assurer",
		text: "Kayrros, elle, traque le méthane depuis l'espace.", want: []string{"O:Kayrros"}},
	{name: "one group of communes of a département is no name", text: "Le tribunal administratif de Caen a ordonné en 2023 à une communauté de communes du Calvados d'effacer les données traitées.",
		want: []string{"O:tribunal administratif de Caen"}},
	{name: "a machine named with its operator and another machine of its site", text: "Au CEA, l'équipe du centre de Bruyères-le-Châtel travaille avec le Très grand centre de calcul (TGCC). Ses outils tournent sur Joliot-Curie et préparent l'arrivée d'Alice Recoque, le futur supercalculateur exaflopique français.",
		want: []string{"O:CEA", "O:TGCC", "M:Joliot-Curie", "M:Alice Recoque"}},
	{name: "bodies that repeat their head word in an enumeration", text: "La mission a été conduite par l'Inspection générale de l'environnement et du développement durable, l'Inspection générale des affaires culturelles et l'Inspection générale de l'agriculture.",
		want: []string{"O:Inspection générale de l'environnement et du développement durable", "O:Inspection générale des affaires culturelles", "O:Inspection générale de l'agriculture"}},
	{name: "the last item of an enumeration ends with its sentence", text: "La mission a été conduite par l'Inspection générale des affaires culturelles et l'Inspection générale de l'éducation, du sport et de la recherche.",
		want: []string{"O:Inspection générale des affaires culturelles"}},
}

func TestRecognize(t *testing.T) {
	r := testRecognizer(t)
	for _, tc := range recognizeCases {
		t.Run(tc.name, func(t *testing.T) {
			inTitle, inText := r.Recognize(tc.title, tc.text)
			if got := show(inText); !slices.Equal(got, tc.want) {
				t.Errorf("text %q\n got %q\nwant %q", tc.text, got, tc.want)
			}
			wantT := tc.wantT
			if wantT == nil {
				wantT = []string{}
			}
			if got := show(inTitle); !slices.Equal(got, wantT) {
				t.Errorf("title %q\n got %q\nwant %q", tc.title, got, wantT)
			}
			checkMatches(t, tc.title, inTitle)
			checkMatches(t, tc.text, inText)
		})
	}
}

// checkMatches checks that matches are in bounds, on rune boundaries, in
// order, without overlaps, and that each Text is the field at its offsets.
func checkMatches(t testing.TB, field string, ms []Match) {
	t.Helper()
	end := 0
	for i, m := range ms {
		if m.Start < end || m.End <= m.Start || m.End > len(field) {
			t.Fatalf("match %d %+v: bad offsets (previous end %d, field length %d)", i, m, end, len(field))
		}
		if field[m.Start:m.End] != m.Text {
			t.Fatalf("match %d: field[%d:%d] = %q, Text %q", i, m.Start, m.End, field[m.Start:m.End], m.Text)
		}
		if !isRuneStart(field, m.Start) || !isRuneStart(field, m.End) {
			t.Fatalf("match %d %+v: offsets not on rune boundaries", i, m)
		}
		if m.Name == "" || m.Kind != Organisation && m.Kind != Machine {
			t.Fatalf("match %d %+v: no name or kind", i, m)
		}
		end = m.End
	}
}

// isRuneStart reports whether i is where a rune starts when s is read as
// range does, an invalid byte counting as one rune, or the end of s.
func isRuneStart(s string, i int) bool {
	for j := range s {
		if j >= i {
			return j == i
		}
	}
	return i == len(s)
}

func TestOffsetsAfterMultibyteText(t *testing.T) {
	r := testRecognizer(t)
	text := "« Élan » : l’Inria, le CNRS et Météo-France — réunis 😀 avec d’Eviden."
	_, ms := r.Recognize("", text)
	want := []string{"Inria", "CNRS", "Météo-France", "Eviden"}
	var got []string
	for _, m := range ms {
		got = append(got, text[m.Start:m.End])
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	checkMatches(t, text, ms)
}

func TestSizes(t *testing.T) {
	orgs, machines := testRecognizer(t).Sizes()
	if orgs < 400 || machines < 300 {
		t.Fatalf("loaded %d organisations and %d machines, want at least 400 and 300", orgs, machines)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Organisation: "organisation", Machine: "machine", 0: "unknown"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}

func FuzzRecognize(f *testing.F) {
	for _, tc := range recognizeCases {
		f.Add(tc.title, tc.text)
	}
	f.Add("", "l'")
	f.Add("(", "X (")
	f.Add("É", "Centre de (JSC) (")
	f.Add("H", "\xff\xfe l’\u0301Inria-")
	r := testRecognizer(f)
	f.Fuzz(func(t *testing.T, title, text string) {
		inTitle, inText := r.Recognize(title, text)
		checkMatches(t, title, inTitle)
		checkMatches(t, text, inText)
	})
}

// Example shows the matches of a title and a text.
func ExampleRecognizer_Recognize() {
	r, err := Default()
	if err != nil {
		panic(err)
	}
	_, inText := r.Recognize("", "La start-up H s'associe à l'Inria pour utiliser le supercalculateur Jean-Zay.")
	for _, m := range inText {
		fmt.Printf("%s %q (%s) [%d:%d]\n", m.Kind, m.Name, m.Text, m.Start, m.End)
	}
	// Output:
	// organisation "H" (H) [12:13]
	// organisation "Inria" (Inria) [29:34]
	// machine "Jean Zay" (Jean-Zay) [69:77]
}
