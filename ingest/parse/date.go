package parse

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

var (
	isoDate     = regexp.MustCompile(`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`)
	slashDate   = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	frenchDate  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:er)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+(\d{4})(?:\s*(?:à|a|,)?\s*(\d{1,2})\s*[h:]\s*(\d{2})?)?`)
	frenchMonth = map[string]time.Month{"janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
		"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12}
)

// Date parses the dates news pages write, ISO 8601 and French forms
// ("15 juin 2023 à 09h24", "19/11/2023", "mercredi 3 janvier 2024",
// "1er mars 2024"); ok is false when s holds no date. Dates without a zone
// are read in Europe/Paris time when available, else UTC.
func Date(s string) (t time.Time, ok bool) {
	if m := isoDate.FindString(s); m != "" {
		if t, ok := parseISO(m); ok && t.Year() >= 1000 {
			return t, true
		}
		return time.Time{}, false
	}
	if m := frenchDate.FindStringSubmatch(s); m != nil {
		day, _ := strconv.Atoi(m[1])
		year, _ := strconv.Atoi(m[3])
		hour, _ := strconv.Atoi(m[4])
		minute, _ := strconv.Atoi(m[5])
		return build(year, frenchMonth[strings.ToLower(m[2])], day, hour, minute)
	}
	if m := slashDate.FindStringSubmatch(s); m != nil {
		day, _ := strconv.Atoi(m[1])
		month, _ := strconv.Atoi(m[2])
		year, _ := strconv.Atoi(m[3])
		return build(year, time.Month(month), day, 0, 0)
	}
	return time.Time{}, false
}

func parseISO(m string) (time.Time, bool) {
	m = strings.Replace(m, " ", "T", 1)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04Z0700"} {
		if t, err := time.Parse(layout, m); err == nil {
			return t, true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, m, paris()); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func build(year int, month time.Month, day, hour, minute int) (time.Time, bool) {
	if year < 1000 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, hour, minute, 0, 0, paris())
	if t.Day() != day {
		return time.Time{}, false
	}
	return t, true
}

// paris is the Europe/Paris location, loaded once; UTC when the system has
// no time zone database.
var paris = sync.OnceValue(func() *time.Location {
	if loc, err := time.LoadLocation("Europe/Paris"); err == nil {
		return loc
	}
	return time.UTC
})
