package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// diskCache keeps fetched pages in a folder, one JSON file per URL named
// after the URL's SHA-256, so that they can be revalidated later. A nil
// *diskCache keeps nothing.
type diskCache struct {
	dir string
}

// cacheEntry is what the cache keeps of a response.
type cacheEntry struct {
	URL          string    `json:"url"`
	FinalURL     string    `json:"final_url"`
	ContentType  string    `json:"content_type"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	StoredAt     time.Time `json:"stored_at"`
	Body         []byte    `json:"body"`
}

// fetched returns the entry as a response served after a 304.
func (e *cacheEntry) fetched() *fetched {
	return &fetched{
		Response: Response{
			URL:         e.FinalURL,
			Status:      200,
			ContentType: e.ContentType,
			Body:        e.Body,
			FromCache:   true,
			NotModified: true,
		},
		etag:         e.ETag,
		lastModified: e.LastModified,
	}
}

func (d *diskCache) path(rawURL string) string {
	sum := sha256.Sum256([]byte(rawURL))
	return filepath.Join(d.dir, hex.EncodeToString(sum[:])+".json")
}

// load returns the cached entry of rawURL, or nil if there is none or it is
// unreadable.
func (d *diskCache) load(rawURL string, log *slog.Logger) *cacheEntry {
	if d == nil {
		return nil
	}
	data, err := os.ReadFile(d.path(rawURL))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			log.Warn("read cache entry", "url", rawURL, "error", err)
		}
		return nil
	}
	var e cacheEntry
	if err := json.Unmarshal(data, &e); err != nil || e.URL != rawURL {
		log.Warn("ignore corrupt cache entry", "url", rawURL, "error", err)
		return nil
	}
	return &e
}

// store keeps got when it has a validator to revalidate it with.
func (d *diskCache) store(rawURL string, got *fetched, log *slog.Logger) {
	if d == nil || (got.etag == "" && got.lastModified == "") {
		return
	}
	e := cacheEntry{
		URL: rawURL, FinalURL: got.URL, ContentType: got.ContentType,
		ETag: got.etag, LastModified: got.lastModified,
		StoredAt: time.Now().UTC(), Body: got.Body,
	}
	if err := d.write(d.path(rawURL), &e); err != nil {
		log.Warn("write cache entry", "url", rawURL, "error", err)
	}
}

// write replaces the file at path atomically: a reader sees the old entry or
// the new one, never a part of it.
func (d *diskCache) write(path string, e *cacheEntry) error {
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(d.dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(d.dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
