// Package implementationtest exports rapid generators of the values of
// package implementation: self-assessments, information checklists and
// facts, and Commission decisions under review, valid and broken.
package implementationtest

import (
	"fmt"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/implementation"
)

// Broken is an invalid value and exactly the citations its Validate must
// report, in order.
type Broken[T any] struct {
	Value T
	Want  []convention.Citation
}

// Catalogued returns the catalogue's terms, in the order of the text.
func Catalogued() []implementation.Term {
	var out []implementation.Term
	for _, e := range implementation.Catalogue() {
		out = append(out, e.Term)
	}
	return out
}

// Qualified returns the catalogue's binding obligations that carry a
// qualifier leaving their reach to the State.
func Qualified() []implementation.Term {
	var out []implementation.Term
	for _, e := range implementation.Catalogue() {
		s := e.Strength
		if e.Qualifier != "" && (s == convention.Shall || s == convention.ShallEndeavour || s == convention.ShallConsider) {
			out = append(out, e.Term)
		}
	}
	return out
}

// Assessment generates valid self-assessments by one of the first 40
// States: any catalogued terms met, and some qualified ones not met judged
// not required.
func Assessment() *rapid.Generator[implementation.Assessment] {
	return rapid.Custom(func(t *rapid.T) implementation.Assessment {
		a := implementation.Assessment{Party: rapid.SampledFrom(conventiontest.States(40)).Draw(t, "Party")}
		for _, term := range Catalogued() {
			if rapid.Bool().Draw(t, "Has") {
				a.Has = a.Has.With(term)
			}
		}
		for _, term := range Qualified() {
			if !a.Has.Has(term) && rapid.Bool().Draw(t, "NotRequired") {
				a.NotRequired = a.NotRequired.With(term)
			}
		}
		return a
	})
}

// BrokenAssessment generates self-assessments that break exactly one rule
// of Assessment.Validate.
func BrokenAssessment() *rapid.Generator[Broken[implementation.Assessment]] {
	return rapid.Custom(func(t *rapid.T) Broken[implementation.Assessment] {
		a := Assessment().Draw(t, "Assessment")
		switch rapid.IntRange(0, 3).Draw(t, "Break") {
		case 0:
			a.Party = convention.PartyID{}
		case 1:
			a.Has = a.Has.With(implementation.TermInfoReport)
		case 2:
			a.Has = a.Has.Without(implementation.TermStricterMeasures)
			a.NotRequired = a.NotRequired.With(implementation.TermStricterMeasures)
		default:
			q := rapid.SampledFrom(Qualified()).Draw(t, "Both")
			a.Has, a.NotRequired = a.Has.With(q), a.NotRequired.With(q)
		}
		return Broken[implementation.Assessment]{Value: a, Want: []convention.Citation{convention.Cite(convention.ArtImplementation, 1)}}
	})
}

var from = convention.MustDate("2004-01-01")

var kinds = []implementation.InfoKind{implementation.InfoRequested, implementation.InfoReport, implementation.InfoLaws,
	implementation.InfoCases, implementation.InfoAuthorities, implementation.InfoMeasures}

// Checklist generates valid checklists of one of the first 45 States: the
// Commission's requests, some with a date and a form, and answers to some
// of them, on time or late, on the form or not.
func Checklist() *rapid.Generator[implementation.Checklist] {
	return rapid.Custom(func(t *rapid.T) implementation.Checklist {
		c := implementation.Checklist{Party: rapid.SampledFrom(conventiontest.States(45)).Draw(t, "Party")}
		for i, n := 0, rapid.IntRange(0, 6).Draw(t, "Requests"); i < n; i++ {
			r := implementation.Request{Ref: fmt.Sprintf("R%d", i), Kind: rapid.SampledFrom(kinds).Draw(t, "Kind"),
				Made: conventiontest.DateBetween(from, from.AddYears(20)).Draw(t, "Made")}
			if rapid.Bool().Draw(t, "Dated") {
				r.Due = r.Made.AddDays(rapid.IntRange(0, 400).Draw(t, "Within"))
			}
			if rapid.Bool().Draw(t, "Form") {
				r.Form = "questionnaire"
			}
			c.Requests = append(c.Requests, r)
			if rapid.IntRange(0, 3).Draw(t, "Answered") > 0 {
				it := implementation.Item{Title: "answer to " + r.Ref, Request: r.Ref,
					Furnished: r.Made.AddDays(rapid.IntRange(0, 700).Draw(t, "After"))}
				if r.Form != "" {
					it.Form = rapid.SampledFrom([]string{"questionnaire", "letter"}).Draw(t, "FormUsed")
				}
				if r.Kind == implementation.InfoAuthorities {
					it.Authorities = []implementation.Authority{{Name: "Ministry of Justice", Address: "1 Main Street"}}
				}
				c.Furnished = append(c.Furnished, it)
			}
		}
		for i, n := 0, rapid.IntRange(0, 2).Draw(t, "ConfiscationLaws"); i < n; i++ {
			c.ConfiscationLaws = append(c.ConfiscationLaws, implementation.Item{Title: "Proceeds of Crime Act",
				Furnished: conventiontest.DateBetween(from, from.AddYears(25)).Draw(t, "Furnished")})
		}
		return c
	})
}

