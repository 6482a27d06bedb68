package extradition_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// breaks holds, for each rule of Rules(), in order, a mutation of the
// valid baseline that breaks that rule alone.
var breaks = []func(in *inputs){
	// Request
	func(in *inputs) { in.r.Requesting = convention.PartyID{} },
	func(in *inputs) { in.r.Requested = convention.MustPartyID("EU") },
	func(in *inputs) { in.r.Requested = in.r.Requesting },
	func(in *inputs) { in.r.Person.Name = "" },
	func(in *inputs) { in.r.Person.InRequestedState = 3 },
	func(in *inputs) { in.r.Person.Role = convention.PersonWitness },
	func(in *inputs) { in.r.Person.National = 9 },
	func(in *inputs) { in.r.Offences = nil },
	func(in *inputs) { in.r.Offences = append(in.r.Offences, in.r.Offences[0]) },
	func(in *inputs) { in.r.Purpose = extradition.PurposeUnknown },
	func(in *inputs) { in.r.Purpose = extradition.PurposeEnforcement },
	func(in *inputs) { in.r.Sentence.Imposed = convention.Imprisonment(3, 0) },
	func(in *inputs) {
		in.r.Purpose = extradition.PurposeEnforcement
		in.r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(3, 0), Remainder: convention.LifeImprisonment()}
	},
	func(in *inputs) {
		in.r.Purpose = extradition.PurposeEnforcement
		in.r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(3, 0), ImposedOn: convention.MustDate("2026-11-27")}
	},
	func(in *inputs) {
		in.r.Purpose, in.r.SubmitIfRefused = extradition.PurposeEnforcement, true
		in.r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(3, 0)}
	},
	func(in *inputs) { in.r.EnforceIfRefused = true },
	func(in *inputs) { in.r.Provisional = 7 },
	// The request's parts, each checked for its own consistency.
	func(in *inputs) { in.r.Language = convention.In(language.Und, language.English) },
	func(in *inputs) { in.r.Transmission.Sent = convention.MustDate("2026-11-01") },
	func(in *inputs) { in.r.Related = []convention.Related{{Ref: "PA-1"}} },
	func(in *inputs) { in.r.Basis = convention.LegalBasis{Treaty: "Treaty of 1998"} },
	func(in *inputs) { in.r.Attachments = []convention.Attachment{{Kind: convention.AttachmentWarrant}} },
	func(in *inputs) { in.r.Urgency.Reasons = "flight risk" },
	func(in *inputs) { in.r.Contacts.Executing = convention.ContactPoint{Role: "prosecutor"} },
	// Offences[i]
	func(in *inputs) { in.r.Offences[0].Offence.Conduct = "" },
	func(in *inputs) { in.r.Offences[0].Requested.Criminal = 4 },
	// Profile
	func(in *inputs) { in.p.TreatyConditional = 5 },
	func(in *inputs) { in.p.Treaty = 5 },
	func(in *inputs) { in.p.Notification = 9 },
	// Offences[i] against the catalogue: "the offences established under
	// this Convention" as the case system declares them.
	func(in *inputs) { in.p.Offences = convention.MustCatalogue("illegal-access") },
	// Facts
	func(in *inputs) { in.f.Discrimination.Belief = 3 },
	func(in *inputs) { in.f.Accessory = 3 },
	func(in *inputs) { in.f.ConventionBasis = 3 },
	func(in *inputs) { in.f.MinimumPenaltyMet = 3 },
	func(in *inputs) { in.f.DomesticGround = 3 },
	func(in *inputs) { in.f.DomesticGroundFiscal = 3 },
	func(in *inputs) { in.f.NationalityGround = 3 },
	func(in *inputs) { in.f.Warranted = 3 },
	func(in *inputs) { in.f.Urgent = 3 },
	func(in *inputs) { in.f.ProvisionalLaw = 3 },
	func(in *inputs) { in.f.ConditionalLaw = 3 },
	func(in *inputs) { in.f.ConditionalAgreed = 3 },
	func(in *inputs) { in.f.EnforcementLaw = 3 },
	func(in *inputs) { in.f.ConsultAppropriate = 3 },
	func(in *inputs) { in.f.Discrimination.Grounds = 1 << 7 },
	// Para. 11: "permitted under its domestic law to extradite ... one of its
	// nationals only upon the condition" is a law restricting their
	// extradition; it cannot give no ground of refusal on nationality.
	func(in *inputs) { in.f.NationalityGround, in.f.ConditionalLaw = convention.No, convention.Yes },
	// Facts and Request
	func(in *inputs) { in.f.DomesticGround, in.f.DomesticGroundFiscal = convention.Yes, convention.Yes },
	// Response
	func(in *inputs) { in.s.Action = extradition.ActionUnknown },
	func(in *inputs) { in.s.Grounds = convention.SetOf(extradition.GroundDomestic) },
	func(in *inputs) { in.s.EnforcementConsidered = true },
	// Response and Request
	func(in *inputs) {
		in.r.Purpose = extradition.PurposeEnforcement
		in.r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(3, 0)}
		in.s.Action = extradition.ActionExtraditeConditionally
	},
	func(in *inputs) {
		in.r.Purpose = extradition.PurposeEnforcement
		in.r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(3, 0)}
		in.s = extradition.Response{Action: extradition.ActionRefuseAndSubmit, Grounds: convention.SetOf(extradition.GroundNationality)}
	},
}

