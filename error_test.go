package veille_test

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/veille-fr/veille"
)

func TestErrorCode(t *testing.T) {
	notFound := veille.Errorf(veille.ENOTFOUND, "read %s: %w", "seeds/absent.txt", fs.ErrNotExist)
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{errors.New("disk full"), veille.EINTERNAL},
		{notFound, veille.ENOTFOUND},
		{fmt.Errorf("ingest: %w", notFound), veille.ENOTFOUND},
		{veille.Errorf(veille.EINVALID, "after: wants a date, got %q", "hier"), veille.EINVALID},
	}
	for _, tt := range tests {
		if got := veille.ErrorCode(tt.err); got != tt.want {
			t.Errorf("ErrorCode(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
	if !errors.Is(notFound, fs.ErrNotExist) {
		t.Error("Errorf does not wrap the %w cause")
	}
	if msg := notFound.Error(); msg != "read seeds/absent.txt: file does not exist" {
		t.Errorf("message %q", msg)
	}
}
