package jsonpath

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

type inner struct {
	Identity string `json:"identity"`
	Hidden   string `json:"-"`
	Plain    string
}

type contents struct {
	Subjects []inner `json:"subjects,omitempty"`
	Facts    string  `json:"facts"`
}

type request struct {
	contents
	Contents2 contents          `json:"second"`
	Offences  []*inner          `json:"offences"`
	ByName    map[string]inner  `json:"by_name"`
	Array     [2]inner          `json:"array"`
	Nested    struct{ X inner } `json:"nested"`
}

func TestOf(t *testing.T) {
	rt := reflect.TypeFor[request]()
	for goPath, want := range map[string]string{
		"":                          "",
		"Facts":                     "facts",
		"Subjects[1].Identity":      "subjects[1].identity",
		"contents.Facts":            "",
		"Contents2.Subjects[0]":     "second.subjects[0]",
		"Offences[2].Identity":      "offences[2].identity",
		"ByName[k].Plain":           "by_name[k].Plain",
		"Array[1].Identity":         "array[1].identity",
		"Nested.X.Identity":         "nested.X.identity",
		"Subjects[1].Hidden":        "",
		"NoSuchField":               "",
		"Facts[0]":                  "",
		"Subjects[1":                "",
		"Subjects.Identity.Deeper":  "",
		"Contents2..Facts":          "second.facts",
		"Subjects[0].Identity[0]":   "",
		"Offences[0].Identity.More": "",
	} {
		assert.Equal(t, want, Of(rt, goPath), goPath)
	}
}

func FuzzOf(f *testing.F) {
	f.Add("Subjects[1].Identity")
	f.Add("Offences[0]..[")
	f.Fuzz(func(t *testing.T, s string) {
		_ = Of(reflect.TypeFor[request](), s) // never panics
	})
}