// BrokenChecklist generates checklists that break exactly one rule of
// Checklist.Validate.
func BrokenChecklist() *rapid.Generator[Broken[implementation.Checklist]] {
	return rapid.Custom(func(t *rapid.T) Broken[implementation.Checklist] {
		c := Checklist().Draw(t, "Checklist")
		info1, info2 := convention.Cite(convention.ArtInformation, 1), convention.Cite(convention.ArtInformation, 2)
		var want convention.Citation
		switch rapid.IntRange(0, 8).Draw(t, "Break") {
		case 0:
			c.Party, want = convention.PartyID{}, info1
		case 1:
			c.Requests, want = append(c.Requests, implementation.Request{Ref: "X", Kind: implementation.InfoReport}), info1
		case 2:
			c.Requests, want = append(c.Requests, implementation.Request{Ref: "X", Kind: 99, Made: from}), info1
		case 3:
			c.Requests = append(c.Requests, implementation.Request{Ref: "X", Kind: implementation.InfoCases, Made: from},
				implementation.Request{Ref: "X", Kind: implementation.InfoCases, Made: from})
			want = info1
		case 4:
			c.Requests, want = append(c.Requests, implementation.Request{Ref: "X", Kind: implementation.InfoCases, Made: from, Due: from.AddDays(-1)}), info2
		case 5:
			c.Furnished, want = append(c.Furnished, implementation.Item{Title: "x", Furnished: from, Request: "nowhere"}), info2
		case 6:
			c.Requests = append(c.Requests, implementation.Request{Ref: "X", Kind: implementation.InfoCases, Made: from})
			c.Furnished, want = append(c.Furnished, implementation.Item{Title: "x", Furnished: from}), info2
		case 7:
			c.Requests = append(c.Requests, implementation.Request{Ref: "X", Kind: implementation.InfoAuthorities, Made: from})
			c.Furnished = append(c.Furnished, implementation.Item{Title: "x", Furnished: from, Request: "X",
				Authorities: []implementation.Authority{{Name: "Ministry of Justice"}}})
			want = convention.CitePoint(convention.ArtInformation, 1, 'd')
		default:
			c.ConfiscationLaws, want = append(c.ConfiscationLaws, implementation.Item{Furnished: from}), convention.Cite(convention.ArtConfiscation, 5)
		}
		return Broken[implementation.Checklist]{Value: c, Want: []convention.Citation{want}}
	})
}

// Facts generates information facts, each possibly unassessed.
func Facts() *rapid.Generator[implementation.InformationFacts] {
	j := rapid.SampledFrom([]convention.Judgement{convention.Unassessed, convention.Yes, convention.No})
	return rapid.Custom(func(t *rapid.T) implementation.InformationFacts {
		return implementation.InformationFacts{LawsPromulgated: j.Draw(t, "LawsPromulgated"), ConfiscationLaws: j.Draw(t, "ConfiscationLaws")}
	})
}

// Decision generates valid records of Commission decisions and their
// review by the Council and the General Assembly.
func Decision() *rapid.Generator[implementation.CommissionDecision] {
	return rapid.Custom(func(t *rapid.T) implementation.CommissionDecision {
		d := implementation.CommissionDecision{Ref: "CCPCJ decision", Recommendation: rapid.Bool().Draw(t, "Recommendation"),
			Adopted: conventiontest.DateBetween(from, from.AddYears(20)).Draw(t, "Adopted")}
		for i, n := 0, rapid.IntRange(0, 4).Draw(t, "Reviews"); i < n; i++ {
			d.Reviews = append(d.Reviews, implementation.Review{
				By:   rapid.SampledFrom([]implementation.Body{implementation.Council, implementation.GeneralAssembly}).Draw(t, "By"),
				Act:  rapid.SampledFrom([]implementation.ReviewAct{implementation.ActApproved, implementation.ActModified}).Draw(t, "Act"),
				Date: d.Adopted.AddDays(rapid.IntRange(0, 800).Draw(t, "After")),
				Ref:  rapid.SampledFrom([]string{"", "res. 1", "res. 2"}).Draw(t, "Ref"),
			})
		}
		return d
	})
}

// BrokenDecision generates decision records that break exactly one rule of
// CommissionDecision.Validate.
func BrokenDecision() *rapid.Generator[Broken[implementation.CommissionDecision]] {
	return rapid.Custom(func(t *rapid.T) Broken[implementation.CommissionDecision] {
		d := Decision().Draw(t, "Decision")
		switch rapid.IntRange(0, 4).Draw(t, "Break") {
		case 0:
			d.Ref = ""
		case 1:
			d.Reviews = append(d.Reviews, implementation.Review{By: implementation.Commission, Act: implementation.ActApproved, Date: d.Adopted})
		case 2:
			d.Reviews = append(d.Reviews, implementation.Review{By: implementation.Council, Act: implementation.ActApproved, Date: d.Adopted.AddDays(-1)})
		case 3:
			d.Reviews = append(d.Reviews, implementation.Review{By: implementation.Council, Date: d.Adopted})
		default:
			d.Reviews = append(d.Reviews, implementation.Review{By: implementation.GeneralAssembly, Act: implementation.ActModified})
		}
		return Broken[implementation.CommissionDecision]{Value: d, Want: []convention.Citation{convention.Cite(convention.ArtReview, 1)}}
	})
}
