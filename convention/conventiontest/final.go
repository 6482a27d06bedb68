package conventiontest

import (
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
)

// stateCodes are ISO 3166-1 alpha-3 codes that convention.ParsePartyID
// accepts.
var stateCodes = [...]string{
	"ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG", "AUS", "AUT",
	"AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL",
	"BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG",
	"COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM",
	"DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "GAB", "GBR",
	"GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY",
	"HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
	"JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY",
	"LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL",
	"MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM",
	"NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER",
	"PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU",
	"SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
	"SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON",
	"TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB",
	"VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
}

// MaxStates is the number of distinct States the generators can name.
const MaxStates = len(stateCodes)

// States returns the first n State codes (n is clamped to 0..MaxStates).
func States(n int) []convention.PartyID {
	n = max(0, min(n, MaxStates))
	out := make([]convention.PartyID, n)
	for i := range out {
		out[i] = convention.MustPartyID(stateCodes[i])
	}
	return out
}

// REIO returns the code of the i-th organization: "REIOA", "REIOB", ...
// (never a country's alpha-2 code).
func REIO(i int) convention.PartyID {
	return convention.MustPartyID("REIO" + string(rune('A'+i%26)))
}

// Universe returns parties of which States(states) are States and the
// others REIOs, organization i having as members the States whose index is
// congruent to i modulo reios, among the first 2*members of them.
func Universe(states, reios, members int) []convention.Party {
	ids := States(states)
	out := make([]convention.Party, 0, states+reios)
	for _, id := range ids {
		out = append(out, convention.Party{ID: id})
	}
	for i := 0; i < reios; i++ {
		p := convention.Party{ID: REIO(i)}
		for j := i; j < len(ids) && len(p.Members) < members; j += reios {
			p.Members = append(p.Members, ids[j])
		}
		if len(p.Members) == 0 {
			p.Members = ids[:1]
		}
		out = append(out, p)
	}
	return out
}

// History is a set of parties and a record of actions, in no particular
// order; some actions may break the ledger's rules.
type History struct {
	Parties []convention.Party
	Actions []convention.Action
}

var (
	epoch     = convention.MustDate("2020-01-01")
	languages = []language.Tag{language.English, language.French, language.Spanish, language.Arabic, language.Russian, language.Chinese}
)

