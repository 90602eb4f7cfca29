package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"golang.org/x/time/rate"

	"github.com/veille-fr/veille"
)

const frenchSentence = "Le supercalculateur Jean Zay, installé à l’IDRIS, passera à 125 pétaflops."

// testOptions are options with waits shrunk so that the suite stays fast.
func testOptions() Options {
	return Options{HostRate: float64(rate.Inf), Backoff: time.Millisecond, MaxWait: 20 * time.Millisecond, IgnoreRobots: true}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestGetStatusCodes(t *testing.T) {
	tests := []struct {
		status int
		code   string
	}{
		{http.StatusNotFound, veille.ENOTFOUND},
		{http.StatusGone, veille.ENOTFOUND},
		{http.StatusForbidden, veille.EUNAVAILABLE},
		{http.StatusServiceUnavailable, veille.EUNAVAILABLE},
		{http.StatusTooManyRequests, veille.EUNAVAILABLE},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status), func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(tt.status) })
			_, err := New(testOptions()).Get(context.Background(), srv.URL+"/article")
			if got := veille.ErrorCode(err); got != tt.code {
				t.Fatalf("code = %q, want %q (err %v)", got, tt.code, err)
			}
			var se *StatusError
			if !errors.As(err, &se) || se.Code != tt.status {
				t.Fatalf("err = %v, want a *StatusError with code %d", err, tt.status)
			}
			if !strings.Contains(err.Error(), srv.URL+"/article") || !strings.Contains(err.Error(), fmt.Sprint(tt.status)) {
				t.Errorf("error %q does not say the URL and the status", err)
			}
		})
	}
}

func TestGetRetriesServerErrors(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			http.Error(w, "panne", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, frenchSentence)
	})
	resp, err := New(testOptions()).Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != frenchSentence || calls.Load() != 2 {
		t.Errorf("body %q after %d calls, want the sentence after 2", resp.Body, calls.Load())
	}
}

func TestGetGivesUpAfterRetries(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.WriteHeader(http.StatusBadGateway)
	})
	opts := testOptions()
	opts.Retries = 2
	_, err := New(opts).Get(context.Background(), srv.URL)
	if veille.ErrorCode(err) != veille.EUNAVAILABLE || calls.Load() != 3 {
		t.Errorf("err %v after %d calls, want unavailable after 3", err, calls.Load())
	}
}

func TestGetHonoursRetryAfter(t *testing.T) {
	var first time.Time
	var gap time.Duration
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if first.IsZero() {
			first = time.Now()
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		gap = time.Since(first)
		fmt.Fprint(w, frenchSentence)
	})
	opts := testOptions()
	opts.MaxWait = 5 * time.Second
	if _, err := New(opts).Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if gap < 900*time.Millisecond {
		t.Errorf("retried after %v, want the 1s the server asked for", gap)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		value string
		want  time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{"-3", 0},
		{"Fri, 01 Mar 2024 12:00:30 GMT", 30 * time.Second},
		{"Fri, 01 Mar 2024 11:00:00 GMT", 0},
		{"demain", 0},
		{"99999999999", maxRetryAfterSeconds * time.Second},
	}
	for _, tt := range tests {
		h := http.Header{}
		h.Set("Retry-After", tt.value)
		if got := retryAfter(h, now); got != tt.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tt.value, got, tt.want)
		}
	}
}

func TestBackoffIsCapped(t *testing.T) {
	c := New(Options{Backoff: time.Second, MaxWait: 3 * time.Second})
	for attempt := range 6 {
		d := c.backoff(attempt, errors.New("reset"))
		lo := min(time.Second<<attempt/2, 3*time.Second)
		if d < lo || d > 3*time.Second {
			t.Errorf("backoff(%d) = %v, want between %v and 3s", attempt, d, lo)
		}
	}
	if d := c.backoff(0, &StatusError{Code: 429, RetryAfter: time.Hour}); d != 3*time.Second {
		t.Errorf("backoff with Retry-After 1h = %v, want the 3s cap", d)
	}
}

