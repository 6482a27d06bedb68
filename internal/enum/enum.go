// Package enum is the one helper behind the text forms of the library's
// enumerations: a name table per enumeration drives String, MarshalText,
// UnmarshalText and the list of accepted words, so that every package spells
// and rejects words the same way.
package enum

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrInvalid is the sentinel every text error wraps; package convention
// exports it as convention.ErrInvalid.
var ErrInvalid = errors.New("invalid")

// Table is the name table of an enumeration T: Words[i] is the token of
// value i. A Table is read-only after New and safe for concurrent use.
//
// Index 0 is the zero value. When its word is "", the zero value means "not
// given": it marshals as "" and "" unmarshals to it, and it is not listed
// among the accepted words. When its word is not "" (Judgement's
// "unassessed"), the zero value is an ordinary member.
type Table[T ~uint8] struct {
	typ   string // Go type name, for String of undeclared values: "Channel(9)"
	noun  string // in errors: "channel"
	words []string
}

// New returns the table of type typ (its Go name), described in errors by
// noun, with words indexed by value.
func New[T ~uint8](typ, noun string, words ...string) Table[T] {
	return Table[T]{typ: typ, noun: noun, words: words}
}

// Declared reports whether v has a word (the zero value counts as declared
// even when its word is "").
func (t Table[T]) Declared(v T) bool { return int(v) < len(t.words) }

// Set reports whether v is declared and not the "not given" zero value.
func (t Table[T]) Set(v T) bool { return int(v) < len(t.words) && t.words[v] != "" }

// String returns v's word, or "Type(n)" for an undeclared value.
func (t Table[T]) String(v T) string {
	if int(v) < len(t.words) {
		return t.words[v]
	}
	return t.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// GoString returns "pkg.Type(word)" style text for debugging, e.g.
// Channel("diplomatic") or Channel(9).
func (t Table[T]) GoString(v T) string {
	if int(v) < len(t.words) {
		return t.typ + "(" + strconv.Quote(t.words[v]) + ")"
	}
	return t.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Marshal returns v's word; an undeclared value is an error wrapping
// ErrInvalid, never marshalled silently.
func (t Table[T]) Marshal(v T) ([]byte, error) {
	if int(v) < len(t.words) {
		return []byte(t.words[v]), nil
	}
	return nil, fmt.Errorf("marshal %s(%d): not a declared %s: %w", t.typ, v, t.noun, ErrInvalid)
}

// Parse returns the value whose word is b. An unknown word is an error that
// quotes it and lists the words accepted, wrapping ErrInvalid.
func (t Table[T]) Parse(b []byte) (T, error) {
	s := string(b)
	for i, w := range t.words {
		if w == s {
			return T(i), nil
		}
	}
	return 0, fmt.Errorf("unknown %s %s: want one of %s: %w", t.noun, quote(s), strings.Join(t.Words(), ", "), ErrInvalid)
}

// Words returns the accepted words other than the "not given" zero, in
// value order.
func (t Table[T]) Words() []string {
	out := make([]string, 0, len(t.words))
	for _, w := range t.words {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// Values returns the declared values other than the "not given" zero, in
// value order.
func (t Table[T]) Values() []T {
	out := make([]T, 0, len(t.words))
	for i, w := range t.words {
		if w != "" {
			out = append(out, T(i))
		}
	}
	return out
}

// quote quotes s for an error message, cutting hostile lengths.
func quote(s string) string {
	const max = 64
	if len(s) > max {
		return strconv.Quote(s[:max]) + "..."
	}
	return strconv.Quote(s)
}