// HistoryOf generates plausible histories of up to states States and reios
// REIOs: signatures, instruments, notifications, reservations and their
// withdrawal, denunciations, accessions after a denunciation, and
// amendments, at dates drawn from 2020 to 2035, in shuffled order. Most actions are lawful; some are not, as real
// records can be.
func HistoryOf(states, reios int) *rapid.Generator[History] {
	return rapid.Custom(func(t *rapid.T) History {
		ns := rapid.IntRange(1, max(1, min(states, MaxStates))).Draw(t, "States")
		nr := rapid.IntRange(0, max(0, reios)).Draw(t, "REIOs")
		h := History{Parties: Universe(ns, nr, rapid.IntRange(1, 6).Draw(t, "Members"))}
		day := func(label string, lo, hi int) convention.Date {
			return epoch.AddDays(rapid.IntRange(lo, hi).Draw(t, label))
		}
		add := func(a convention.Action) { h.Actions = append(h.Actions, a) }
		var parties []convention.PartyID
		for _, p := range h.Parties {
			id := p.ID
			var signed, deposited convention.Date
			if rapid.IntRange(0, 3).Draw(t, "Signs") > 0 {
				signed = day("SignDay", 0, 700)
				add(convention.Action{Kind: convention.ActionSignature, Party: id, Date: signed})
			}
			if rapid.IntRange(0, 4).Draw(t, "Deposits") > 0 {
				kind := convention.ActionAccession
				deposited = day("DepositDay", 0, 2000)
				if !signed.IsZero() && !deposited.Before(signed) {
					kind = rapid.SampledFrom([]convention.ActionKind{convention.ActionRatification,
						convention.ActionAcceptance, convention.ActionApproval}).Draw(t, "DepositKind")
				}
				a := convention.Action{Kind: kind, Party: id, Date: deposited}
				if id.IsREIO() {
					a.Competence = "matters of customs and data protection"
				}
				add(a)
				parties = append(parties, id)
			}
			if !deposited.IsZero() && id.IsState() && rapid.Bool().Draw(t, "Notifies") {
				add(convention.Action{Kind: convention.ActionExtraditionBasis, Party: id, Date: deposited,
					Basis: convention.Known(rapid.Bool().Draw(t, "Basis"))})
				add(convention.Action{Kind: convention.ActionCentralAuthority, Party: id, Date: deposited,
					Authority: "Ministry of Justice, " + id.String()})
				add(convention.Action{Kind: convention.ActionLanguages, Party: id,
					Date:      deposited.AddDays(rapid.IntRange(0, 400).Draw(t, "LanguagesLater")),
					Languages: languages[:rapid.IntRange(1, len(languages)).Draw(t, "NLanguages")]})
			}
			if at := rapid.SampledFrom([]convention.Date{{}, signed, deposited}).Draw(t, "Reserves"); !at.IsZero() {
				add(convention.Action{Kind: convention.ActionDisputeReservation, Party: id, Date: at})
				if rapid.Bool().Draw(t, "Withdraws") {
					add(convention.Action{Kind: convention.ActionWithdrawReservation, Party: id,
						Date: at.AddDays(rapid.IntRange(0, 2000).Draw(t, "WithdrawLater"))})
				}
			}
			if !deposited.IsZero() && rapid.IntRange(0, 5).Draw(t, "Denounces") == 0 {
				denounced := deposited.AddDays(rapid.IntRange(0, 3000).Draw(t, "DenounceLater"))
				add(convention.Action{Kind: convention.ActionDenunciation, Party: id, Date: denounced})
				if rapid.IntRange(0, 2).Draw(t, "AccedesAgain") == 0 {
					// Around the day the denunciation takes effect, one year
					// after its receipt: before it, a second instrument.
					a := convention.Action{Kind: convention.ActionAccession, Party: id,
						Date: denounced.AddDays(rapid.IntRange(300, 1200).Draw(t, "AccedeAgainLater"))}
					if id.IsREIO() {
						a.Competence = "matters of customs"
					}
					add(a)
				}
			}
		}
		if len(parties) > 0 {
			for i, n := 0, rapid.IntRange(0, 2).Draw(t, "Amendments"); i < n; i++ {
				ref := convention.AmendmentRef("A" + string(rune('1'+i)))
				proposed := day("ProposalDay", 2500, 4000)
				add(convention.Action{Kind: convention.ActionAmendmentProposal, Party: rapid.SampledFrom(parties).Draw(t, "Proposer"),
					Date: proposed, Amendment: ref})
				adopted := proposed.AddDays(rapid.IntRange(0, 400).Draw(t, "AdoptionLater"))
				add(convention.Action{Kind: convention.ActionAmendmentAdoption, Date: adopted, Amendment: ref, Body: "Commission"})
				for _, p := range parties {
					if rapid.Bool().Draw(t, "Accepts") {
						add(convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: p, Amendment: ref,
							Date: adopted.AddDays(rapid.IntRange(0, 700).Draw(t, "AcceptLater"))})
					}
				}
			}
		}
		h.Actions = Shuffle(h.Actions).Draw(t, "Order")
		return h
	})
}

// Shuffle generates permutations of xs (fresh slices).
func Shuffle[T any](xs []T) *rapid.Generator[[]T] { return rapid.Permutation(xs) }

// ActionFor generates actions of any kind by one of the parties, dated in
// 2020-2035, that pass Action.Validate; whether the ledger accepts them is
// another matter.
func ActionFor(parties []convention.Party) *rapid.Generator[convention.Action] {
	return rapid.Custom(func(t *rapid.T) convention.Action {
		k := rapid.SampledFrom(convention.ActionKinds()).Draw(t, "Kind")
		var id convention.PartyID
		if len(parties) > 0 {
			id = rapid.SampledFrom(parties).Draw(t, "Party").ID
		}
		return fill(t, k, id, epoch.AddDays(rapid.IntRange(0, 5500).Draw(t, "Day")))
	})
}

// fill returns an action of kind k by p on d with exactly the fields its
// kind carries, drawing the amendment, the answer and the languages.
func fill(t *rapid.T, k convention.ActionKind, p convention.PartyID, d convention.Date) convention.Action {
	a := ValidAction(k, p, d)
	if a.Amendment != "" {
		a.Amendment = convention.AmendmentRef(rapid.SampledFrom([]string{"A1", "A2"}).Draw(t, "Amendment"))
	}
	if a.Basis != convention.Unassessed {
		a.Basis = convention.Known(rapid.Bool().Draw(t, "Basis"))
	}
	if a.Languages != nil {
		a.Languages = languages[:rapid.IntRange(1, len(languages)).Draw(t, "NLanguages")]
	}
	return a
}