func TestGetTimesOutOnSlowServer(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	opts := testOptions()
	opts.Timeout = 50 * time.Millisecond
	opts.Retries = 1
	start := time.Now()
	_, err := New(opts).Get(context.Background(), srv.URL)
	if veille.ErrorCode(err) != veille.EUNAVAILABLE || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want an unavailable deadline error", err)
	}
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("gave up after %v", elapsed)
	}
}

func TestGetRedirects(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/boucle-a":
			http.Redirect(w, r, "/boucle-b", http.StatusFound)
		case "/boucle-b":
			http.Redirect(w, r, "/boucle-a", http.StatusFound)
		case "/fichier":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/ftp":
			http.Redirect(w, r, "ftp://example.org/x", http.StatusMovedPermanently)
		case "/ancien":
			http.Redirect(w, r, "/nouveau", http.StatusMovedPermanently)
		default:
			fmt.Fprint(w, frenchSentence)
		}
	})
	tests := []struct {
		path    string
		wantErr error
		code    string
	}{
		{"/boucle-a", ErrTooManyRedirects, veille.EUNAVAILABLE},
		{"/fichier", ErrRedirectScheme, veille.EINVALID},
		{"/ftp", ErrRedirectScheme, veille.EINVALID},
		{"/ancien", nil, ""},
	}
	for _, tt := range tests {
		resp, err := New(testOptions()).Get(context.Background(), srv.URL+tt.path)
		if !errors.Is(err, tt.wantErr) || veille.ErrorCode(err) != tt.code {
			t.Errorf("Get(%s) err = %v, want %v with code %q", tt.path, err, tt.wantErr, tt.code)
		}
		if err == nil && resp.URL != srv.URL+"/nouveau" {
			t.Errorf("Get(%s) final URL = %s, want the redirect target", tt.path, resp.URL)
		}
	}
}

func TestGetRefusesNonHTTP(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/", "://", "/relatif", "https://"} {
		if _, err := New(testOptions()).Get(context.Background(), u); veille.ErrorCode(err) != veille.EINVALID {
			t.Errorf("Get(%q) err = %v, want code invalid", u, err)
		}
	}
}

func TestGetRefusesHugeBody(t *testing.T) {
	const total = 50 << 20
	for _, declared := range []bool{true, false} {
		var written atomic.Int64
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			if declared {
				w.Header().Set("Content-Length", fmt.Sprint(total))
			}
			chunk := bytes.Repeat([]byte("a"), 64<<10)
			for written.Load() < total {
				n, err := w.Write(chunk)
				written.Add(int64(n))
				if err != nil {
					return
				}
			}
		})
		_, err := New(testOptions()).Get(context.Background(), srv.URL)
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("declared=%v: err = %v, want ErrTooLarge", declared, err)
		}
		srv.Close()
		if written.Load() >= total {
			t.Errorf("declared=%v: server wrote all %d bytes", declared, written.Load())
		}
	}
}

func TestGetRefusesGzipBomb(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 8 {
		zw.Write(zeros)
	}
	zw.Close()
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	opts := testOptions()
	opts.MaxBody = 1 << 20
	_, err := New(opts).Get(context.Background(), srv.URL)
	if !errors.Is(err, ErrTooLarge) || int64(bomb.Len()) > opts.MaxBody {
		t.Errorf("err = %v for a %d-byte bomb, want ErrTooLarge", err, bomb.Len())
	}
}

func TestGetDecodesContentEncodings(t *testing.T) {
	encoders := map[string]func(*bytes.Buffer) io.WriteCloser{
		"gzip":        func(b *bytes.Buffer) io.WriteCloser { return gzip.NewWriter(b) },
		"deflate":     func(b *bytes.Buffer) io.WriteCloser { return zlib.NewWriter(b) },
		"br":          func(b *bytes.Buffer) io.WriteCloser { return brotli.NewWriter(b) },
		"raw deflate": func(b *bytes.Buffer) io.WriteCloser { w, _ := flate.NewWriter(b, flate.DefaultCompression); return w },
	}
	for name, enc := range encoders {
		var buf bytes.Buffer
		w := enc(&buf)
		w.Write([]byte(frenchSentence))
		w.Close()
		header := strings.TrimPrefix(name, "raw ")
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), header) {
				t.Errorf("Accept-Encoding %q lacks %s", r.Header.Get("Accept-Encoding"), header)
			}
			w.Header().Set("Content-Encoding", header)
			w.Write(buf.Bytes())
		})
		resp, err := New(testOptions()).Get(context.Background(), srv.URL)
		if err != nil || string(resp.Body) != frenchSentence {
			t.Errorf("%s: body %q, err %v", name, resp.Body, err)
		}
	}
}

