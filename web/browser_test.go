package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath returns the Chromium or Chrome binary to drive: the one
// VEILLE_CHROMIUM names, else the first found on PATH.
func chromiumPath() string {
	if p := os.Getenv("VEILLE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives a headless Chromium, at a phone's size, through a
// search: the home page, a query typed and submitted, a facet followed, a
// document opened. It saves a screenshot of each step.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := chromiumPath()
	if bin == "" {
		t.Skip("no Chromium found (install the Debian package chromium, or set VEILLE_CHROMIUM to a Chrome binary)")
	}
	srv := httptest.NewServer(New(newFakeStore(frenchDocs(t)...), Options{}).Handler())
	defer srv.Close()

	dir := os.Getenv("VEILLE_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox cannot start
		chromedp.WindowSize(412, 915),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()

	start := time.Now()
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return v
	}
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
		return v
	}
	// check saves a screenshot of the step and checks that the page fits
	// the phone's width.
	check := func(step string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot of %s: %v", step, err)
		}
		path := filepath.Join(dir, "veille-"+step+".png")
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
		if w := eval(`String(document.documentElement.scrollWidth - window.innerWidth)`); w != "0" {
			t.Errorf("%s: the page is %s px wider than the phone's screen", step, w)
		}
	}

	do("open the home page",
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#accueil`)))
	if latest := text(`#accueil ol.hits`); !strings.Contains(latest, "AI Factory France") {
		t.Errorf("home page without the latest articles: %q", latest)
	}
	if title := eval(`document.title`); !strings.Contains(title, "veille") {
		t.Errorf("home page title %q", title)
	}
	check("1-home")

	do("search",
		chromedp.SendKeys(chromedp.CSS(`input[name=q]`), "supercalculateur"),
		chromedp.Click(chromedp.CSS(`form.search button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#resultats ol.hits`)))
	stats, location := text(`p.stats`), eval(`location.href`)
	if !strings.HasPrefix(stats, "2 résultats") || !strings.Contains(location, "q=supercalculateur") {
		t.Fatalf("after the search: stats %q, location %q", stats, location)
	}
	check("2-results")

	do("follow a facet",
		chromedp.Click(chromedp.CSS(`aside a[href*="Alice"]`)),
		chromedp.WaitVisible(chromedp.CSS(`p.active`)))
	active, hits := text(`p.active`), text(`ol.hits`)
	stats = text(`p.stats`)
	if !strings.Contains(active, "Machine Alice Recoque") || !strings.HasPrefix(stats, "1 résultat") ||
		!strings.Contains(hits, "AI Factory France") || strings.Contains(hits, "Mistral AI lève") {
		t.Fatalf("after the facet: filters %q, stats %q, hits %q", active, stats, hits)
	}
	check("3-facet")

	do("open a document",
		chromedp.Click(chromedp.CSS(`ol.hits h3 a`)),
		chromedp.WaitVisible(chromedp.CSS(`article.doc`)))
	if h1 := text(`article.doc h1`); h1 != "AI Factory France : le GENCI labellisé par l'Europe" {
		t.Errorf("document title %q", h1)
	}
	marks := eval(`Array.from(document.querySelectorAll("article.doc p mark")).map(m => m.className + ":" + m.textContent).join("|")`)
	want := "org:GENCI|org:INRIA|org:CNRS|org:CEA|machine:Jean Zay|machine:Alice Recoque|amount:360 millions d'euros"
	if marks != want {
		t.Errorf("highlighted entities\n got %q\nwant %q", marks, want)
	}
	check("4-document")
	t.Logf("browser test took %v", time.Since(start).Round(time.Millisecond))
}
