package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/andybalholm/brotli"
)

// readBody reads the body of resp, decoding its Content-Encoding, and fails
// with ErrTooLarge as soon as more than limit bytes come out, encoded or not.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: Content-Length %d exceeds %d bytes", ErrTooLarge, resp.ContentLength, limit)
	}
	raw := &boundedReader{r: resp.Body, limit: limit}
	decoded, err := decode(resp.Header.Get("Content-Encoding"), raw)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(&boundedReader{r: decoded, limit: limit})
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	return body, nil
}

var errUnsupportedEncoding = errors.New("unsupported Content-Encoding")

// decode wraps r with the decoder of a Content-Encoding value.
func decode(encoding string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		return zr, nil
	case "br":
		return brotli.NewReader(r), nil
	case "deflate":
		return inflate(r)
	default:
		return nil, fmt.Errorf("%w %q", errUnsupportedEncoding, encoding)
	}
}

// inflate decodes a deflate body, which servers send either zlib-wrapped
// (as RFC 9110 says) or raw.
func inflate(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil {
		return nil, fmt.Errorf("deflate body: %w", err)
	}
	if head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		zr, err := zlib.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("deflate body: %w", err)
		}
		return zr, nil
	}
	return flate.NewReader(br), nil
}

// boundedReader reads from r and fails with ErrTooLarge once more than limit
// bytes have come out of it.
type boundedReader struct {
	r     io.Reader
	limit int64
	read  int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if room := b.limit - b.read + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := b.r.Read(p)
	b.read += int64(n)
	if b.read > b.limit {
		return n, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, b.limit)
	}
	return n, err
}
