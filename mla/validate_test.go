package mla_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

// breakRule breaks exactly one rule of Rules(), by field.
var breakRule = []struct {
	field string
	err   error
	apply func(r *mla.Request)
}{
	{"RequestingAuthority", convention.ErrMissing, func(r *mla.Request) { r.RequestingAuthority = "" }},
	{"SubjectMatter", convention.ErrMissing, func(r *mla.Request) { r.SubjectMatter = "  " }},
	{"Nature", convention.ErrMissing, func(r *mla.Request) { r.Nature = mla.NatureUnknown }},
	{"Conducting.Name", convention.ErrMissing, func(r *mla.Request) { r.Conducting.Name = "" }},
	{"Conducting.Functions", convention.ErrMissing, func(r *mla.Request) { r.Conducting.Functions = "" }},
	{"Facts", convention.ErrMissing, func(r *mla.Request) { r.Facts = "" }},
	{"AssistanceSought", convention.ErrMissing, func(r *mla.Request) { r.AssistanceSought = "" }},
	{"Subjects", convention.ErrMissing, func(r *mla.Request) { r.Subjects = r.Subjects[1:] }},
	{"Subjects", convention.ErrMissing, func(r *mla.Request) {
		r.Purposes = r.Purposes.With(mla.PurposeTrafficData)
		r.Subjects = r.Subjects[:1]
	}},
	{"Aim", convention.ErrMissing, func(r *mla.Request) { r.Aim = "" }},
	{"Subjects[1].Kind", convention.ErrMissing, func(r *mla.Request) { r.Subjects[1].Kind = mla.SubjectUnknown }},
	{"Subjects[1].Identity", convention.ErrMissing, func(r *mla.Request) { r.Subjects[1].Identity = "" }},
	{"Subjects[1].Role", convention.ErrInconsistent, func(r *mla.Request) { r.Subjects[1].Role = convention.PersonAccountHolder }},
	{"Subjects[0].Nationality", convention.ErrInvalid, func(r *mla.Request) { r.Subjects[0].Nationality = "Kenyan" }},
	{"Requesting", convention.ErrMissing, func(r *mla.Request) { r.Requesting = convention.PartyID{} }},
	{"Requested", convention.ErrInconsistent, func(r *mla.Request) { r.Requested = r.Requesting }},
	{"Offences", convention.ErrMissing, func(r *mla.Request) { r.Offences = nil }},
	{"LegalPersonLiable", convention.ErrInvalid, func(r *mla.Request) { r.LegalPersonLiable = 7 }},
	{"Language.Translations", convention.ErrInvalid, func(r *mla.Request) {
		for i := range mla.MaxTranslations + 1 {
			r.Language.Translations = append(r.Language.Translations, language.MustParse("en-x-t"+strconv.Itoa(i)))
		}
	}},
	{"Related", convention.ErrInvalid, func(r *mla.Request) {
		for i := range mla.MaxRelated + 1 {
			r.Related = append(r.Related, convention.Related{Ref: convention.RequestRef("R-" + strconv.Itoa(i)), Relation: convention.RelationSameCase})
		}
	}},
	{"Purposes", convention.ErrMissing, func(r *mla.Request) { r.Purposes = 0; r.Facts = "facts" }},
	{"Related", convention.ErrInconsistent, func(r *mla.Request) {
		r.Related = []convention.Related{{Ref: "PRES-1", Relation: convention.RelationFollows}}
	}},
	{"Channel", convention.ErrMissing, func(r *mla.Request) { r.Channel = mla.ChannelUnknown }},
	{"Transmission.Means", convention.ErrInconsistent, func(r *mla.Request) { r.Transmission.Means = convention.MeansDiplomatic }},
	{"Form", convention.ErrInconsistent, func(r *mla.Request) { r.Form = mla.FormOral }},
	{"Confirmed", convention.ErrInconsistent, func(r *mla.Request) { r.Confirmed = d("2026-11-03") }},
	{"Language", convention.ErrMissing, func(r *mla.Request) { r.Language = convention.In(language.Und) }},
	{"GovernmentRecords", convention.ErrInconsistent, func(r *mla.Request) {
		r.GovernmentRecords, r.Purposes = true, mla.PurposesOf(mla.PurposeEvidence)
	}},
	{"Deadline", convention.ErrInconsistent, func(r *mla.Request) { r.Deadline = d("2026-10-01") }},
	{"Offences[0].Conduct", convention.ErrMissing, func(r *mla.Request) { r.Offences[0].Conduct = "" }},
}