func TestGetHonoursRobots(t *testing.T) {
	var robotsCalls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsCalls.Add(1)
			fmt.Fprint(w, "User-agent: *\nDisallow: /prive/\n\nUser-agent: veille\nDisallow: /brouillons/\n")
			return
		}
		fmt.Fprint(w, frenchSentence)
	})
	opts := testOptions()
	opts.IgnoreRobots = false
	c := New(opts)
	tests := []struct {
		path    string
		allowed bool
	}{
		{"/actualites/ia.html", true},
		{"/brouillons/x.html", false},
		{"/prive/x.html", true}, // the veille group replaces the * group
	}
	for _, tt := range tests {
		_, err := c.Get(context.Background(), srv.URL+tt.path)
		if allowed := err == nil; allowed != tt.allowed {
			t.Errorf("Get(%s) err = %v, want allowed=%v", tt.path, err, tt.allowed)
		}
		if !tt.allowed && (!errors.Is(err, ErrDisallowed) || !strings.Contains(err.Error(), "robots.txt")) {
			t.Errorf("Get(%s) err = %v, want one that names robots.txt", tt.path, err)
		}
	}
	if robotsCalls.Load() != 1 {
		t.Errorf("robots.txt read %d times, want once", robotsCalls.Load())
	}
}

func TestGetWithoutRobotsFile(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, frenchSentence)
	})
	opts := testOptions()
	opts.IgnoreRobots = false
	if _, err := New(opts).Get(context.Background(), srv.URL+"/page"); err != nil {
		t.Errorf("a host without robots.txt refused: %v", err)
	}
}

func TestGetLimitsRequestsPerHost(t *testing.T) {
	var inFlight, most atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(30 * time.Millisecond)
		fmt.Fprint(w, frenchSentence)
	})
	opts := testOptions()
	opts.PerHost = 2
	c := New(opts)
	errs := make(chan error, 8)
	for i := range 8 {
		go func() {
			_, err := c.Get(context.Background(), fmt.Sprintf("%s/page/%d", srv.URL, i))
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if most.Load() != 2 {
		t.Errorf("at most %d requests in flight, want 2", most.Load())
	}
}

func TestGetRevalidatesCache(t *testing.T) {
	tests := []struct {
		name      string
		validator string
		matches   func(*http.Request) bool
	}{
		{"ETag", "ETag", func(r *http.Request) bool { return r.Header.Get("If-None-Match") == `"v1"` }},
		{"Last-Modified", "Last-Modified", func(r *http.Request) bool {
			return r.Header.Get("If-Modified-Since") == "Fri, 01 Mar 2024 10:00:00 GMT"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var served304 atomic.Int32
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				if tt.matches(r) {
					served304.Add(1)
					w.WriteHeader(http.StatusNotModified)
					return
				}
				w.Header().Set("ETag", `"v1"`)
				if tt.validator == "Last-Modified" {
					w.Header().Del("ETag")
					w.Header().Set("Last-Modified", "Fri, 01 Mar 2024 10:00:00 GMT")
				}
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprint(w, frenchSentence)
			})
			opts := testOptions()
			opts.CacheDir = t.TempDir()
			first, err := New(opts).Get(context.Background(), srv.URL+"/a")
			if err != nil || first.FromCache || first.NotModified {
				t.Fatalf("first run: %+v, %v", first, err)
			}
			second, err := New(opts).Get(context.Background(), srv.URL+"/a")
			if err != nil || !second.NotModified || !second.FromCache || served304.Load() != 1 {
				t.Fatalf("second run: %+v, %v, %d 304s", second, err, served304.Load())
			}
			if string(second.Body) != frenchSentence || second.ContentType != "text/html; charset=utf-8" {
				t.Errorf("cached body %q, type %q", second.Body, second.ContentType)
			}
			files, _ := filepath.Glob(filepath.Join(opts.CacheDir, "*"))
			if len(files) != 1 || len(filepath.Base(files[0])) != 64+len(".json") {
				t.Errorf("cache files %v, want one named after a SHA-256", files)
			}
		})
	}
}

