package mla

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
)

// Joint describes a proposed joint investigation (Joint investigations
// art.). The zero Joint has no agreement and every judgement unassessed.
type Joint struct {
	// Agreement: the States concerned have a bilateral or multilateral
	// agreement or arrangement under which their competent authorities may
	// establish joint investigative bodies.
	Agreement bool `json:"agreement,omitempty"`
	// CaseAgreement: absent such an agreement, the States agreed to
	// undertake this joint investigation, case by case.
	CaseAgreement convention.Judgement `json:"case_agreement"`
	// SovereigntyRespected: the plan fully respects the sovereignty of the
	// State in whose territory the investigation is to take place.
	SovereigntyRespected convention.Judgement `json:"sovereignty_respected"`
}

// JointInvestigation applies what the Joint investigations article makes
// decidable: a joint investigation rests on an agreement or arrangement
// establishing joint investigative bodies or, absent one, on agreement
// case by case; and the States involved shall ensure that the sovereignty
// of the State in whose territory it takes place is fully respected
// (DutySovereignty). Whether to conclude agreements is each State's
// consideration and is not modelled. The article applies under either
// regime of MLA art., para. 9.
//
// Outcomes: Permitted (a basis exists and sovereignty is respected),
// Prohibited (a basis exists and the plan does not respect the
// territorial State's sovereignty), NotApplicable (no agreement of either
// kind: the article offers no other basis, and its sovereignty clause,
// which binds "the States Parties involved" in "such investigation",
// decides nothing, whatever the plan), Undetermined (the case-by-case
// agreement, or sovereignty where a basis exists, unassessed; a plan that
// does not respect sovereignty waits on the agreement, which makes it
// Prohibited or leaves it outside the article). The result cites the
// article.
func JointInvestigation(j Joint) Decision {
	d := decideJoint(j)
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, v judgement) convention.Outcome {
			k := j
			switch t {
			case TestCaseAgreement:
				k.CaseAgreement = v
			case TestSovereignty:
				k.SovereigntyRespected = v
			}
			return decideJoint(k).Outcome
		})
	}
	return d
}

func decideJoint(j Joint) Decision {
	d := Decision{Name: "joint investigation"}
	r := &d.Result
	r.Cite = citeJoint
	basis := convention.Known(decide.TestBool(r, TestJointAgreement, j.Agreement))
	if basis == no {
		basis = decide.Need(r, TestCaseAgreement, decide.Test(r, TestCaseAgreement, j.CaseAgreement))
	}
	r.Duties = r.Duties.With(DutySovereignty)
	sov := decide.Need(r, TestSovereignty, decide.Test(r, TestSovereignty, j.SovereigntyRespected))
	switch {
	case basis == no:
		// No joint investigation is undertaken under the article: the
		// sovereignty clause binds "the States Parties involved" in "such
		// investigation", and decides nothing here.
		r.Outcome, r.Needed = convention.NotApplicable, Set{}
		r.Duties = r.Duties.Without(DutySovereignty)
	case sov == no && basis == yes:
		r.Outcome, r.Needed = convention.Prohibited, Set{}
	case basis == yes && sov == yes:
		r.Outcome = convention.Permitted
	default:
		r.Outcome = convention.Undetermined
	}
	return d
}
