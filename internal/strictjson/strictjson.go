// Package strictjson decodes JSON into Go values the way a legal engineer
// needs: an unknown field, a misspelt field (names match exactly, not
// case-insensitively), a value of the wrong type or a word a decoder
// rejects is an error that names the JSON path of the offending value
// ("facts.request.offences[1].established") and lists the names the type
// accepts. Every error in a document is reported, not only the first.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Error is one defect of a JSON document, at a path.
type Error struct {
	// Path is the JSON path of the offending value ("" for the root).
	Path string
	// Msg says what is wrong and, where it can, what to write.
	Msg string
	// Err is the decoder's own error, when there is one.
	Err error
}

func (e *Error) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errors is every defect found in one document, in document order.
type Errors []*Error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns each error, for errors.Is and errors.As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// MaxErrors bounds the errors reported for one document.
const MaxErrors = 50

// Decode checks data against v's type (v is a non-nil pointer) and, when
// it is clean, decodes it into v. prefix is put before every path
// ("facts.request").
func Decode(data []byte, v any, prefix string) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("strictjson: Decode needs a non-nil pointer")
	}
	var es Errors
	if !json.Valid(data) {
		var se *json.SyntaxError
		err := json.Unmarshal(data, new(any))
		msg := "not valid JSON"
		if errors.As(err, &se) {
			line, col := position(data, se.Offset)
			msg = fmt.Sprintf("not valid JSON at line %d, column %d: %v", line, col, se)
		}
		return Errors{{Path: prefix, Msg: msg, Err: err}}
	}
	check(json.RawMessage(data), rv.Type().Elem(), prefix, &es)
	if len(es) > 0 {
		return es
	}
	if err := json.Unmarshal(data, v); err != nil {
		return Errors{{Path: prefix, Msg: err.Error(), Err: err}}
	}
	return nil
}

func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func add(es *Errors, path, msg string, err error) {
	if len(*es) < MaxErrors {
		*es = append(*es, &Error{Path: path, Msg: msg, Err: err})
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func kindOf(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "a number"
}

// check walks raw against t, reporting unknown fields and values their
// decoder rejects, each with its path.
func check(raw json.RawMessage, t reflect.Type, path string, es *Errors) {
	if len(*es) >= MaxErrors {
		return
	}
	if string(bytes.TrimSpace(raw)) == "null" {
		return
	}
	pt := reflect.PointerTo(t)
	if t.Kind() != reflect.Pointer && (pt.Implements(jsonUnmarshaler) || pt.Implements(textUnmarshaler)) {
		if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
			add(es, path, leafMessage(err, raw), err)
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		check(raw, t.Elem(), path, es)
	case reflect.Struct:
		var m map[string]json.RawMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			add(es, path, "want an object, not "+kindOf(raw), err)
			return
		}
		fields := fieldsOf(t)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			f, ok := fields[k]
			if !ok {
				add(es, join(path, k), "unknown field; the fields here are "+names(fields), nil)
				continue
			}
			check(m[k], f, join(path, k), es)
		}
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
				add(es, path, err.Error(), err)
			}
			return
		}
		var list []json.RawMessage
		if err := json.Unmarshal(raw, &list); err != nil {
			add(es, path, "want a list, not "+kindOf(raw), err)
			return
		}
		if t.Kind() == reflect.Array && len(list) > t.Len() {
			add(es, path, "at most "+strconv.Itoa(t.Len())+" items", nil)
		}
		for i, item := range list {
			check(item, t.Elem(), path+"["+strconv.Itoa(i)+"]", es)
		}
	case reflect.Map:
		var m map[string]json.RawMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			add(es, path, "want an object, not "+kindOf(raw), err)
			return
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			check(m[k], t.Elem(), join(path, k), es)
		}
	case reflect.Interface:
		// Any value will do.
	default:
		if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
			want := t.Kind().String()
			switch t.Kind() {
			case reflect.String:
				want = "a string"
			case reflect.Bool:
				want = "true or false"
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
				want = "a whole number in range"
			case reflect.Float32, reflect.Float64:
				want = "a number"
			}
			add(es, path, "want "+want+", not "+kindOf(raw)+" ("+strings.TrimSpace(string(short(raw)))+")", err)
		}
	}
}

func short(raw json.RawMessage) []byte {
	if len(raw) > 40 {
		return append(append([]byte{}, raw[:40]...), "..."...)
	}
	return raw
}

// leafMessage words a decoder's error for a value.
func leafMessage(err error, raw json.RawMessage) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "want " + strings.TrimPrefix(te.Type.String(), "*") + "'s text form, not " + kindOf(raw)
	}
	msg := err.Error()
	// Drop package prefixes such as "convention: ": the path says where.
	if i := strings.Index(msg, ": "); i > 0 && !strings.ContainsAny(msg[:i], " \"") {
		msg = msg[i+2:]
	}
	return msg
}

// fieldsOf returns the JSON names of t's fields, with embedded structs
// without a JSON name promoted, as encoding/json does (exact names only).
func fieldsOf(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			name, _, _ := strings.Cut(tag, ",")
			if name == "-" && !strings.HasPrefix(tag, "-,") {
				continue
			}
			ft := f.Type
			if f.Anonymous && name == "" {
				et := ft
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				if et.Kind() == reflect.Struct {
					walk(et)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if _, dup := out[name]; !dup {
				out[name] = ft
			}
		}
	}
	walk(t)
	return out
}

func names(fields map[string]reflect.Type) string {
	ns := make([]string, 0, len(fields))
	for n := range fields {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return strings.Join(ns, ", ")
}
