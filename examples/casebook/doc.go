// Package casebook runs cases written as data: a legal engineer writes a
// scenario as one JSON file (the question, the facts, the answer expected)
// and the library decides it, reporting every difference in legal words
// ("expected the proposed response to be lawful; the library finds the
// proposed response to be unlawful (unlawful), under MLA art., para. 23").
//
// The package does no I/O: Run takes a file's name and bytes and returns a
// Result, so a case system can run its own cases in its tests. The command
// in examples/cases runs files and folders:
//
//	go run ./examples/cases examples/casebook/cases
//
// The format is described in FORMAT.md beside this file; the shipped cases
// are in examples/casebook/cases, and go test ./... runs them all.
package casebook
