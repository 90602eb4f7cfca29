package parse

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// page wraps an article body in the furniture of a news site: a menu, a
// sidebar of teasers and a footer, none of which is main text.
func page(article string) string {
	return `<html lang="fr"><head><title>Article</title></head><body>
<header class="site-header"><a href="/">Le Quotidien</a><ul><li><a href="/eco">Économie</a></li><li><a href="/tech">Tech</a></li></ul></header>
<div class="layout"><main>` + article + `</main>
<div class="col-right"><h3>Les plus lus</h3><ul><li><a href="/a">Le CNRS ouvre un nouveau centre de calcul à Orsay, annonce sa direction</a></li>
<li><a href="/b">Jean Zay : le supercalculateur reçoit une extension de 14 pétaflops</a></li></ul></div></div>
<footer><p>© Le Quotidien 2024. Tous droits réservés. Mentions légales, politique de confidentialité.</p></footer>
</body></html>`
}

func TestMainText(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string
	}{
		{
			"paragraphs in divs inside an inline wrapper",
			`<div class="post-body"><div>Le GENCI a signé mardi la commande du supercalculateur Alice Recoque.</div>
<span style="font-family: Arial"><div><span>La machine sera installée au TGCC de Bruyères-le-Châtel en 2026.<br>Elle atteindra l'exaflop.</span></div>
<div> </div><div><span>Le coût total est estimé à 544 millions d'euros, dont la moitié financée par l'Europe.</span></div></span></div>`,
			[]string{
				"Le GENCI a signé mardi la commande du supercalculateur Alice Recoque.",
				"La machine sera installée au TGCC de Bruyères-le-Châtel en 2026.",
				"Elle atteindra l'exaflop.",
				"Le coût total est estimé à 544 millions d'euros, dont la moitié financée par l'Europe.",
			},
		},
		{
			"lead in the article header, byline and date left out",
			`<article><header class="article-header"><h1>Mistral AI lève 600 millions d'euros</h1>
<p class="article__chapo">La start-up parisienne boucle une levée de fonds record pour une entreprise française d'intelligence artificielle.</p>
<p class="meta">Par Claire Dupont et Marc Roux</p><p>Publié le 11 juin 2024 à 08h00</p></header>
<div class="article-body"><p>Mistral AI a annoncé mardi une levée de 600 millions d'euros auprès de fonds américains et européens.</p>
<p>La société, fondée en 2023, est désormais valorisée près de 6 milliards d'euros selon ses dirigeants.</p>
<p>Elle compte doubler ses effectifs d'ici à la fin de l'année, principalement à Paris.</p></div></article>`,
			[]string{
				"La start-up parisienne boucle une levée de fonds record pour une entreprise française d'intelligence artificielle.",
				"Mistral AI a annoncé mardi une levée de 600 millions d'euros auprès de fonds américains et européens.",
				"La société, fondée en 2023, est désormais valorisée près de 6 milliards d'euros selon ses dirigeants.",
				"Elle compte doubler ses effectifs d'ici à la fin de l'année, principalement à Paris.",
			},
		},
		{
			"related links, teasers and share buttons",
			`<div class="texte"><p>Le CEA a inauguré jeudi son nouveau calculateur Exa1 au centre de Bruyères-le-Châtel.</p>
<p><strong>À lire aussi :</strong> <a href="/x">Les supercalculateurs français en 2024</a></p>
<p>La machine servira à la simulation des armes nucléaires et à la recherche sur le climat.</p>
<div class="social-share"><a>Partager sur Facebook</a><a>Tweeter</a></div>
<p>Partager</p>
<h3>Sur le même sujet</h3>
<p><a href="/y">Jean Zay : une extension de 14 pétaflops pour la recherche publique</a></p>
<p><a href="/z">Le GENCI commande Alice Recoque, premier exaflopique français</a></p>
<p>Le centre emploie aujourd'hui près de 300 personnes, selon la direction du CEA.</p></div>`,
			[]string{
				"Le CEA a inauguré jeudi son nouveau calculateur Exa1 au centre de Bruyères-le-Châtel.",
				"La machine servira à la simulation des armes nucléaires et à la recherche sur le climat.",
				"Le centre emploie aujourd'hui près de 300 personnes, selon la direction du CEA.",
			},
		},
		{
			"figures, captions, credits and hidden parts",
			`<div class="content"><p>Le consortium a présenté lundi les premiers résultats du modèle de langue français.</p>
<figure><img src="a.jpg" alt="Le supercalculateur"><figcaption>Le supercalculateur Jean Zay, à Orsay. Photo AFP</figcaption></figure>
<div class="wp-caption-text">Les baies du calculateur, en 2023.</div>
<p>Crédits photo : Cyril Frésillon / CNRS</p>
<p style="display: none">Texte masqué pour les lecteurs d'écran seulement et jamais affiché aux lecteurs.</p>
<p aria-hidden="true">Ce paragraphe est caché aux technologies d'assistance et aux lecteurs.</p>
<p>Le modèle a été entraîné sur 1,5 million d'heures de calcul GPU allouées par le GENCI.</p></div>`,
			[]string{
				"Le consortium a présenté lundi les premiers résultats du modèle de langue français.",
				"Le modèle a été entraîné sur 1,5 million d'heures de calcul GPU allouées par le GENCI.",
			},
		},
		{
			"intertitles, lists and tables kept in order",
			`<div class="article-content"><p>Le plan France 2030 consacre plusieurs enveloppes au calcul intensif et à l'IA.</p>
<h2>Les montants</h2><ul><li>500 millions d'euros pour les supercalculateurs</li><li>1,5 milliard d'euros pour l'intelligence artificielle</li></ul>
<h3>Le calendrier</h3><table><tr><th>Année</th><th>Machine</th></tr><tr><td>2025</td><td>Alice Recoque</td></tr></table>
<p>Les appels à projets seront publiés au premier semestre, selon le ministère de la Recherche.</p></div>`,
			[]string{
				"Le plan France 2030 consacre plusieurs enveloppes au calcul intensif et à l'IA.",
				"Les montants",
				"500 millions d'euros pour les supercalculateurs",
				"1,5 milliard d'euros pour l'intelligence artificielle",
				"Le calendrier",
				"Année", "Machine", "2025", "Alice Recoque",
				"Les appels à projets seront publiés au premier semestre, selon le ministère de la Recherche.",
			},
		},
		{
			"cookie banner, newsletter box, paywall and comments",
			`<div id="didomi-host" class="cookie-banner"><p>Nous utilisons des cookies pour mesurer l'audience et vous proposer des publicités adaptées à vos centres d'intérêt.</p></div>
<div class="article-text"><p>Le Conseil de l'innovation a validé un budget de 800 millions d'euros pour la quantique.</p>
<div class="newsletter-box"><p>Recevez chaque matin l'essentiel de l'actualité de la tech dans votre boîte mail, gratuitement.</p></div>
<p>Le programme financera des machines hybrides couplées aux supercalculateurs nationaux.</p>
<p><strong>Il vous reste 60% de cet article à lire. La suite est réservée aux abonnés.</strong></p></div>
<section id="commentaires"><p>Encore de l'argent public dépensé sans contrôle, c'est vraiment scandaleux de la part de l'État !</p></section>`,
			[]string{
				"Le Conseil de l'innovation a validé un budget de 800 millions d'euros pour la quantique.",
				"Le programme financera des machines hybrides couplées aux supercalculateurs nationaux.",
			},
		},
		{
			"sections of one article with intertitles between them",
			`<div class="story"><section class="story-part"><p>Le CNRS et Inria lancent un programme commun de recherche sur l'IA frugale, doté de 40 millions d'euros sur cinq ans.</p>
<p>Une trentaine d'équipes y participeront, dans douze villes, avec des doctorants recrutés dès la rentrée prochaine.</p>
<p>Les deux organismes veulent réduire la consommation d'énergie de l'entraînement des modèles de langue.</p></section>
<h2>Un appel à projets</h2>
<section class="story-part"><p>Les équipes candidates ont jusqu'au 15 mars pour déposer leur dossier.</p></section></div>`,
			[]string{
				"Le CNRS et Inria lancent un programme commun de recherche sur l'IA frugale, doté de 40 millions d'euros sur cinq ans.",
				"Une trentaine d'équipes y participeront, dans douze villes, avec des doctorants recrutés dès la rentrée prochaine.",
				"Les deux organismes veulent réduire la consommation d'énergie de l'entraînement des modèles de langue.",
				"Un appel à projets",
				"Les équipes candidates ont jusqu'au 15 mars pour déposer leur dossier.",
			},
		},
		{
			"short article in a wrapper whose class names a share zone",
			`<div class="article-body js-share-zone"><p>Le supercalculateur Jean Zay reçoit une extension financée par le GENCI.</p>
<p>Sa puissance passera à 125 pétaflops au printemps.</p></div>`,
			[]string{
				"Le supercalculateur Jean Zay reçoit une extension financée par le GENCI.",
				"Sa puissance passera à 125 pétaflops au printemps.",
			},
		},
		{
			"readers' comments after a heading end the article",
			`<div class="texte"><p>Le projet de supercalculateur européen sera piloté depuis Barcelone, a annoncé la Commission.</p>
<p>Le budget du programme EuroHPC atteint 7 milliards d'euros sur sept ans.</p>
<h3>2 commentaires</h3><div class="fil"><p>Jean-Pierre, 14h02 : encore un projet qui ne profitera pas aux chercheurs français, dommage.</p>
<p>Marie, 15h10 : au contraire, c'est une excellente nouvelle pour la recherche européenne.</p></div></div>`,
			[]string{
				"Le projet de supercalculateur européen sera piloté depuis Barcelone, a annoncé la Commission.",
				"Le budget du programme EuroHPC atteint 7 milliards d'euros sur sept ans.",
			},
		},
		{
			"one-line news item without a paragraph of prose",
			`<div class="breve"><h2>Brève</h2><p>Le CEA recrute 40 ingénieurs.</p></div>`,
			[]string{"Brève", "Le CEA recrute 40 ingénieurs."},
		},
		{
			"soft hyphens and zero-width spaces removed",
			"<div class=\"texte\"><p>L\u2019in\u00adcroyable his\u00adtoire du calcul\u200b intensif en France, de Jean Zay à Alice Recoque.</p></div>",
			[]string{"L\u2019incroyable histoire du calcul intensif en France, de Jean Zay à Alice Recoque."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(Page{URL: "https://exemple.fr/a", Body: []byte(page(tt.article))})
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.Join(tt.want, "\n"); a.Text != want {
				t.Errorf("Text =\n%s\nwant\n%s", a.Text, want)
			}
		})
	}
}

