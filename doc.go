// Package veille holds the domain types that every stage of the pipeline shares:
// the Article that ingest produces, the Amount and Mention that extract finds in it,
// and the Document that index stores and searches. Stages (ingest, extract, index)
// import this package and never each other; cmd/veille wires them together.
package veille