func TestMLAPara16EveryRuleBreaksAlone(t *testing.T) {
	rules := mla.Rules()
	require.Len(t, rules, len(breakRule), "one mutation per rule")
	require.NoError(t, baseRequest().Validate())
	for i, rule := range rules {
		b := breakRule[i]
		t.Run(rule.Cite.String()+" "+b.field, func(t *testing.T) {
			assert.True(t, convention.Registered(rule.Cite))
			assert.NotEmpty(t, rule.Quote)
			assert.Equal(t, strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(b.field, "[0]", "[]"), "[1]", "[]"), "[2]", "[]"), rule.Field)
			r := baseRequest()
			b.apply(&r)
			ps := convention.AsProblems(r.Validate())
			require.Len(t, ps, 1, "%v", ps.Strings())
			assert.Equal(t, rule.Cite, ps[0].Cite)
			assert.Equal(t, b.field, ps[0].Field)
			assert.ErrorIs(t, ps[0], b.err)
		})
	}
}

func TestMLAPara16ZeroRequestReportsEveryElement(t *testing.T) {
	ps := convention.AsProblems(mla.Request{}.Validate())
	got := map[convention.Citation]bool{}
	for _, p := range ps {
		got[p.Cite] = true
		assert.True(t, errors.Is(p, convention.ErrMissing), p.Error())
	}
	for _, c := range "abcdf" {
		assert.True(t, got[mlaPoint(16, c)], "16(%c)", c)
	}
	for _, p := range []int{1, 3, 14, 15, 32} {
		assert.True(t, got[mlaCite(p)], "para. %d", p)
	}
	assert.Equal(t, "MLA art., para. 1: Offences: missing: name the offences the proceeding concerns", ps[0].Error())
}

func TestMLAPara16cServiceOnlyNeedsNoSummaryOfFacts(t *testing.T) {
	r := baseRequest()
	r.Purposes = mla.PurposesOf(mla.PurposeService)
	r.Facts = ""
	assert.NoError(t, r.Validate())
	r.Purposes = r.Purposes.With(mla.PurposeEvidence)
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, mlaPoint(16, 'c'), ps[0].Cite)
}

func TestMLAPara16eNationalityOnlyForPersons(t *testing.T) {
	r := baseRequest()
	r.Subjects[1].Nationality = "KE"
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, "MLA art., para. 16(e): Subjects[1].Nationality: inconsistent: only a person has a nationality", ps[0].Error())
	r.Subjects[1].Nationality = ""
	r.Subjects[0].Nationality = "KEN"
	assert.NoError(t, r.Validate(), "alpha-3 codes are accepted")
}

func TestMLAPara3dPreservedDataNeedsPurpose3d(t *testing.T) {
	r := baseRequest()
	r.Related = []convention.Related{{Ref: "PRES-2026-7", Relation: convention.RelationFollows}}
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, mlaPoint(3, 'd'), ps[0].Cite)
	assert.ErrorIs(t, ps[0], convention.ErrInconsistent)
	r.Purposes = r.Purposes.With(mla.PurposeStoredData)
	assert.NoError(t, r.Validate())
	r.Related = append(r.Related, convention.Related{Relation: convention.RelationFollows})
	assert.ErrorIs(t, r.Validate(), convention.ErrMissing)
}

func TestMLAPara15OralRequestOnlyWhenUrgent(t *testing.T) {
	r := baseRequest()
	r.Form = mla.FormOral
	assert.ErrorIs(t, r.Validate(), convention.ErrInconsistent)
	r.Urgency.Urgent = true
	assert.NoError(t, r.Validate())
	r.Confirmed = d("2026-11-01")
	assert.ErrorIs(t, r.Validate(), convention.ErrInconsistent, "confirmed before made")
}

