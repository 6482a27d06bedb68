package preservation_test

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

var (
	fra = convention.MustPartyID("FRA")
	usa = convention.MustPartyID("USA")
	day = convention.MustDate
	yes = convention.Yes
	no  = convention.No
	unk = convention.Unassessed
)

// baseline is a complete request from France to the United States about an
// offence established under the Convention.
func baseline() preservation.Request {
	return preservation.Request{
		Ref:        "FR-PRES-2026-114",
		Case:       "PARQUET-CYBER-2026-88",
		Requesting: fra,
		Requested:  usa,
		Authority:  "Paris Public Prosecutor, cybercrime section (J3)",
		Offences: convention.Offences{{
			Conduct:     "obtaining bank credentials by sending fraudulent e-mails",
			Name:        "escroquerie en bande organisée",
			Established: "computer-fraud",
			MaxPenalty:  convention.Imprisonment(10, 0),
		}},
		Summary: "Since October 2026 a phishing campaign has targeted customers of French banks.",
		Data: []convention.DataSought{{Category: convention.DataContent, Provider: "Example Mail Inc.",
			Identifiers: []convention.Identifier{{Kind: convention.IdentifierEmail, Value: "phisher@example.com"}},
			Description: "Subscriber information, IP connection logs and mailbox content of phisher@example.com"}},
		Relationship: "The account sent the phishing e-mails.",
		Necessity:    "The provider deletes connection logs after 30 days.",
		IntendsMLA:   true,
	}
}

// insult is an offence not established under the Convention, and not
// serious.
var insult = convention.Offence{Conduct: "criticising a public official online", Name: "insulting an official", MaxPenalty: convention.Imprisonment(1, 0)}

// notEstablished is baseline for an offence not established under the
// Convention.
func notEstablished() preservation.Request {
	r := baseline()
	r.Offences = convention.Offences{insult}
	return r
}

// noDiscrimination is the judgement of a State that holds no belief under
// Cooperation art., para. 3.
var noDiscrimination = convention.DiscriminationFacts{Belief: convention.No}

// clear is the facts of an ordinary case: the data is in the territory and
// no ground, no belief under Cooperation art., para. 3 and no para. 6
// belief is held.
func clear() preservation.Facts {
	return preservation.Facts{Discrimination: noDiscrimination, InTerritory: yes, DualCriminalityFails: no,
		PoliticalOffences: preservation.OffenceJudgements{no, no, no, no}, EssentialInterests: no,
		NotEnsureAvailability: no, ThreatensInvestigation: no}
}

// reserving is a requested State that requires dual criminality for search,
// seizure or disclosure and has declared the para. 4 reservation.
func reserving() preservation.Profile {
	return preservation.Profile{Party: usa, RequiresDualCriminality: true, Reservation: true}
}

// conforming is a 24/7 contact that meets paras. 1-5.
func conforming() preservation.Contact {
	return preservation.Contact{Office: "Computer Crime Section 24/7", AroundTheClock: yes,
		Preservation: preservation.CapacityCarryOut, Information: preservation.CapacityFacilitate,
		Expedited: yes, PartOfAuthority: no, Coordinates: yes, Personnel: yes}
}

// citeCoop3 is the non-discrimination clause.
var citeCoop3 = convention.Cite(convention.ArtCooperation, 3)