func TestBaselineIsValid(t *testing.T) {
	in := base()
	require.NoError(t, in.r.Validate())
	require.NoError(t, in.p.Validate())
	require.NoError(t, in.f.Validate())
	require.NoError(t, in.s.Validate())
	_, err := in.review()
	require.NoError(t, err)
}

// TestEveryRuleBrokenAloneReportsItsCitation breaks each rule of Rules()
// in a valid baseline and checks that Review's validation reports exactly
// that rule: its citation and its field.
func TestEveryRuleBrokenAloneReportsItsCitation(t *testing.T) {
	rules := extradition.Rules()
	require.Len(t, breaks, len(rules), "one mutation per rule")
	for i, rule := range rules {
		t.Run(rule.Cite.String()+" "+rule.Field, func(t *testing.T) {
			in := base()
			in.r.Offences = append([]extradition.Charge(nil), in.r.Offences...)
			breaks[i](&in)
			_, err := in.review()
			ps := convention.AsProblems(err)
			require.Len(t, ps, 1, "%v", err)
			assert.Equal(t, rule.Cite, ps[0].Cite)
			field := strings.Replace(rule.Field, "[i]", "[0]", 1)
			if ps[0].Field != field {
				// A part's rule reports the part's own field within it.
				assert.True(t, strings.HasPrefix(ps[0].Field, field+".") || strings.HasPrefix(ps[0].Field, field+"["),
					"%s within %s", ps[0].Field, field)
			}
			assert.NotEmpty(t, ps[0].Path, "a JSON path")
			assert.NotEmpty(t, rule.Quote)
		})
	}
}

func TestRulesCitationsRegistered(t *testing.T) {
	for _, r := range extradition.Rules() {
		assert.True(t, convention.Registered(r.Cite), "%s %s", r.Cite, r.Field)
	}
}

func TestValidateReportsEveryProblemSorted(t *testing.T) {
	r := extradition.Request{Purpose: extradition.PurposeEnforcement, EnforceIfRefused: true,
		Offences: []extradition.Charge{{}, {}}}
	ps := convention.AsProblems(r.Validate())
	assert.Equal(t, []string{
		"Cooperation art., para. 2: Offences[0].Offence.Conduct: missing: dual criminality turns on the conduct, not on the offence's name",
		"Cooperation art., para. 2: Offences[1].Offence.Conduct: missing: dual criminality turns on the conduct, not on the offence's name",
		"Extradition art., para. 1: Person.Name: missing",
		"Extradition art., para. 1: Requested: missing",
		"Extradition art., para. 1: Requesting: missing",
		"Extradition art., para. 2: Offences: inconsistent: offences 0 and 1 are the same offence, not separate ones",
		"Extradition art., para. 12: Sentence.Imposed: missing: extradition is sought to enforce a sentence",
	}, ps.Strings())
	assert.True(t, errors.Is(r.Validate(), convention.ErrMissing))
	assert.True(t, errors.Is(r.Validate(), convention.ErrInconsistent))
	assert.False(t, errors.Is(r.Validate(), convention.ErrLate))
}

func TestValidateZeroValues(t *testing.T) {
	assert.Error(t, extradition.Request{}.Validate())
	assert.NoError(t, extradition.Profile{}.Validate())
	assert.NoError(t, extradition.Facts{}.Validate())
	assert.ErrorIs(t, extradition.Response{}.Validate(), convention.ErrMissing)
}

func TestValidateTooManyOffences(t *testing.T) {
	in := base()
	for len(in.r.Offences) <= extradition.MaxOffences {
		c := offence()
		c.Offence.Conduct += " " + strings.Repeat("x", len(in.r.Offences))
		in.r.Offences = append(in.r.Offences, c)
	}
	ps := convention.AsProblems(in.r.Validate())
	require.Len(t, ps, 1)
	assert.ErrorIs(t, ps[0], convention.ErrInvalid)
	_, err := in.assess()
	assert.Error(t, err)
}

// TestExtraditionPara7ResponseGrounds covers both ways a response's grounds
// break para. 7: a term that is no ground of refusal, and grounds given
// for a surrender.
func TestExtraditionPara7ResponseGrounds(t *testing.T) {
	s := extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.CourseAccessory)}
	assert.ErrorIs(t, s.Validate(), convention.ErrInvalid)
	s = extradition.Response{Action: extradition.ActionExtradite, Grounds: convention.SetOf(extradition.GroundNationality)}
	assert.ErrorIs(t, s.Validate(), convention.ErrInconsistent)
	s = extradition.Response{Action: 9}
	assert.ErrorIs(t, s.Validate(), convention.ErrInvalid)
}
