package data

import (
	"io/fs"
	"strings"
	"testing"
)

var orgTypes = "ministry public-body research computing-centre university school eu-institution international startup company bigtech chipmaker cloud integrator investor bank media association consortium"

func TestListsWellFormed(t *testing.T) {
	files, err := fs.Glob(FS, "*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no TSV embedded: %v", err)
	}
	for _, name := range files {
		header, types := "name\ttype\tacronym\texpansion\taliases\tmatch", orgTypes
		if name == "machines.tsv" {
			header, types = "name\ttype\taliases\toperator\tsite\tcountry\tmatch", "supercomputer ai-cluster gpu-cloud"
		}
		checkFile(t, name, header, strings.Fields(types))
	}
}

func checkFile(t *testing.T, name, header string, types []string) {
	raw, err := fs.ReadFile(FS, name)
	if err != nil {
		t.Fatal(err)
	}
	cols, seen, sawHeader := strings.Count(header, "\t")+1, map[string]bool{}, false
	for i, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !sawHeader {
			if line != header {
				t.Errorf("%s:%d: header %q, want %q", name, i+1, line, header)
			}
			sawHeader = true
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case len(f) != cols:
			t.Errorf("%s:%d: %d columns, want %d", name, i+1, len(f), cols)
		case strings.TrimSpace(f[0]) == "":
			t.Errorf("%s:%d: empty name", name, i+1)
		case !contains(types, f[1]):
			t.Errorf("%s:%d: unknown type %q", name, i+1, f[1])
		case seen[f[0]]:
			t.Errorf("%s:%d: duplicate name %q", name, i+1, f[0])
		}
		seen[f[0]] = true
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
