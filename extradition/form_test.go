package extradition_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/extradition/extraditiontest"
)

// TestExtraditionAddingAnOffenceNeverRemovesAnObligation: the article
// applies "to the offences established under this Convention"; an offence
// added to a request never takes away what another offence brings: the
// article's application, an offence's coverage, the obligation to
// extradite, and the duties the case triggers. (Para. 2 lets the requested
// State apply the article to the latter offences; it never has to, so an
// added offence the article does not cover adds at most that course.)
// Consultation before refusing (para. 15) is listed where a refusal is
// known to be open: an added offence involving fiscal matters can leave it
// unknown whether a domestic ground rests on them (para. 14), never turn
// an obligation into none, so it is left out of the comparison.
func TestExtraditionAddingAnOffenceNeverRemovesAnObligation(t *testing.T) {
	exercised := 0
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, true)
		if rapid.Bool().Draw(t, "obligedBefore") {
			// Half the cases start from an obligation to extradite, so that
			// the property is exercised where it matters most.
			in.p.TreatyConditional, in.f.Discrimination.Belief = convention.No, convention.No
			in.f.MinimumPenaltyMet, in.f.DomesticGround, in.f.NationalityGround = convention.Yes, convention.No, convention.No
			in.f.ConditionalLaw = convention.No
			for i := range in.r.Offences {
				in.r.Offences[i].Requested.Criminal = convention.Yes
			}
		}
		before := mustAssess(t, in)
		in.r.Offences = append(append([]extradition.Charge(nil), in.r.Offences...),
			extraditiontest.Charge(len(in.r.Offences)).Draw(t, "added"))
		after, err := in.assess()
		require.NoError(t, err, "a separate offence keeps the case valid")
		if before.Scope.Applies() == convention.Yes {
			assert.Equal(t, convention.Yes, after.Scope.Applies())
		}
		for i := 0; i < before.Scope.Len(); i++ {
			if before.Scope.Offence(i).Covered == convention.Yes {
				assert.Equal(t, convention.Yes, after.Scope.Offence(i).Covered, "offence %d", i)
			}
		}
		if before.Outcome == convention.Obliged {
			exercised++
			assert.Equal(t, convention.Obliged, after.Outcome)
		}
		kept := before.Duties.Without(extradition.DutyConsult)
		assert.Equal(t, kept.Slice(), kept.Intersect(after.Duties).Slice(), "duties kept")
		assert.True(t, after.Available.Minus(before.Available).Minus(convention.SetOf(extradition.CourseAccessory)).Intersect(
			convention.SetOf(extradition.RefusalGrounds()...)).IsEmpty(), "an offence adds no ground of refusal")
	})
	assert.Positive(t, exercised)
}

// TestExtraditionFormPartsDecideNothingTheTextDoesNot: the article is
// silent on languages, transmission, contacts, attachments and related
// requests; the requesting State's urgency is its word, not the requested
// State's satisfaction (para. 9); and the legal basis a request invokes
// decides neither whether the article applies (para. 1) nor which basis
// exists between the States (paras. 3 to 6, on the requested State's
// profile). Changing any of them changes no outcome, ground, duty or
// violation. In particular, a translation into any language makes a
// request no more and no less conforming: the article sets no language.
func TestExtraditionFormPartsDecideNothingTheTextDoesNot(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		other := in
		other.r.Basis = extraditiontest.LegalBasis().Draw(t, "basis")
		other.r.Language = extraditiontest.Languages().Draw(t, "language")
		other.r.Urgency = extraditiontest.Urgency().Draw(t, "urgency")
		other.r.Contacts = extraditiontest.Contacts().Draw(t, "contacts")
		other.r.Related = extraditiontest.RelatedBefore(in.r.Date).Draw(t, "related")
		other.r.Transmission = extraditiontest.TransmissionAfter(in.r.Date).Draw(t, "transmission")
		other.r.Attachments = nil
		for _, decide := range []func(inputs) (convention.Result[T], error){
			func(x inputs) (convention.Result[T], error) { a, err := x.assess(); return a.Result, err },
			func(x inputs) (convention.Result[T], error) { v, err := x.review(); return v.Result, err },
			func(x inputs) (convention.Result[T], error) {
				p, err := extradition.DecideProvisional(x.r, x.f)
				return p.Result, err
			},
		} {
			r1, err := decide(in)
			require.NoError(t, err)
			r2, err := decide(other)
			require.NoError(t, err)
			assert.Equal(t, r1, r2)
		}
	})
}

// TestExtraditionBasisInvokedIsExplained: a request is never decided
// silently as one under the Convention; the explanation says what the basis
// invoked changes and what it does not.
func TestExtraditionBasisInvokedIsExplained(t *testing.T) {
	notes := func(in inputs) (string, string) {
		a, err := in.assess()
		require.NoError(t, err)
		e := a.Explain()
		v, _ := e.Value("basis-invoked")
		return strings.Join(e.Notes, "\n"), v
	}
	in := base()
	n, v := notes(in)
	assert.Equal(t, "not-stated", v)
	assert.Contains(t, n, "the request states no legal basis")

	in.r.Basis = convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty, convention.BasisConvention},
		Treaty: "Treaty on Extradition (1998)"}
	n, v = notes(in)
	assert.Equal(t, "treaty,convention", v)
	assert.Contains(t, n, "deemed included as extraditable offences in any extradition treaty existing between the States (para. 3)")
	assert.Contains(t, n, "the treaty is the basis")

	in.p.Treaty, in.f.ConventionBasis = convention.No, convention.Unassessed
	n, _ = notes(in)
	assert.Contains(t, n, "the treaty invoked is no basis")
	assert.Contains(t, n, "it may consider this Convention the legal basis (para. 4)")

	in.r.Basis = convention.Under(convention.BasisReciprocity)
	n, _ = notes(in)
	assert.Contains(t, n, "not on reciprocity or domestic law alone")

	in.p.TreatyConditional = convention.No
	n, _ = notes(in)
	assert.Contains(t, n, "recognises the offences as extraditable under its law (para. 6)")
}

// TestExtraditionTranslationKeepsTheOriginal: a Spanish request with an
// English translation keeps both; a translation into the original's own
// language is inconsistent.
func TestExtraditionTranslationKeepsTheOriginal(t *testing.T) {
	in := base()
	in.r.Language = convention.In(language.Spanish, language.English)
	require.NoError(t, in.r.Validate())
	in.r.Language = convention.In(language.Spanish, language.MustParse("es-419"))
	ps := convention.AsProblems(in.r.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, "language.translations[0]", ps[0].Path)
	assert.Equal(t, cite(1), ps[0].Cite)
}
