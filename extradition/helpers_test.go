package extradition_test

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// inputs are the inputs of a decision, mutated by table rows.
type inputs struct {
	r extradition.Request
	p extradition.Profile
	f extradition.Facts
	s extradition.Response
}

func cite(para int) convention.Citation { return convention.Cite(convention.ArtExtradition, para) }

var coop3 = convention.Cite(convention.ArtCooperation, 3)

// offence is a covered offence: established under the Convention, its
// conduct criminal in the requested State under another name.
func offence() extradition.Charge {
	return extradition.Charge{
		Offence: convention.Offence{
			Conduct:     "accessing a bank's payment servers without right and transferring funds",
			Name:        "escroquerie informatique",
			Established: "computer-fraud",
			MaxPenalty:  convention.Imprisonment(7, 0),
		},
		Requested: convention.Characterisation{Criminal: convention.Yes, Name: "estelionato eletrônico", Category: "crimes contra o patrimônio"},
	}
}

// laundering is a separate serious crime the article does not cover.
func laundering() extradition.Charge {
	return extradition.Charge{
		Offence: convention.Offence{
			Conduct:    "laundering the proceeds through virtual assets",
			Name:       "blanchiment",
			MaxPenalty: convention.Imprisonment(10, 0),
		},
		Requested: convention.Characterisation{Criminal: convention.Yes, Name: "lavagem de dinheiro"},
	}
}

// base is a valid case in which extradition is owed: France asks Brazil,
// bound to it by a treaty, to surrender a French national found in Brazil
// for trial for computer fraud. Every judgement is assessed (Brazil's law
// bars the extradition of its nationals, para. 7); the response is
// surrender.
func base() inputs {
	return inputs{
		r: extradition.Request{
			Ref:        "EXT-2026-0042",
			Date:       convention.MustDate("2026-11-26"),
			Requesting: convention.MustPartyID("FRA"),
			Requested:  convention.MustPartyID("BRA"),
			Person:     extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.No},
			Offences:   []extradition.Charge{offence()},
			Purpose:    extradition.PurposeProsecution,
		},
		p: extradition.Profile{TreatyConditional: convention.Yes, Treaty: convention.Yes, Notification: extradition.NotifiedConvention},
		f: extradition.Facts{
			Discrimination:       convention.DiscriminationFacts{Belief: convention.No},
			Accessory:            convention.No,
			ConventionBasis:      convention.Yes,
			MinimumPenaltyMet:    convention.Yes,
			DomesticGround:       convention.No,
			DomesticGroundFiscal: convention.No,
			NationalityGround:    convention.Yes,
			Warranted:            convention.Yes,
			Urgent:               convention.Yes,
			ProvisionalLaw:       convention.Yes,
			ConditionalLaw:       convention.No,
			ConditionalAgreed:    convention.No,
			EnforcementLaw:       convention.Yes,
			ConsultAppropriate:   convention.Yes,
		},
		s: extradition.Response{Action: extradition.ActionExtradite},
	}
}

func (in inputs) assess() (extradition.Decision, error) {
	return extradition.Assess(in.r, in.p, in.f)
}
func (in inputs) review() (extradition.Decision, error) {
	return extradition.Review(in.r, in.p, in.f, in.s)
}
