package entity

import "strings"

// role is a set of the parts a word plays in the cue rules.
type role uint32

const (
	roleMachineCue  role = 1 << iota // a word that says a name nearby is a machine
	roleMachineNoun                  // "le supercalculateur X": a machine name follows
	roleOrgNoun                      // "la société X": an organisation name follows
	roleAdj                          // an adjective allowed between a cue noun and the name
	roleLink                         // "de", "avec", "par": links a cue noun to the name
	roleDet                          // a determiner
	roleVerb                         // "X a levé", "X annonce": an organisation does it
	roleAux                          // "a", "vient", "qui": may stand between the name and the verb
	roleCoord                        // "et", "ou": joins two names of a list
	roleCommon                       // a common word often capitalised at the start of a sentence
	roleFirstName                    // a first name: a person follows
	roleTitle                        // "M.", "président": a person follows
	rolePlace                        // a country, a region or a city
	roleEvent                        // an event, a law, a product or a model: not an organisation
	roleHead                         // "Centre", "Institut": the head word of an organisation's name
	roleSuffix                       // "AI", "Labs": a legal or corporate suffix of a company name
	roleAppos                        // "X, spécialiste de…": an apposition that says X is an organisation
	roleNat                          // a nationality or a city demonym, used as a noun after a determiner: "l'américain X", "la brestoise X"
	roleNamed                        // "lycée", "rue": a named place or thing that is not an organisation
	roleGeo                          // "canal", "rue": a named place that takes "de" ("canal de Suez")
	rolePerson                       // the surname of a public figure the press names alone: "Macron"
	roleWeakCue                      // a machine cue that counts only next to the name: "machine", "cluster"
	roleStaff                        // "analyste", "directrice": a person whose employer follows after "de"
	roleProject                      // "projet", "programme": the capitalised name that follows is no organisation
	roleClub                         // "FC", "Olympique", "Stade": opens the name of a sports club; the last role with words
	roleFamily                       // "PARAM": the first word of several listed machines, set from the lists
)

// The word lists below are written folded: lower case, no accents. Hyphenated
// words are listed as their parts ("start-up" is "start" then "up").
// demonyms are the folded nationalities and city demonyms: adjectives
// between a cue noun and a name ("la start-up lyonnaise X"), and nouns after
// a determiner ("l'américain X", "la brestoise X").
const demonyms = `francaise francais americaine americain europeenne europeen allemande allemand britannique chinoise
		chinois canadienne canadien suisse belge italienne italien japonaise japonais israelien israelienne
		californien californienne norvegienne norvegien suedoise suedois finlandaise finlandais danoise
		danois neerlandaise neerlandais espagnole espagnol coreenne coreen taiwanaise taiwanais indienne
		indien saoudienne saoudien emiratie emirati autrichienne autrichien polonaise polonais qatari
		qatarie marocain marocaine tunisien tunisienne algerien algerienne senegalais senegalaise ivoirien
		ivoirienne camerounais camerounaise malien malienne beninois beninoise nigerian nigeriane kenyan
		kenyane egyptien egyptienne africain africaine panafricain panafricaine emirien emirienne bresilien
		bresilienne mexicain mexicaine australien australienne singapourien singapourienne luxembourgeois
		luxembourgeoise irlandais irlandaise portugais portugaise grec grecque tcheque hongrois hongroise
		roumain roumaine estonien estonienne turc turque ukrainien ukrainienne zimbabween zimbabweenne
		quebecois quebecoise catalan catalane bavarois bavaroise lituanien lituanienne letton lettone
		slovaque slovene bulgare croate serbe lyonnaise lyonnais grenobloise grenoblois toulousaine
		toulousain nantaise nantais bordelaise bordelais lilloise lillois marseillaise marseillais
		montpellieraine montpellierain rennaise rennais nicoise nicois strasbourgeoise strasbourgeois
		brestois brestoise caennais caennaise rouennais rouennaise`