func TestGetIgnoresCorruptCache(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, frenchSentence)
	})
	opts := testOptions()
	opts.CacheDir = t.TempDir()
	c := New(opts)
	if err := os.WriteFile(c.cache.path(srv.URL), []byte("{pas du json"), 0o644); err != nil {
		t.Fatal(err)
	}
	resp, err := c.Get(context.Background(), srv.URL)
	if err != nil || resp.FromCache || string(resp.Body) != frenchSentence {
		t.Errorf("got %+v, %v; want a fresh fetch", resp, err)
	}
}

func TestDefaultUserAgent(t *testing.T) {
	var ua string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { ua = r.UserAgent() })
	if _, err := New(testOptions()).Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(ua, "veille/") || !strings.Contains(ua, "+https://github.com/veille-fr/veille") {
		t.Errorf("User-Agent = %q", ua)
	}
}

func TestGetSpacesRequestsToAHost(t *testing.T) {
	var mu sync.Mutex
	var starts []time.Time
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
	})
	opts := testOptions()
	opts.HostRate = 20
	c := New(opts)
	for i := range 4 {
		if _, err := c.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	// The limiter spaces the starts of requests on the client side; the
	// server sees them with scheduling jitter, so check the whole span: 4
	// requests at 20 per second take at least 3 intervals of 50ms.
	if span := starts[len(starts)-1].Sub(starts[0]); span < 130*time.Millisecond {
		t.Errorf("4 requests started within %v, want at least 150ms at 20 requests/s", span)
	}
}

func TestGetRobotsServerErrorDisallows(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, frenchSentence)
	})
	opts := testOptions()
	opts.IgnoreRobots = false
	_, err := New(opts).Get(context.Background(), srv.URL+"/page")
	if !errors.Is(err, ErrDisallowed) {
		t.Errorf("err = %v, want ErrDisallowed while robots.txt fails", err)
	}
	opts.IgnoreRobots = true
	if _, err := New(opts).Get(context.Background(), srv.URL+"/page"); err != nil {
		t.Errorf("IgnoreRobots: %v", err)
	}
}

func TestGetHonoursCrawlDelay(t *testing.T) {
	var mu sync.Mutex
	var starts []time.Time
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 0.1\n")
			return
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
	})
	opts := testOptions()
	opts.IgnoreRobots = false
	c := New(opts)
	for i := range 3 {
		if _, err := c.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < 80*time.Millisecond {
			t.Errorf("request %d started %v after the previous one, want the 100ms Crawl-delay", i, gap)
		}
	}
}

func TestGetPublicOnlyRefusesLocalAddresses(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, frenchSentence) })
	opts := testOptions()
	opts.PublicOnly = true
	_, err := New(opts).Get(context.Background(), srv.URL)
	if !errors.Is(err, ErrNonPublicAddress) || veille.ErrorCode(err) != veille.EINVALID {
		t.Errorf("Get(%s) with PublicOnly: %v, want ErrNonPublicAddress with code invalid", srv.URL, err)
	}
	for _, addr := range []string{"10.1.2.3:80", "192.168.0.1:443", "[::1]:80", "169.254.169.254:80", "0.0.0.0:80", "[fe80::1]:80"} {
		if err := refuseNonPublic("tcp", addr, nil); !errors.Is(err, ErrNonPublicAddress) {
			t.Errorf("refuseNonPublic(%s) = %v, want a refusal", addr, err)
		}
	}
	for _, addr := range []string{"192.0.2.10:80", "[2001:db8::1]:443", "151.101.1.1:443"} {
		if err := refuseNonPublic("tcp", addr, nil); err != nil {
			t.Errorf("refuseNonPublic(%s) = %v, want it allowed", addr, err)
		}
	}
}