func TestMLAPara14InterpolOnlyWhenUrgent(t *testing.T) {
	r := baseRequest()
	r.Channel = mla.ChannelInterpol
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, mlaCite(14), ps[0].Cite)
	r.Urgency.Urgent = true
	assert.NoError(t, r.Validate())
}

// The problems of Contents name fields by their promoted path, valid on
// Contents and on the Request that embeds it.
func TestContentsProblemFieldsArePromotedPaths(t *testing.T) {
	ps := convention.AsProblems(mla.Contents{Subjects: []mla.Subject{{}}}.Validate())
	require.NotEmpty(t, ps)
	for _, p := range ps {
		for _, typ := range []reflect.Type{reflect.TypeOf(mla.Contents{}), reflect.TypeOf(mla.Request{})} {
			assert.True(t, resolves(typ, p.Field), "%s on %s", p.Field, typ)
		}
	}
	assert.Len(t, mla.ContentRules(), 14)
}

func resolves(typ reflect.Type, path string) bool {
	for _, part := range strings.Split(path, ".") {
		name, _, indexed := strings.Cut(part, "[")
		f, ok := typ.FieldByName(name)
		if !ok {
			return false
		}
		typ = f.Type
		if indexed {
			typ = typ.Elem()
		}
	}
	return true
}

func TestMLAPara16ValidationNeverPanicsAndReportsEachMissingElement(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mlatest.Request().Draw(t, "r")
		clear := rapid.SliceOfDistinct(rapid.SampledFrom([]rune("abdf")), rapid.ID[rune]).Draw(t, "clear")
		for _, c := range clear {
			switch c {
			case 'a':
				r.RequestingAuthority = ""
			case 'b':
				r.SubjectMatter = ""
			case 'd':
				r.AssistanceSought, r.Data = "", nil
			case 'f':
				r.Aim = ""
			}
		}
		ps := convention.AsProblems(r.Validate())
		assert.Len(t, ps, len(clear))
		for _, c := range clear {
			assert.Contains(t, ps.Cites(), mlaPoint(16, c))
		}
	})
}

func TestResponseValidation(t *testing.T) {
	ps := convention.AsProblems(mla.Response{Grounds: convention.SetOf(mla.DutyReasons)}.Validate())
	require.Len(t, ps, 2)
	assert.Equal(t, []convention.Citation{mlaCite(22), mlaCite(24)}, ps.Cites())
	assert.Len(t, mla.ResponseRules(), 3)
	assert.NoError(t, refusal(mla.GroundEssentialInterests).Validate())
	assert.ErrorIs(t, mla.Response{Action: 9}.Validate(), convention.ErrInvalid)
}

// Para. 16: "A request for mutual legal assistance shall contain" (a) to
// (f): a request lacking exactly one element is decided under para. 22(a),
// and the decision names that element and no other.
func TestMLAPara16EachElementLackingIsNamed(t *testing.T) {
	for point, lack := range map[rune]func(r *mla.Request){
		'a': func(r *mla.Request) { r.RequestingAuthority = "" },
		'b': func(r *mla.Request) { r.SubjectMatter = "" },
		'c': func(r *mla.Request) { r.Facts = "" },
		'd': func(r *mla.Request) { r.AssistanceSought = "" },
		'e': func(r *mla.Request) { r.Subjects = r.Subjects[1:] },
		'f': func(r *mla.Request) { r.Aim = "" },
	} {
		r := baseRequest()
		lack(&r)
		dec, err := mla.Assess(r, baseProfile(), baseFacts())
		require.NoError(t, err, "16(%c)", point)
		assert.True(t, dec.Available.Has(mla.GroundNonConformity), "16(%c)", point)
		for p := 'a'; p <= 'f'; p++ {
			assert.Equal(t, p == point, dec.LacksContents(p), "16(%c) lacking; 16(%c) asked", point, p)
		}
		v, _ := dec.Explain().Value("lacking_contents")
		assert.Equal(t, "16("+string(point)+")", v)
	}
	dec, err := mla.Assess(baseRequest(), baseProfile(), baseFacts())
	require.NoError(t, err)
	for _, p := range []rune{'`', 'a', 'f', 'g'} {
		assert.False(t, dec.LacksContents(p), "%c", p)
	}
	assert.Zero(t, dec.Lacking)
}

