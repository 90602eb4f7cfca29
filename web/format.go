package web

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// frenchMonths are the month names of dates on the page.
var frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin",
	"juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// frenchDate writes a date as French copy does ("3 juin 2024"); "" for the
// zero time.
func frenchDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	day := strconv.Itoa(t.Day())
	if t.Day() == 1 {
		day = "1er"
	}
	return fmt.Sprintf("%s %s %d", day, frenchMonths[t.Month()-1], t.Year())
}

// frenchMonth writes a month facet value "2024-06" as "juin 2024", or
// returns it unchanged if it is not one.
func frenchMonth(v string) string {
	t, err := time.Parse("2006-01", v)
	if err != nil {
		return v
	}
	return fmt.Sprintf("%s %d", frenchMonths[t.Month()-1], t.Year())
}

// frenchInt writes n with narrow no-break spaces between thousands ("12 345").
func frenchInt(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// frenchDuration writes how long a search took ("12 ms", "1,5 s").
func frenchDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "< 1 ms"
	case d < time.Second:
		return strconv.FormatInt(d.Milliseconds(), 10) + " ms"
	}
	return strings.Replace(strconv.FormatFloat(d.Seconds(), 'f', 1, 64), ".", ",", 1) + " s"
}

// frenchAmount writes an amount's value and currency ("1,8 Md EUR",
// "350 M EUR", "12 500 EUR").
func frenchAmount(v float64, currency string) string {
	scales := []struct {
		unit float64
		name string
	}{{1e9, "Md"}, {1e6, "M"}}
	for _, s := range scales {
		if v >= s.unit {
			num := strconv.FormatFloat(v/s.unit, 'f', -1, 64)
			if dot := strings.IndexByte(num, '.'); dot >= 0 && len(num)-dot > 3 {
				num = strconv.FormatFloat(v/s.unit, 'f', 2, 64)
			}
			return strings.Replace(num, ".", ",", 1) + " " + s.name + " " + currency
		}
	}
	if v >= 0 && v == float64(uint64(v)) {
		return frenchInt(uint64(v)) + " " + currency
	}
	return strings.Replace(strconv.FormatFloat(v, 'f', 2, 64), ".", ",", 1) + " " + currency
}
