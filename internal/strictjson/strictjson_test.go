package strictjson

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
)

type inner struct {
	Established convention.ConventionOffence `json:"established,omitempty"`
	Date        convention.Date              `json:"date"`
}

type embedded struct {
	Facts string `json:"facts"`
}

type doc struct {
	embedded
	Offences []inner               `json:"offences"`
	Outcome  convention.Outcome    `json:"outcome"`
	Count    int                   `json:"count"`
	Cite     convention.Citation   `json:"cite"`
	Map      map[string]inner      `json:"map"`
	Ptr      *inner                `json:"ptr"`
	Set      convention.Languages  `json:"languages"`
	Any      any                   `json:"any"`
	Judged   convention.Judgement  `json:"judged"`
	Parties  []convention.PartyID  `json:"parties"`
	Pair     [2]convention.PartyID `json:"pair"`
}

func TestDecodeReportsEveryProblemWithItsPath(t *testing.T) {
	var d doc
	err := Decode([]byte(`{"facts":"x","Facts":"y","offences":[{"established":"a","date":"2026-02-30"},{"dat":"2026-01-01"}],
		"outcome":"may-refuse","count":"3","cite":"Article 99","map":{"k":{"date":5}},"ptr":{"nope":1},
		"languages":"French","any":{"z":1},"judged":"perhaps","parties":["FRA","France"],"pair":["FRA","KEN","USA"]}`), &d, "facts")
	var es Errors
	require.True(t, errors.As(err, &es))
	got := map[string]string{}
	for _, e := range es {
		got[e.Path] = e.Msg
	}
	for _, path := range []string{"facts.Facts", "facts.offences[0].date", "facts.offences[1].dat", "facts.count", "facts.cite",
		"facts.map.k.date", "facts.ptr.nope", "facts.languages", "facts.judged", "facts.parties[1]", "facts.pair"} {
		assert.Contains(t, got, path)
	}
	assert.Len(t, es, 11, "%v", es)
	assert.Contains(t, got["facts.judged"], "unassessed, yes, no", "an enum error lists the words it accepts")
	assert.Contains(t, got["facts.Facts"], "facts, judged", "an unknown field lists the fields accepted")
	assert.ErrorIs(t, err, convention.ErrInvalid)
}

func TestDecodeCleanDocument(t *testing.T) {
	var d doc
	require.NoError(t, Decode([]byte(`{"facts":"x","offences":[{"established":"a","date":"2026-02-28"}],"judged":"yes","pair":["FRA"]}`), &d, ""))
	assert.Equal(t, "x", d.Facts)
	assert.Equal(t, convention.Yes, d.Judged)
	err := Decode([]byte(`{"facts":`), &d, "case")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not valid JSON")
	assert.Error(t, Decode([]byte(`[]`), &d, ""))
	assert.Error(t, Decode([]byte(`{}`), d, ""), "a non-pointer")
}

func FuzzDecode(f *testing.F) {
	f.Add(`{"facts":"x","offences":[{"date":"2026-02-28"}]}`)
	f.Add(`{"map":{"a":{"date":null}},"pair":[1,2,3]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var d doc
		_ = Decode([]byte(s), &d, "x") // never panics
	})
}