func TestIsMeta(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Par Claire Dupont", true},
		{"par Claire Dupont et Marc Roux, à Bruxelles", true},
		{"By Jane Doe and John Roe", true},
		{"Mis à jour le 12 mars 2024 à 18h05", true},
		{"Par ailleurs, le CEA investit dans la quantique.", false},
		{"Par la voix de son président, le CNRS a répondu.", false},
		{"Par rapport à 2023, le budget progresse de 12 %.", false},
		{"Publié le rapport, le ministère a réagi dans la soirée en promettant un plan pour la recherche publique.", false},
		{"Publié le 3 mars 2024 à 10h12, mis à jour le 4 mars 2024 à 08h00", true},
		{"Publié le 03/03/2024 | 10:12", true},
		{"Updated: Nov. 19, 2019, 10:02 p.m.", true},
		{"Publié le 3 mars, le rapport critique le GENCI.", false},
		{"Mis à jour les 5 serveurs du centre de calcul", false},
		{"Lecture 4 min.", true},
		{"3 min read", true},
		{"Roman Prymula, photo : ČTK", true},
		{"Lecture de 4 rapports en 10 minutes", false},
		{"15 – 30 min", false},
	}
	for _, tt := range tests {
		if got := isMeta(strings.ToLower(tt.line)); got != tt.want {
			t.Errorf("isMeta(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestFilterLines(t *testing.T) {
	text := func(s string) line { return line{text: s, chars: len(s)} }
	link := func(s string) line { return line{text: s, chars: len(s), links: len(s)} }
	tests := []struct {
		name string
		in   []line
		want []string
	}{
		{"article sentences that look like notices are kept", []line{
			text("Il vous reste trois jours pour candidater au programme de calcul du GENCI."),
			text("Publicité ciblée : la CNIL sanctionne Criteo de 40 millions d'euros."),
			text("Par ailleurs, le CEA investit 100 millions d'euros dans la quantique."),
			text("Commentaires des lecteurs : la réforme divise."),
		}, []string{
			"Il vous reste trois jours pour candidater au programme de calcul du GENCI.",
			"Publicité ciblée : la CNIL sanctionne Criteo de 40 millions d'euros.",
			"Par ailleurs, le CEA investit 100 millions d'euros dans la quantique.",
			"Commentaires des lecteurs : la réforme divise.",
		}},
		{"related heading drops the links after it, not the text", []line{
			text("Le calculateur sera livré en 2026."),
			text("Sur le même sujet"),
			link("Jean Zay : une extension de 14 pétaflops"),
			link("Alice Recoque, premier exaflopique français"),
			text("Le GENCI précise que le site d'accueil reste à choisir."),
		}, []string{"Le calculateur sera livré en 2026.", "Le GENCI précise que le site d'accueil reste à choisir."}},
		{"title repeated in the body dropped", []line{
			text("Le GENCI commande Alice Recoque"),
			text("Le contrat a été signé mardi avec Eviden."),
		}, []string{"Le contrat a été signé mardi avec Eviden."}},
		{"notices, labels, paywall and bylines dropped", []line{
			text("Par Claire Dupont"),
			text("Le plan prévoit 500 millions d'euros."),
			text("Crédits photo : CNRS Photothèque"),
			text("Partager :"),
			text("Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés."),
		}, []string{"Le plan prévoit 500 millions d'euros."}},
	}
	for _, tt := range tests {
		if got := filterLines(tt.in, "Le GENCI commande Alice Recoque"); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: filterLines = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIsCommentsHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Commentaires", true},
		{"12 commentaires", true},
		{"Commentaires (3)", true},
		{"Laisser un commentaire", true},
		{"Vos réactions :", true},
		{"Commentaires des lecteurs sur la réforme des retraites", false},
		{"Réactions politiques après l'annonce du plan", false},
	}
	for _, tt := range tests {
		if got := isCommentsHeading(strings.ToLower(tt.line)); got != tt.want {
			t.Errorf("isCommentsHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestHasWord(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"share_block", true},
		{"mad__article__content__redac-conseil", true},
		{"commentairesList", true},
		{"grid-container next-prev", true},
		{"article__content publication", false}, // "pub" is a whole word only
		{"articleContent-body", false},
		{"field--name-field-contenu", false},
	}
	for _, tt := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: tt.class}}}
		if got := hasWord(n, boilerWords, boilerPhrases); got != tt.want {
			t.Errorf("hasWord(%q) = %v, want %v", tt.class, got, tt.want)
		}
	}
}
