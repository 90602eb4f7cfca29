package web

import (
	"compress/gzip"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestCompress(t *testing.T) {
	h := New(newFakeStore(frenchDocs(t)...), Options{}).Handler()
	tests := []struct {
		target string
		// same is set when both answers must be equal; a search's time
		// taken differs between two runs, so its answers are checked for a
		// piece only.
		same  bool
		piece string
	}{
		{"/?q=supercalculateur", false, "AI Factory France"},
		{"/api/search?q=supercalculateur", false, `"id":"a1genci"`},
		{"/api/export", true, ""},
		{"/documents/inconnu", true, ""},
	}
	for _, tt := range tests {
		plain := do(t, h, "GET", tt.target, "")
		zipped := do(t, h, "GET", tt.target, "", "Accept-Encoding", "br;q=1.0, gzip;q=0.8")
		if zipped.Header().Get("Content-Encoding") != "gzip" || zipped.Code != plain.Code {
			t.Errorf("%s: Content-Encoding %q, status %d (plain %d)", tt.target, zipped.Header().Get("Content-Encoding"), zipped.Code, plain.Code)
			continue
		}
		zr, err := gzip.NewReader(zipped.Body)
		if err != nil {
			t.Fatalf("%s: %v", tt.target, err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: %v", tt.target, err)
		}
		if tt.same && string(got) != plain.Body.String() || !strings.Contains(string(got), tt.piece) {
			t.Errorf("%s: uncompressed answer\n%s\nplain answer\n%s", tt.target, got, plain.Body)
		}
		if plain.Body.Len() > 1000 && zipped.Body.Len() >= plain.Body.Len()/2 {
			t.Errorf("%s: %d bytes compressed, %d plain", tt.target, zipped.Body.Len(), plain.Body.Len())
		}
	}
	for _, ae := range []string{"", "identity", "gzip;q=0", "deflate"} {
		if rec := do(t, h, "GET", "/?q=IA", "", "Accept-Encoding", ae); rec.Header().Get("Content-Encoding") != "" {
			t.Errorf("Accept-Encoding %q: compressed", ae)
		}
	}
	if rec := do(t, h, http.MethodHead, "/", "", "Accept-Encoding", "gzip"); rec.Header().Get("Content-Encoding") != "" {
		t.Error("HEAD answered compressed")
	}
}
