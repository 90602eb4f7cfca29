package ingest

import (
	"net/url"
	"path/filepath"
	"strings"
)

// isWebURL reports whether ref is an absolute http(s) URL.
func isWebURL(ref string) bool {
	u, err := url.Parse(ref)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// normalizeURL returns the form of an http(s) URL that identifies a page:
// scheme and host lower-cased, default port, fragment and utm_* tracking
// parameters removed, remaining parameters sorted.
func normalizeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if port := u.Port(); port != "" && !(u.Scheme == "http" && port == "80") && !(u.Scheme == "https" && port == "443") {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for name := range q {
			if strings.HasPrefix(strings.ToLower(name), "utm_") {
				delete(q, name)
			}
		}
		u.RawQuery = q.Encode()
	}
	u.ForceQuery = false
	return u.String()
}

// pageKey returns the key of a web page's document ID: its canonical URL if
// the page declares one on the same host (a "www." prefix aside), else the
// URL it was read from, normalised.
func pageKey(finalURL, canonical string) string {
	if canonical != "" && sameSite(finalURL, canonical) {
		return normalizeURL(canonical)
	}
	return normalizeURL(finalURL)
}

func sameSite(a, b string) bool {
	ua, errA := url.Parse(a)
	ub, errB := url.Parse(b)
	if errA != nil || errB != nil || !isWebURL(b) {
		return false
	}
	host := func(u *url.URL) string { return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") }
	return host(ua) == host(ub)
}

// fileKey returns the key of a file's document ID: its cleaned absolute path.
func fileKey(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.Clean(abs), nil
}

// localPath returns the path a file:// URL names, or ref itself.
func localPath(ref string) string {
	if u, err := url.Parse(ref); err == nil && u.Scheme == "file" {
		return filepath.FromSlash(u.Path)
	}
	return ref
}
