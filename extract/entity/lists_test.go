package entity

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
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
