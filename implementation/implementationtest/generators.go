// Package implementationtest exports rapid generators of the values of
// package implementation: self-assessments, information checklists and
// facts, and Commission decisions under review, valid and broken.
package implementationtest

import (
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

func items(t *rapid.T, label string) []implementation.Item {
	n := rapid.IntRange(0, 3).Draw(t, label)
	out := make([]implementation.Item, n)
	for i := range out {
		out[i] = implementation.Item{Title: label + " item", Furnished: conventiontest.DateBetween(from, from.AddYears(25)).Draw(t, "Furnished")}
	}
	return out
}

// Checklist generates valid checklists of one of the first 45 States.
func Checklist() *rapid.Generator[implementation.Checklist] {
	return rapid.Custom(func(t *rapid.T) implementation.Checklist {
		c := implementation.Checklist{Party: rapid.SampledFrom(conventiontest.States(45)).Draw(t, "Party")}
		on := from
		for i, n := 0, rapid.IntRange(0, 6).Draw(t, "Reports"); i < n; i++ {
			on = on.AddDays(rapid.IntRange(1, 3000).Draw(t, "Gap"))
			c.Reports = append(c.Reports, on)
		}
		c.Laws, c.Cases, c.Measures, c.ConfiscationLaws = items(t, "Laws"), items(t, "Cases"), items(t, "Measures"), items(t, "ConfiscationLaws")
		for i, n := 0, rapid.IntRange(0, 2).Draw(t, "Authorities"); i < n; i++ {
			c.Authorities = append(c.Authorities, implementation.Authority{Name: "Ministry of Justice", Address: "1 Main Street",
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
		bad := implementation.Item{Title: "", Furnished: from}
		var want convention.Citation
		switch rapid.IntRange(0, 6).Draw(t, "Break") {
		case 0:
			c.Party, want = convention.PartyID{}, convention.Cite(convention.ArtInformation, 1)
		case 1:
			c.Reports, want = append(c.Reports, from.AddDays(-1)), convention.CitePoint(convention.ArtInformation, 1, 'a')
			if len(c.Reports) == 1 {
				c.Reports = append(c.Reports, c.Reports[0])
			}
		case 2:
			c.Laws, want = append(c.Laws, bad), convention.CitePoint(convention.ArtInformation, 1, 'b')
		case 3:
			c.Cases, want = append(c.Cases, implementation.Item{Title: "x"}), convention.CitePoint(convention.ArtInformation, 1, 'c')
		case 4:
			c.Authorities, want = append(c.Authorities, implementation.Authority{Name: "x", Furnished: from}), convention.CitePoint(convention.ArtInformation, 1, 'd')
		case 5:
			c.Measures, want = append(c.Measures, bad), convention.Cite(convention.ArtFunctions, 3)
		default:
			c.ConfiscationLaws, want = append(c.ConfiscationLaws, bad), convention.Cite(convention.ArtConfiscation, 5)
		}
		return Broken[implementation.Checklist]{Value: c, Want: []convention.Citation{want}}
	})
}

// Facts generates information facts, each possibly unassessed.
func Facts() *rapid.Generator[implementation.InformationFacts] {
	j := rapid.SampledFrom([]convention.Judgement{convention.Unassessed, convention.Yes, convention.No})
	return rapid.Custom(func(t *rapid.T) implementation.InformationFacts {
		return implementation.InformationFacts{LawsPromulgated: j.Draw(t, "LawsPromulgated"), CasesRequested: j.Draw(t, "CasesRequested"),
			MeasuresRequested: j.Draw(t, "MeasuresRequested"), ConfiscationLaws: j.Draw(t, "ConfiscationLaws")}
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
