package entity

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/veille-fr/veille/extract/data"
)

const (
	testOrgHeader     = "name\ttype\tacronym\texpansion\taliases\tmatch\n"
	testMachineHeader = "name\ttype\taliases\toperator\tsite\tcountry\tmatch\n"
)

func TestNewReportsMalformedLines(t *testing.T) {
	cases := []struct {
		name, file, content, want string
	}{
		{"missing column", "organisations_public.tsv",
			testOrgHeader + "Inria\tresearch\tINRIA\t\t\n", "organisations_public.tsv:2: 5 columns, want 6"},
		{"bad match", "organisations_public.tsv",
			"# comment\n" + testOrgHeader + "Inria\tresearch\tINRIA\t\t\tcontxt\n", "organisations_public.tsv:3: match \"contxt\""},
		{"empty name", "machines.tsv",
			testMachineHeader + " \tsupercomputer\t\tIDRIS\tOrsay\tFR\t\n", "machines.tsv:2: empty name"},
		{"wrong header", "machines.tsv",
			testOrgHeader + "Jean Zay\tsupercomputer\t\tIDRIS\tOrsay\tFR\t\n", "machines.tsv:1: header"},
		{"no header", "organisations_x.tsv", "# only comments\n", "organisations_x.tsv: no header line"},
		{"form without words", "organisations_public.tsv",
			testOrgHeader + "Inria\tresearch\t--\t\t\t\n", "organisations_public.tsv:2: form \"--\" has no word"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(fstest.MapFS{tc.file: {Data: []byte(tc.content)}})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New: error %v, want one containing %q", err, tc.want)
			}
		})
	}
	if _, err := New(fstest.MapFS{"other.txt": {Data: []byte("x")}}); err == nil {
		t.Fatal("New without lists: no error")
	}
}

// TestNewWithOwnLists builds a Recognizer from small lists and checks the
// match column: case, context and both.
func TestNewWithOwnLists(t *testing.T) {
	fsys := fstest.MapFS{
		"organisations_test.tsv": {Data: []byte(testOrgHeader +
			"Pixel Forge\tstartup\tPF\tPixel Forge Studio\tPixelForge\t\n" +
			"Orbit\tstartup\t\t\t\tcase\n" +
			"Ember\tstartup\t\t\t\tcase,context\n" +
			"Bayou\tcompany\t\t\t\tcontext\n")},
		"machines.tsv": {Data: []byte(testMachineHeader + "Tornade\tsupercomputer\t\tIDRIS\tOrsay\tFR\tcontext\n")},
	}
	r, err := New(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if o, m := r.Sizes(); o != 4 || m != 1 {
		t.Fatalf("Sizes = %d, %d; want 4, 1", o, m)
	}
	cases := []struct {
		text string
		want []string
	}{
		{"PixelForge et Pixel Forge Studio (PF) : pixel forge.", []string{"O:Pixel Forge=PixelForge", "O:Pixel Forge=Pixel Forge Studio", "O:Pixel Forge=PF", "O:Pixel Forge=pixel forge"}},
		{"Orbit ouvre ; orbit non ; ORBIT non plus.", []string{"O:Orbit"}},
		{"Ember a levé 3 millions ; ember et Ember seul non.", []string{"O:Ember", "O:Ember"}},
		{"Ember seul ne suffit pas.", []string{}},
		{"Bayou et bayou : le bayou n'est pas la société Bayou.", []string{"O:Bayou", "O:Bayou"}},
		{"La tornade passe ; le calculateur Tornade calcule.", []string{"M:Tornade"}},
	}
	for _, tc := range cases {
		_, got := r.Recognize("", tc.text)
		if g := show(got); !slices.Equal(g, tc.want) {
			t.Errorf("%q\n got %q\nwant %q", tc.text, g, tc.want)
		}
	}
}

// TestListsShareNoForm checks that no two organisations of the reference
// lists can be written the same way once folded: a name, acronym, expansion
// or alias of one entry must not be a form of another, or the recogniser
// would pick one of them at random.
func TestListsShareNoForm(t *testing.T) {
	shared, err := sharedForms(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shared {
		t.Error(s)
	}
	dup := fstest.MapFS{
		"organisations_a.tsv": {Data: []byte(testOrgHeader + "Bureau européen de l'IA\teu-institution\t\t\tAI Office\t\n")},
		"organisations_b.tsv": {Data: []byte(testOrgHeader + "Bureau de l’IA\teu-institution\t\t\tAI-office|Bureau de l'IA\t\n")},
	}
	shared, err = sharedForms(dup)
	if err != nil || len(shared) != 1 || !strings.Contains(shared[0], "AI-office") {
		t.Fatalf("shared forms of two lists naming one office: %q, %v; want the alias AI-office", shared, err)
	}
}

// sharedForms lists the forms of the organisation lists of fsys that fold
// to a form of another entry.
func sharedForms(fsys fs.FS) ([]string, error) {
	files, err := fs.Glob(fsys, "organisations_*.tsv")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no organisation list: %v", err)
	}
	owner, shared := map[string]string{}, []string(nil)
	for _, file := range files {
		raw, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, err
		}
		for i, line := range strings.Split(string(raw), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != len(orgHeader) || strings.HasPrefix(line, "#") || f[0] == "name" {
				continue
			}
			where := fmt.Sprintf("%s (%s:%d)", f[0], file, i+1)
			for _, form := range append([]string{f[0], f[2], f[3]}, strings.Split(f[4], "|")...) {
				key := foldedForm(form)
				if key == "" {
					continue
				}
				if prev, ok := owner[key]; ok && !strings.HasPrefix(prev, f[0]+" (") {
					shared = append(shared, fmt.Sprintf("form %q of %s already names %s", form, where, prev))
					continue
				}
				owner[key] = where
			}
		}
	}
	return shared, nil
}