var roleWords = map[role]string{
	roleMachineCue: `supercalculateur supercalculateurs calculateur calculateurs supercomputer supercomputers
		superordinateur superordinateurs machine machines systeme systemes cluster clusters partition partitions
		exaflopique exaflopiques exascale petaflopique petaflopiques petaflops exaflops pflops top500 noeuds
		exaflop petaflop green500 module modules grappe grappes livre livree`,
	roleWeakCue: `machine machines systeme systemes cluster clusters partition partitions noeuds module modules grappe grappes
		livre livree`,
	roleMachineNoun: `supercalculateur calculateur supercomputer superordinateur machine cluster grappe
		supercalculateurs calculateurs machines`,
	roleOrgNoun: `startup up pousse societe entreprise groupe operateur fonds banque laboratoire labo consortium
		filiale rachat rachete rachetee aupres concurrent concurrente rival rivale partenariat partenariats chez licorne editeur geant constructeur fabricant hebergeur assureur
		fondation institut association ecole universite pepite fintech medtech biotech healthtech deeptech
		investisseur equipementier integrateur specialiste cabinet coentreprise petrolier armateur chimiste
		industriel distributeur motoriste avionneur energeticien syndicat chu chru hopital groupement organisme
		participation menee mene emmenee off essaimage courtier courtiers technopole iut
		societes editeurs constructeurs equipementiers operateurs laboratoires etablissement gip
		equipe club clubs propriete cede semencier sucrier cooperative neobanque incubateur accelerateur legaltech legaltechs insurtech proptech edtech enseigne
		studio studios collectif collectifs selarl selafa selas`,
	roleAdj: demonyms + `
		parisienne parisien tricolore nordique jeune nouvelle nouveau ancienne ancien investissement capital
		risque messin messine nanceien nanceienne dijonnais dijonnaise clermontois clermontoise stephanois
		stephanoise francilien francilienne breton bretonne normand normande alsacien alsacienne lorrain
		lorraine savoyard savoyarde occitan occitane provencal provencale azureen azureenne remois remoise
		principal principale premier premiere grand grande petit petite notifie souverain souveraine public
		publique interet economique auvergnat auvergnate cooperatif mutualiste agricole`,
	roleNat:  demonyms,
	roleLink: `de du d des avec par`,
	roleDet:  `le la l les un une son sa ses leur leurs cette ce cet notre`,
	roleVerb: `leve lever levee annonce annoncer annonces lance lancer devoile devoiler rachete rachetee racheter
		rachetera investit investi recrute associe acquiert acquis signe embauche inaugure presente
		developpe exploite construit commercialise fabrique remporte fournit concoit emploie boucle boucler`,
	roleAux:   `a ont avait avaient vient viennent de d qui s va vont ete`,
	roleCoord: `et ou`,
	roleCommon: `le la les l un une des du de d ce cet cette ces il elle ils elles on nous vous je tu son sa ses
		leur leurs notre nos votre vos selon pour par avec dans sur sous en et mais ou donc or ni car ainsi
		alors aussi puis enfin depuis apres avant chez qui que quoi dont ou comme si lorsque quand tout tous
		toute toutes chaque aucun aucune plusieurs certains certaines autre autres cela ceci celui celle ceux
		celles voici voila aujourd hier demain desormais encore egalement bien tres plus moins pas oui non
		the this that our we they it its an a in on of for with by at from to after before when while and
		lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
		septembre octobre novembre decembre president presidente ministre ministere gouvernement etat
		entreprise entreprises societe groupe start startup startups pourquoi comment combien reste face
		contrairement concernant outre entre vers contre malgre grace lors cependant pourtant neanmoins
		toutefois bref ensuite mieux ici la-bas deja seul seule premier premiere dernier derniere
		intelligence artificielle ia ai cloud public data tech big open source generative generatif
		europe monde pays ville region ecosysteme projet programme plan rapport loi sommet salon
		parlement assemblee tribunal cour justice police armee mairie prefecture departement senat
		medecins chercheurs experts scientifiques ingenieurs investisseurs etudiants salaries
		chacun chacune personne rien quiconque lequel laquelle lesquels nul surtout notamment seulement
		actuellement finalement concretement parallelement recemment auparavant bientot toujours jamais
		parfois souvent officiellement initialement dernierement justement evidemment
		double triple grosse republique pme pmi eti tpe`,
	roleFirstName: `emmanuel arthur yann xavier jean pierre paul jacques michel philippe alain bernard patrick
		nicolas francois eric thomas julien laurent stephane olivier christophe sebastien david marc
		antoine guillaume alexandre maxime romain vincent mathieu matthieu benoit frederic cedric damien
		anne marie sophie isabelle nathalie catherine valerie sandrine celine julie claire caroline
		aurelie emilie camille lea chloe clara sarah laura elise helene agnes sylvie christine martine
		elisabeth brigitte bruno gilles didier thierry pascal herve joel gerard daniel andre louis henri
		charles hugo lucas leo gabriel raphael adam arnaud clement timothee guillaume amelie margot
		jensen sam elon mark sundar satya tim jeff larry sergey demis mustafa dario daniela greg ilya
		andrej bill steve lisa jack marc-antoine ursula thierry margrethe clara rodolphe neil hervé
		edouard bernhard yejin yoshua geoffrey fei andrew kai aidan noam satoshi masayoshi lars
		timothee cedric aude marion pauline lucie manon ines jade louise alice zoe emma laurence veronique
		dominique florence francoise genevieve jacqueline josiane mireille monique nicole odile patricia
		chantal corinne delphine estelle fabienne gaelle helene juliette karine laetitia lydie magali
		marine mathilde melanie muriel nadia noemie ophelie perrine rachel regine sabine severine sonia
		stephanie sylvain tristan victor xavier yannick yves loic luc lionel ludovic marcel martin maurice
		max mehdi mohamed nathan noel olivier pascal quentin remi renaud richard robert roger samuel serge
		simon stanislas steven theo tony valentin william yannis adrien albert alexis alfred anthony
		aurelien axel baptiste benjamin bertrand boris cyril cyrille denis dimitri emile etienne fabien
		fabrice felix florian franck gael gaetan gauthier geoffroy georges gerald gregoire gregory hadrien
		hubert jeremy jerome joseph jules justin kevin lionel marcel matthias michael morgan emeric
		donald joe kamala giorgia olaf keir rishi vladimir volodymyr narendra elisabeth christel irene ada
		jennifer emmanuelle maximilien francoise pascale frederique michele danielle gabrielle dominique`,
	rolePerson: `macron trump musk biden altman zuckerberg huang nadella pichai bezos mensch lecun niel breton
		vestager borne attal barnier bayrou lecornu chappaz barrot villani hassabis amodei suleyman sutskever
		karpathy hinton bengio poutine zelensky meloni scholz merz sunak starmer modi lagarde draghi thiel
		andreessen sarkozy hollande mitterrand chirac obama harris vance milei orban sanchez saade arnault
		pinault bollore drahi dassault bouygues xi jinping`,
	roleTitle: `m mme mmes mlle mr mrs dr pr me president presidente ministre depute deputee senateur senatrice
		pdg ceo cto coo cfo dsi drh daf rssi directeur directrice fondateur fondatrice cofondateur cofondatrice
		chercheur chercheuse professeur professeure docteur maire commissaire secretaire porte-parole
		patron patronne dirigeant dirigeante`,
	rolePlace: `france paris europe allemagne etats unis usa chine japon inde canada quebec montreal israel
		emirats dubai italie espagne suisse belgique pays bas suede finlande norvege danemark pologne
		autriche irlande portugal grece afrique asie amerique royaume uni angleterre londres berlin munich
		amsterdam madrid rome milan bruxelles luxembourg geneve zurich lausanne lyon grenoble toulouse
		saclay marseille montpellier nice bordeaux lille rennes nantes strasbourg orsay sophia antipolis
		californie texas washington pekin shanghai shenzhen tokyo seoul singapour taiwan coree russie
		moscou ukraine kiev bretagne normandie occitanie provence alsace ile corse reunion new york
		san francisco silicon valley boston seattle austin chicago los angeles abu dhabi qatar arabie
		saoudite maroc tunisie algerie senegal bresil mexique australie emirats lugano kajaani bologne
		barcelone julich ostrava maribor sofia essonne slovenie tchequie hongrie roumanie bulgarie croatie
		serbie slovaquie estonie lettonie lituanie islande turquie egypte nigeria kenya indonesie vietnam
		thailande malaisie pakistan argentine chili colombie ottawa toronto vancouver kobe osaka kyoto
		hangzhou cracovie varsovie prague budapest bucarest lisbonne athenes stuttgart garching francfort
		hambourg dresde edimbourg manchester helsinki stockholm copenhague oslo dublin berne taipei
		massy polynesie guyane guadeloupe martinique mayotte
		bangalore mumbai delhi riyad doha sydney melbourne pune hyderabad chennai bengaluru casablanca rabat
		dakar abidjan nairobi lagos johannesburg ankara istanbul izmir nicosie chypre limassol thessalonique
		sud nord ouest`,
	roleEvent: `vivatech viva technology ces sommet salon forum davos rgpd gdpr dma dsa act chatgpt gpt gemini
		claude llama copilot grok bard mixtral codestral pixtral sora dall midjourney stable diffusion
		android windows iphone ipad linux kubernetes cuda blackwell hopper ampere grace rubin instinct
		epyc xeon gaudi tpu vision pro olympiques jo noel paques covid`,
	roleHead: `centre center institut institute agence agency association federation conseil council commission secretariat inspection delegation
		laboratoire office autorite fondation foundation syndicat societe union observatoire comite
		direction bureau groupement organisation universite university ecole alliance reseau pole
		ministere haut haute caisse banque fonds consortium entreprise academie college mesocentre chu chru hopital
		groupement commandement iut ligue rectorat chambre communaute prefecture`,
	roleSuffix: `ai ia labs lab sa sas group groupe inc technologies technology systems computing software
		solutions robotics cloud energy ventures capital partners`,
	roleNamed: `lycee college rue avenue boulevard place gare stade hopital musee theatre prix salle quai pont
		parc aeroport navire bateau paquebot croisiere film roman livre album chanson cratere asteroide
		sonde fusee satellite canal lac fleuve riviere mont ile golfe vallee quartier navette lanceur emission
		serie planete etoile constellation tokamak tokamaks stellarator`,
	roleGeo: `rue avenue boulevard place gare stade quai pont parc aeroport canal lac fleuve riviere mont ile
		golfe vallee quartier zone commune village bourg hameau friche`,
	roleAppos: `startup start scale spin off jeune up pousse societe entreprise specialiste specialise specialisee plateforme
		issue issu incubee incube nee ex essaimage editeur filiale leader pionnier
		fonde fondee cofonde cofondee creee rachete rachetee licorne fournisseur fabricant constructeur operateur hebergeur cabinet laboratoire
		fintech medtech biotech healthtech deeptech consortium groupe fonds banque institut association
		fondation assureur coentreprise courtier propriete semencier sucrier cooperative neobanque
		incubateur accelerateur federation concurrent concurrente enseigne agence ong`,
	roleStaff: `analyste analystes gerant gerants gerante gerantes economiste economistes strategiste strategistes
		directeur directrice directeurs directrices president presidente fondateur fondatrice cofondateur
		cofondatrice dirigeant dirigeante dirigeants responsable responsables delegue deleguee delegues
		patron patronne pdg ceo cto coo cfo chercheur chercheuse chercheurs ingenieur ingenieure ingenieurs
		physicien physicienne physiciens astrophysicien astrophysicienne mathematicien mathematicienne mathematiciens`,
	roleProject: `projet projets programme programmes initiative`,
	// The acronyms must be written in capitals ("RC Lens", "AS Monaco"); "US"
	// is left out, as "US Open" is a tournament.
	roleClub: `fc afc ac as rc ogc sc aj ssc real inter athletic sporting racing olympique stade`,
}

