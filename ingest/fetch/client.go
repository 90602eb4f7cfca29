// Package fetch is a polite and safe HTTP client for reading news pages,
// feeds and sitemaps: it honours robots.txt, limits the requests made to each
// host, retries transient failures with backoff, bounds what it reads, and
// revalidates pages it has already fetched.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/veille-fr/veille"
)

// Defaults applied to the zero fields of Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBody      = 20 << 20
	DefaultMaxRedirects = 5
	DefaultRetries      = 3
	DefaultPerHost      = 2
	DefaultHostRate     = 1.0
	DefaultBackoff      = time.Second
	DefaultMaxWait      = time.Minute
	connectTimeout      = 10 * time.Second
	maxRobotsBytes      = 512 << 10
)

// Options set how a Client behaves; every zero field takes its default.
type Options struct {
	// UserAgent is sent with every request and matched against robots.txt
	// groups; default "veille/<version> (+https://github.com/veille-fr/veille)".
	UserAgent string
	// Timeout bounds each attempt of a request, body included; default 30s.
	// Connecting is bounded to 10s.
	Timeout time.Duration
	// MaxBody is the largest body read, after decompression; default 20 MB.
	MaxBody int64
	// MaxRedirects is how many redirects a request may follow; default 5.
	MaxRedirects int
	// Retries is how many times a request is tried again after a network
	// error, a 429 or a 5xx; default 3, negative for none.
	Retries int
	// PerHost is how many requests may run at once on one host; default 2.
	PerHost int
	// HostRate is how many requests per second start on one host; default 1.
	// Use rate.Inf (golang.org/x/time/rate) for no limit.
	HostRate float64
	// Backoff is the wait before the first retry, doubled at each retry and
	// jittered; default 1s.
	Backoff time.Duration
	// MaxWait caps any wait between retries, Retry-After included; default 1 min.
	MaxWait time.Duration
	// IgnoreRobots skips robots.txt; by default a path it disallows is refused.
	IgnoreRobots bool
	// PublicOnly refuses to connect to loopback, private, link-local and
	// unspecified addresses, whatever a URL or a redirect names, and ignores
	// proxy settings: for a server that fetches what remote callers ask.
	PublicOnly bool
	// CacheDir, when set, keeps fetched pages there and revalidates them
	// with If-None-Match and If-Modified-Since.
	CacheDir string
	// Client sends the requests; nil builds one. Its CheckRedirect is replaced.
	Client *http.Client
	// Logger receives retries and cache failures; nil discards them.
	Logger *slog.Logger
}

// Response is a fetched page.
type Response struct {
	// URL is the final URL, after redirects.
	URL         string
	Status      int
	ContentType string
	// Body is the decoded body (gzip, deflate and br content encodings removed).
	Body []byte
	// FromCache is true when Body comes from the disk cache.
	FromCache bool
	// NotModified is true when the server answered 304 to a revalidation.
	NotModified bool
}

// Client fetches pages; it is safe for concurrent use.
type Client struct {
	opts   Options
	http   *http.Client
	hosts  *hostGates
	robots *robotsCache
	cache  *diskCache
	log    *slog.Logger
}

// New returns a Client with the options' defaults filled in.
func New(opts Options) *Client {
	opts = withDefaults(opts)
	c := &Client{opts: opts, hosts: newHostGates(opts.PerHost, opts.HostRate), log: opts.Logger}
	c.http = newHTTPClient(opts)
	c.robots = newRobotsCache()
	if opts.CacheDir != "" {
		c.cache = &diskCache{dir: opts.CacheDir}
	}
	return c
}

func withDefaults(o Options) Options {
	if o.UserAgent == "" {
		o.UserAgent = "veille/" + version() + " (+https://github.com/veille-fr/veille)"
	}
	o.Timeout = orDefault(o.Timeout, DefaultTimeout)
	o.MaxBody = orDefault(o.MaxBody, DefaultMaxBody)
	o.MaxRedirects = orDefault(o.MaxRedirects, DefaultMaxRedirects)
	o.Retries = max(orDefault(o.Retries, DefaultRetries), 0)
	o.PerHost = orDefault(o.PerHost, DefaultPerHost)
	o.HostRate = orDefault(o.HostRate, DefaultHostRate)
	o.Backoff = orDefault(o.Backoff, DefaultBackoff)
	o.MaxWait = orDefault(o.MaxWait, DefaultMaxWait)
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

func orDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

func newHTTPClient(opts Options) *http.Client {
	hc := &http.Client{}
	if opts.Client != nil {
		*hc = *opts.Client
	} else {
		dialer := &net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second}
		proxy := http.ProxyFromEnvironment
		if opts.PublicOnly {
			dialer.Control = refuseNonPublic
			proxy = nil
		}
		hc.Transport = &http.Transport{
			Proxy:               proxy,
			DialContext:         dialer.DialContext,
			TLSHandshakeTimeout: connectTimeout,
			MaxIdleConnsPerHost: opts.PerHost,
			IdleConnTimeout:     90 * time.Second,
			DisableCompression:  true,
		}
	}
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return ErrRedirectScheme
		}
		if len(via) > opts.MaxRedirects {
			return fmt.Errorf("%w (%d)", ErrTooManyRedirects, opts.MaxRedirects)
		}
		return nil
	}
	return hc
}

// refuseNonPublic is a net.Dialer Control function that refuses addresses
// that are not on the public internet. It runs on the resolved address, so a
// host name that resolves to a private address is refused too.
func refuseNonPublic(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrNonPublicAddress, address)
	}
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() {
		return fmt.Errorf("%w: %s", ErrNonPublicAddress, ip)
	}
	return nil
}

// Get fetches rawURL: it checks robots.txt, waits for its turn on the host,
// revalidates a cached copy, and retries transient failures. Errors are
// *veille.Error values whose code says what failed: ENOTFOUND for 404 and
// 410, EUNAVAILABLE for network errors, other statuses, robots.txt refusals
// and oversized bodies, EINVALID for a URL that is not http(s). A
// *StatusError in the chain carries the HTTP status.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, veille.Errorf(veille.EINVALID, "fetch %q: not an http(s) URL", rawURL)
	}
	if !c.opts.IgnoreRobots {
		if err := c.checkRobots(ctx, u); err != nil {
			return nil, err
		}
	}
	cached := c.cache.load(rawURL, c.log)
	got, err := c.getWithRetries(ctx, u, cached)
	if err != nil {
		return nil, classify(rawURL, err)
	}
	if !got.NotModified {
		c.cache.store(rawURL, got, c.log)
	}
	return &got.Response, nil
}

// classify turns err into a *veille.Error whose code says what failed.
func classify(rawURL string, err error) error {
	var se *StatusError
	switch {
	case errors.As(err, &se) && (se.Code == http.StatusNotFound || se.Code == http.StatusGone):
		return veille.Errorf(veille.ENOTFOUND, "fetch %s: %w", rawURL, err)
	case errors.Is(err, context.Canceled):
		return veille.Errorf(veille.EUNAVAILABLE, "fetch %s: canceled: %w", rawURL, err)
	case errors.Is(err, ErrRedirectScheme), errors.Is(err, ErrNonPublicAddress):
		return veille.Errorf(veille.EINVALID, "fetch %s: %w", rawURL, err)
	default:
		return veille.Errorf(veille.EUNAVAILABLE, "fetch %s: %w", rawURL, err)
	}
}
