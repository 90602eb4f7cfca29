package index

import (
	"fmt"
	"strings"
)

// resolveName returns the names stored in a keyword field that name denotes:
// name itself if it is stored, else the stored names equal to it ignoring
// case and accents ("genci" gives "GENCI"), else name (which matches
// nothing).
func (x *Index) resolveName(field, name string) ([]string, error) {
	dict, err := x.bleve.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("read %s names in index %s: %w", field, x.name, err)
	}
	defer func() { _ = dict.Close() }()
	want := nameKey(name)
	var names []string
	for {
		entry, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("read %s names in index %s: %w", field, x.name, err)
		}
		if entry == nil {
			break
		}
		if entry.Term == name {
			return []string{name}, nil
		}
		if nameKey(entry.Term) == want {
			names = append(names, entry.Term)
		}
	}
	if len(names) == 0 {
		return []string{name}, nil
	}
	return names, nil
}

// nameKey is the form two names are compared in: lower-case, without
// accents, spaces and hyphens collapsed ("Jean-Zay" and "jean zay" agree).
func nameKey(name string) string {
	folded := strings.ToLower(string(fold([]byte(name))))
	return strings.Join(strings.FieldsFunc(folded, func(r rune) bool { return r == ' ' || r == '-' || r == '\u00a0' }), " ")
}