// Purposes outside (a) to (m) cite nothing and change no set.
func TestUndeclaredPurposeCitesNothing(t *testing.T) {
	assert.Equal(t, convention.Citation{}, mla.Purpose(14).Cite())
	assert.Equal(t, convention.Citation{}, mla.Purpose(0).Cite())
	assert.Equal(t, mlaPoint(3, 'a'), mla.PurposeEvidence.Cite())
	s := mla.PurposesOf(mla.PurposeEvidence)
	assert.Equal(t, s, s.Without(mla.Purpose(14)))
	assert.Equal(t, s, s.Without(mla.Purpose(0)))
	assert.True(t, s.Without(mla.PurposeEvidence).IsEmpty())
	assert.Equal(t, "[evidence Purposes(0x8000)]", (s | 1<<15).String())
	_, err := json.Marshal(s | 1<<15)
	assert.ErrorIs(t, err, convention.ErrInvalid)
}

// Para. 16(e) with para. 3(e), (f): the "specified communications" are
// identified by an item or account concerned, or by the identifiers of the
// data sought; data described without an identifier does not specify them.
func TestMLAPara16eSpecifiedCommunications(t *testing.T) {
	r := baseRequest()
	r.Purposes = mla.PurposesOf(mla.PurposeTrafficData)
	r.Subjects = nil
	r.Data = []convention.DataSought{{Category: convention.DataTraffic, Provider: "ISP plc"}}
	assert.Equal(t, []string{"Subjects"}, fields(r.Validate()), "no item, account or identifier")
	r.Data = append(r.Data, convention.DataSought{Category: convention.DataTraffic,
		Identifiers: []convention.Identifier{{Kind: convention.IdentifierIPAddress, Value: "203.0.113.7"}}})
	assert.NoError(t, r.Validate())
}

// The shared parts of a request are input the library must be able to
// read: a data item or attachment that identifies nothing, a person's role
// outside the declared roles, a means of transmission the channel
// contradicts are errors of Prepare, not a lack of conformity decided
// under para. 22(a).
func TestMLAMalformedSharedPartsAreErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		mod   func(r *mla.Request)
		field string
	}{
		"data item identifying nothing (para. 16(d))": {func(r *mla.Request) { r.Data = []convention.DataSought{{}} }, "Data[0]"},
		"attachment without kind or title (para. 16)": {func(r *mla.Request) {
			r.Attachments = []convention.Attachment{{Ref: "order.pdf"}}
		}, "Attachments[0].Kind"},
		"person's role undeclared (para. 16(e))":           {func(r *mla.Request) { r.Subjects[0].Role = convention.PersonRole(99) }, "Subjects[0].Role"},
		"sent through INTERPOL, channel central authority": {func(r *mla.Request) { r.Transmission.Means = convention.MeansInterpol }, "Transmission.Means"},
		"made orally, form writing":                        {func(r *mla.Request) { r.Transmission.Means = convention.MeansOral }, "Transmission.Means"},
		"an oral request sent by post": {func(r *mla.Request) {
			r.Form, r.Urgency, r.Transmission.Means = mla.FormOral, convention.Urgency{Urgent: true}, convention.MeansPost
		}, "Transmission.Means"},
	} {
		r := baseRequest()
		tc.mod(&r)
		_, err := mla.Prepare(r, baseProfile())
		assert.Equal(t, []string{tc.field}, fields(err), name)
		for _, p := range convention.AsProblems(err) {
			assert.NotEmpty(t, p.Path, name)
			assert.False(t, strings.HasSuffix(p.Path, "."), name)
		}
	}
}

// A problem found by a rule of the table quotes the rule's words, so that
// a form or a legal engineer reads what the paragraph requires: para.
// 16(f), "The purpose for which the evidence, information or other
// assistance is sought".
func TestMLAProblemsQuoteTheRuleTheyBreak(t *testing.T) {
	r := baseRequest()
	r.Aim = ""
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	var want string
	for _, ri := range mla.Rules() {
		if ri.Cite == ps[0].Cite && ri.Field == ps[0].Field {
			want = ri.Quote
		}
	}
	require.NotEmpty(t, want)
	assert.Equal(t, want, ps[0].Quote)
}