// ValidAction returns an action of kind k by p on d carrying exactly the
// fields its kind requires, so that it passes Action.Validate (for a
// declared kind): amendment "A1", answer yes, English, a central authority,
// a declaration of competence for a REIO's instrument, the Commission as
// the adopting body. The party of an adoption is dropped.
func ValidAction(k convention.ActionKind, p convention.PartyID, d convention.Date) convention.Action {
	a := convention.Action{Kind: k, Party: p, Date: d}
	switch k {
	case convention.ActionAmendmentAdoption:
		a.Party, a.Amendment, a.Body = convention.PartyID{}, "A1", "Commission on Crime Prevention and Criminal Justice"
	case convention.ActionAmendmentProposal, convention.ActionAmendmentAcceptance:
		a.Amendment = "A1"
	case convention.ActionExtraditionBasis:
		a.Basis = convention.Yes
	case convention.ActionCentralAuthority:
		a.Authority = "Central Authority, Ministry of Justice"
	case convention.ActionLanguages:
		a.Languages = languages[:1]
	case convention.ActionCompetence:
		a.Competence = "matters of customs"
	}
	if k.IsDeposit() && p.IsREIO() {
		a.Competence = "matters of customs"
	}
	return a
}

// Action generates actions that pass Action.Validate, by States and REIOs
// of a small universe.
func Action() *rapid.Generator[convention.Action] { return ActionFor(Universe(8, 2, 3)) }

// BrokenAction generates actions that break exactly one rule of
// Action.Validate: a field their kind requires is missing, or a field it
// does not carry is present.
func BrokenAction() *rapid.Generator[Broken[convention.Action]] {
	return rapid.Custom(func(t *rapid.T) Broken[convention.Action] {
		a := Action().Draw(t, "Action")
		want := []convention.Citation{a.Kind.Cite()}
		switch rapid.IntRange(0, 8).Draw(t, "Break") {
		case 0:
			a.Date = convention.Date{}
		case 1:
			if a.Party.IsZero() {
				a.Party = convention.MustPartyID("FRA")
			} else {
				a.Party = convention.PartyID{}
				if a.Kind.IsDeposit() {
					a.Competence = "" // a missing party reads as a State
				}
			}
		case 2:
			if a.Amendment == "" {
				a.Amendment = "A9"
			} else {
				a.Amendment = ""
			}
		case 3:
			if a.Basis == convention.Unassessed {
				a.Basis = convention.Yes
			} else {
				a.Basis = convention.Unassessed
			}
		case 4:
			if a.Authority == "" {
				a.Authority = "X"
			} else {
				a.Authority = ""
			}
		case 5:
			if len(a.Languages) == 0 {
				a.Languages = []language.Tag{language.German}
			} else {
				a.Languages = nil
			}
		case 6:
			if a.Competence == "" {
				a.Competence = "everything"
			} else {
				a.Competence = ""
			}
		case 7:
			if a.Body == "" {
				a.Body = "General Assembly"
			} else {
				a.Body = ""
			}
		default:
			a.Kind = convention.ActionKind(rapid.IntRange(len(convention.ActionKinds())+1, 255).Draw(t, "BadKind"))
			a = convention.Action{Kind: a.Kind, Party: a.Party, Date: a.Date}
			want = []convention.Citation{convention.Cite(convention.ArtDepositary, 1)}
		}
		return Broken[convention.Action]{Value: a, Want: want}
	})
}

// Dispute generates valid records of a dispute between two of the first
// few States, at any stage.
func Dispute() *rapid.Generator[convention.Dispute] {
	return rapid.Custom(func(t *rapid.T) convention.Dispute {
		ids := States(6)
		i := rapid.IntRange(0, len(ids)-1).Draw(t, "First")
		j := (i + rapid.IntRange(1, len(ids)-1).Draw(t, "Second")) % len(ids)
		d := convention.Dispute{Parties: [2]convention.PartyID{ids[i], ids[j]}}
		d.NegotiationFailed = rapid.SampledFrom([]convention.Judgement{convention.Unassessed, convention.Yes, convention.No}).Draw(t, "NegotiationFailed")
		if rapid.Bool().Draw(t, "Requested") {
			d.ArbitrationRequest = DateBetween(epoch, epoch.AddYears(15)).Draw(t, "ArbitrationRequest")
			d.RequestedBy = d.Parties[rapid.IntRange(0, 1).Draw(t, "RequestedBy")]
			d.OrganisationAgreed = rapid.SampledFrom([]convention.Judgement{convention.Unassessed, convention.Yes, convention.No}).Draw(t, "OrganisationAgreed")
		}
		return d
	})
}

