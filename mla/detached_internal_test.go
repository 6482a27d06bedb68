package mla

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/convention"
)

// TestFactsDetachedCopiesEveryJudgement: the problems of judgements are
// found on a detached copy (see Prepared.check); a judgement added to
// Facts and left out of the copy would be validated as unassessed.
func TestFactsDetachedCopiesEveryJudgement(t *testing.T) {
	var f Facts
	v := reflect.ValueOf(&f).Elem()
	for i := range v.NumField() {
		if fv := v.Field(i); fv.Type() == reflect.TypeFor[convention.Judgement]() {
			fv.Set(reflect.ValueOf(convention.Judgement(3 + i)))
		}
	}
	f.Discrimination = convention.DiscriminationFacts{Belief: convention.No, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
	f.Offences = []OffenceFacts{{TrafficDataAvailable: convention.Yes}}
	g := f.detached()
	assert.Equal(t, f, g)
	g.Offences[0].TrafficDataAvailable = convention.No
	assert.Equal(t, convention.Yes, f.Offences[0].TrafficDataAvailable, "the offences are copied, not shared")
}