// foldedForm returns the words of a listed form as the recogniser folds
// them, joined by spaces.
func foldedForm(text string) string {
	var tz tokenizer
	tz.run(text, nil)
	var words []string
	for _, tok := range tz.toks[:len(tz.toks)-1] {
		words = append(words, string(tz.buf[tok.fstart:tok.fend]))
	}
	return strings.Join(words, " ")
}

// A listCase is a text and the matches a recogniser gives for it, as show
// prints them.
type listCase struct {
	text string
	want []string
}

// checkListCases checks the matches in the text of each case of a
// recogniser built from list alone.
func checkListCases(t *testing.T, list string, cases []listCase) {
	t.Helper()
	r, err := New(fstest.MapFS{"organisations_test.tsv": {Data: []byte(list)}})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	for _, tc := range cases {
		_, got := r.Recognize("", tc.text)
		if s := show(got); !slices.Equal(s, tc.want) {
			t.Errorf("%q\n got %q\nwant %q", tc.text, s, tc.want)
		}
	}
}

func TestUniversityTownForms(t *testing.T) {
	list := testOrgHeader + "University of Oxford\tuniversity\t\t\tuniversité d'Oxford\t\n" +
		"Tsinghua University\tuniversity\t\t\t\t\n" +
		"University of Tokyo\tuniversity\t\t\t\t\n" +
		"Oxford Ionics\tstartup\t\t\t\t\n" +
		"Massachusetts Institute of Technology\tuniversity\tMIT\t\t\t\n"
	checkListCases(t, list, []listCase{
		{"Le classement place le MIT, Oxford et Tsinghua en tête.", []string{"O:Massachusetts Institute of Technology=MIT", "O:University of Oxford=Oxford", "O:Tsinghua University=Tsinghua"}},
		{"Le MIT et Tokyo signent.", []string{"O:Massachusetts Institute of Technology=MIT"}},
		{"Oxford a gagné une place.", []string{}},
		{"L'université d'Oxford a ouvert un bureau à Oxford.", []string{"O:University of Oxford=université d'Oxford"}},
		{"Oxford Ionics et l'université d'Oxford signent.", []string{"O:Oxford Ionics", "O:University of Oxford=université d'Oxford"}},
	})
}

// TestAliasInAnotherCaseThanAcronym checks that an alias folding to a short
// acronym but written in another case is matched in that case only.
func TestAliasInAnotherCaseThanAcronym(t *testing.T) {
	list := testOrgHeader + "Allen Institute for AI\tresearch\tAI2\t\tAi2\t\n"
	checkListCases(t, list, []listCase{
		{"Le laboratoire Ai2 publie ses modèles Olmo avec les données.", []string{"O:Allen Institute for AI=Ai2"}},
		{"L'AI2 de Seattle publie un jeu de données.", []string{"O:Allen Institute for AI=AI2"}},
		{"Le fichier ai2 est vide.", []string{}},
	})
}
