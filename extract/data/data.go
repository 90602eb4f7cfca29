// Package data holds the reference lists the entity recogniser matches
// against: organisations and machines, one entry per line in TSV files.
package data

import "embed"

// FS holds every reference list of this folder (organisations_*.tsv,
// machines.tsv), embedded in the binary so the recogniser needs no files at
// run time.
//
//go:embed *.tsv
var FS embed.FS
