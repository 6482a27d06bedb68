// Package jsonpath turns the Go path of a field, as validation problems
// name it ("Contents.Subjects[1].Identity", "Offences[0].Established"),
// into its path in the JSON form of the same value ("subjects[1].identity",
// "offences[0].established"), so that a form can highlight the field a
// problem is about.
package jsonpath

import (
	"reflect"
	"strings"
)

// Of returns the JSON path of goPath within a value of type t, or "" when
// goPath does not name a field of t (a path the library does not know, or
// one through a field not in the JSON form). The empty goPath is the root,
// whose JSON path is "".
func Of(t reflect.Type, goPath string) string {
	var out strings.Builder
	rest := goPath
	for rest != "" {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch {
		case rest[0] == '[':
			end := strings.IndexByte(rest, ']')
			if end < 0 || (t.Kind() != reflect.Slice && t.Kind() != reflect.Array && t.Kind() != reflect.Map) {
				return ""
			}
			out.WriteString(rest[:end+1])
			t, rest = t.Elem(), rest[end+1:]
		case rest[0] == '.':
			rest = rest[1:]
		default:
			end := strings.IndexAny(rest, ".[")
			if end < 0 {
				end = len(rest)
			}
			name := rest[:end]
			if t.Kind() != reflect.Struct {
				return ""
			}
			f, ok := t.FieldByName(name)
			if !ok || !f.IsExported() {
				return ""
			}
			tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			switch {
			case tag == "-":
				return ""
			case f.Anonymous && tag == "":
				// An embedded struct without a name promotes its fields
				// into the JSON object: it adds no segment.
			default:
				if tag == "" {
					tag = f.Name
				}
				if out.Len() > 0 {
					out.WriteByte('.')
				}
				out.WriteString(tag)
			}
			t, rest = f.Type, rest[end:]
		}
	}
	return out.String()
}
