// Package examples holds end-to-end scenarios of the library as Example
// functions: a request is built, validated and decided, and the decision is
// printed with its citations. The tour in examples/tour runs a selection of
// them as a program: go run ./examples/tour.
package examples