// excludedPhrases are folded names made of several words that are never an
// unknown organisation: events, laws, products, models, places.
var excludedPhrases = toSet(`ai act|ia act|chips act|data act|le chat|choose france|web summit|station f
	|vision pro|apple vision pro|new york|san francisco|silicon valley|los angeles|abu dhabi|hong kong
	|royaume uni|etats unis|pays bas|ile de france|union europeenne|la france|mistral large|gpt 4|gpt 4o|gpt 5
	|google gemini|meta ai|france 2030|top 500|prix nobel|jeux olympiques|intelligence artificielle
	|venture capital|human capital|seed capital|growth capital`)

func toSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, p := range strings.Split(list, "|") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			set[p] = true
		}
	}
	return set
}

// isChipModel reports whether a folded word is a chip or board model such as
// "h100", "gh200" or "mi300x": one to three letters, two to four digits, and
// at most one more letter.
func isChipModel(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	j := i
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	if d := j - i; d < 2 || d > 4 {
		return false
	}
	return len(w)-j <= 1 && (j == len(w) || w[j] >= 'a' && w[j] <= 'z')
}

// namingParticiples are the folded participles that give a name, capitalised
// at the head of a sentence: "Baptisé Ruche, le calculateur…".
var namingParticiples = toSet(`baptise|baptisee|baptises|baptisees|nomme|nommee|surnomme|surnommee|appele|appelee|denomme|denommee`)