// BrokenDispute generates dispute records that break exactly one rule of
// Dispute.Validate.
func BrokenDispute() *rapid.Generator[Broken[convention.Dispute]] {
	return rapid.Custom(func(t *rapid.T) Broken[convention.Dispute] {
		d := Dispute().Draw(t, "Dispute")
		switch rapid.IntRange(0, 5).Draw(t, "Break") {
		case 0:
			d.Parties[0] = convention.PartyID{}
			if d.RequestedBy == d.Parties[1] {
				break
			}
			d.RequestedBy, d.ArbitrationRequest, d.OrganisationAgreed = convention.PartyID{}, convention.Date{}, convention.Unassessed
		case 1:
			d.Parties[1] = d.Parties[0]
			if !d.RequestedBy.IsZero() {
				d.RequestedBy = d.Parties[0]
			}
		case 2:
			d.NegotiationFailed = convention.Judgement(rapid.IntRange(3, 255).Draw(t, "Bad"))
		case 3:
			if d.ArbitrationRequest.IsZero() {
				d.OrganisationAgreed = convention.No
			} else {
				d.OrganisationAgreed = convention.Judgement(9)
			}
		case 4:
			if d.ArbitrationRequest.IsZero() {
				d.ArbitrationRequest = epoch.AddYears(3)
			} else {
				d.RequestedBy = convention.MustPartyID("ZWE")
			}
		default:
			if d.ArbitrationRequest.IsZero() {
				d.RequestedBy = d.Parties[0]
			} else {
				d.RequestedBy = convention.PartyID{}
			}
		}
		return Broken[convention.Dispute]{Value: d, Want: []convention.Citation{convention.Cite(convention.ArtDisputes, 2)}}
	})
}

// Ballots generates the ballots of up to n of the given parties, each once.
func Ballots(parties []convention.PartyID, n int) *rapid.Generator[[]convention.Ballot] {
	return rapid.Custom(func(t *rapid.T) []convention.Ballot {
		ids := Shuffle(parties).Draw(t, "Voters")
		ids = ids[:rapid.IntRange(0, min(n, len(ids))).Draw(t, "Present")]
		out := make([]convention.Ballot, len(ids))
		for i, id := range ids {
			out[i] = convention.Ballot{Party: id,
				Choice: rapid.SampledFrom([]convention.Choice{convention.ChoiceFor, convention.ChoiceAgainst, convention.ChoiceAbstain}).Draw(t, "Choice")}
		}
		return out
	})
}

// Vote generates votes that pass Vote.Validate, of States among the first
// 60.
func Vote() *rapid.Generator[convention.Vote] {
	return rapid.Custom(func(t *rapid.T) convention.Vote {
		v := convention.Vote{Amendment: "A1", Body: "Commission on Crime Prevention and Criminal Justice",
			Date: DateBetween(epoch, epoch.AddYears(15)).Draw(t, "Date")}
		v.Consensus = rapid.SampledFrom([]convention.Judgement{convention.Unassessed, convention.Yes, convention.No}).Draw(t, "Consensus")
		if v.Consensus != convention.Yes {
			v.EffortsExhausted = rapid.SampledFrom([]convention.Judgement{convention.Unassessed, convention.Yes, convention.No}).Draw(t, "EffortsExhausted")
			v.Ballots = Ballots(States(60), 60).Draw(t, "Ballots")
		}
		v.WithinREIOCompetence = rapid.SampledFrom([]convention.Judgement{convention.Unassessed, convention.Yes, convention.No}).Draw(t, "WithinREIOCompetence")
		return v
	})
}

// BrokenVote generates votes that break exactly one rule of Vote.Validate.
func BrokenVote() *rapid.Generator[Broken[convention.Vote]] {
	return rapid.Custom(func(t *rapid.T) Broken[convention.Vote] {
		v := Vote().Draw(t, "Vote")
		cite := convention.Cite(convention.ArtAmendment, 1)
		switch rapid.IntRange(0, 6).Draw(t, "Break") {
		case 0:
			v.Amendment = ""
		case 1:
			v.Body = ""
		case 2:
			v.Date = convention.Date{}
		case 3:
			v.WithinREIOCompetence = convention.Judgement(7)
			cite = convention.Cite(convention.ArtAmendment, 2)
		case 4:
			v.Consensus, v.EffortsExhausted, v.Ballots = convention.Yes, convention.Yes, nil
		case 5:
			v.Consensus, v.Ballots = convention.Yes, []convention.Ballot{{Party: convention.MustPartyID("FRA"), Choice: convention.ChoiceFor}}
			v.EffortsExhausted = convention.Unassessed
		default:
			v.Consensus, v.EffortsExhausted = convention.No, convention.Yes
			v.Ballots = []convention.Ballot{
				{Party: convention.MustPartyID("FRA"), Choice: convention.ChoiceFor},
				{Party: convention.MustPartyID("FRA"), Choice: convention.ChoiceAgainst}}
		}
		return Broken[convention.Vote]{Value: v, Want: []convention.Citation{cite}}
	})
}
