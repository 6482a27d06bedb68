// Package conventiontest provides rapid generators of the convention
// package's values, for the property tests of this library and of the case
// systems that use it: dates, citations, parties, offences, depositary
// actions and histories, disputes and votes on amendments, valid and
// broken.
//
// Draw labels equal the names of the fields drawn. The generators never
// produce invalid values: a Date is a real Gregorian date, a Citation is
// one the provision registry lists.
package conventiontest

import (
	"time"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
)

// Date generates dates from 1900-01-01 to 2199-12-31, with month ends and
// 29 February drawn more often than chance would, since time limits go
// wrong there.
func Date() *rapid.Generator[convention.Date] {
	return DateBetween(convention.MustDate("1900-01-01"), convention.MustDate("2199-12-31"))
}

// DateBetween generates dates from a to b, both included, favouring month
// ends. A b before a is read as a; a zero a or b generates the other (the
// zero Date if both are zero).
func DateBetween(a, b convention.Date) *rapid.Generator[convention.Date] {
	switch {
	case a.IsZero():
		a = b
	case b.IsZero() || b.Before(a):
		b = a
	}
	span := b.DaysSince(a)
	return rapid.Custom(func(t *rapid.T) convention.Date {
		d := a.AddDays(rapid.IntRange(0, span).Draw(t, "Offset"))
		if rapid.IntRange(0, 3).Draw(t, "MonthEnd") == 0 {
			y, m, _ := d.Date()
			end, err := convention.NewDate(y, m, convention.DaysIn(y, m))
			if err == nil && !end.After(b) {
				return end
			}
		}
		return d
	})
}

// Judgement generates Unassessed, Yes and No.
func Judgement() *rapid.Generator[convention.Judgement] {
	return rapid.SampledFrom([]convention.Judgement{convention.Unassessed, convention.Yes, convention.No})
}

// KnownJudgement generates Yes and No.
func KnownJudgement() *rapid.Generator[convention.Judgement] {
	return rapid.SampledFrom([]convention.Judgement{convention.Yes, convention.No})
}

// Citation generates citations the provision registry lists: paragraphs,
// and their sub-paragraphs and items.
func Citation() *rapid.Generator[convention.Citation] {
	var cs []convention.Citation
	for _, p := range convention.Registry() {
		cs = append(cs, p.Cite)
		for i := 0; i < p.Points; i++ {
			pc := p.Cite.Point(rune('a' + i))
			cs = append(cs, pc)
			if p.ItemsIn == rune('a'+i) {
				for n := 1; n <= p.Items; n++ {
					cs = append(cs, pc.Item(n))
				}
			}
		}
	}
	return rapid.SampledFrom(cs)
}

// statesSample is a fixed sample of ISO 3166-1 alpha-3 codes.
var statesSample = []string{
	"ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "EGY", "ESP", "FRA", "GBR", "IDN", "IND",
	"ITA", "JPN", "KEN", "MEX", "NGA", "NLD", "POL", "RUS", "SAU", "SEN", "USA", "ZAF",
}

// State generates the PartyID of a State.
func State() *rapid.Generator[convention.PartyID] {
	return rapid.Custom(func(t *rapid.T) convention.PartyID {
		return convention.MustPartyID(rapid.SampledFrom(statesSample).Draw(t, "State"))
	})
}

// Penalty generates maximum penalties of every kind, with terms around the
// four-year threshold of a serious crime drawn often.
func Penalty() *rapid.Generator[convention.Penalty] {
	return rapid.Custom(func(t *rapid.T) convention.Penalty {
		switch rapid.IntRange(0, 5).Draw(t, "Kind") {
		case 0:
			return convention.NonCustodial()
		case 1:
			return convention.LifeImprisonment()
		case 2:
			return convention.Imprisonment(0, rapid.IntRange(46, 50).Draw(t, "Months"))
		default:
			return convention.Imprisonment(0, rapid.IntRange(1, 30*12).Draw(t, "Months"))
		}
	})
}

// Offence generates offences, established under the Convention or not,
// with a non-empty conduct.
func Offence() *rapid.Generator[convention.Offence] {
	return rapid.Custom(func(t *rapid.T) convention.Offence {
		o := convention.Offence{
			Conduct:    rapid.SampledFrom(conducts).Draw(t, "Conduct"),
			Name:       rapid.SampledFrom(names).Draw(t, "Name"),
			MaxPenalty: Penalty().Draw(t, "MaxPenalty"),
		}
		if rapid.Bool().Draw(t, "IsEstablished") {
			o.Established = convention.ConventionOffence(rapid.SampledFrom(established).Draw(t, "Established"))
		}
		return o
	})
}

// Characterisation generates one State's view of a conduct.
func Characterisation() *rapid.Generator[convention.Characterisation] {
	return rapid.Custom(func(t *rapid.T) convention.Characterisation {
		return convention.Characterisation{
			Criminal:   Judgement().Draw(t, "Criminal"),
			Name:       rapid.SampledFrom(names).Draw(t, "Name"),
			Category:   rapid.SampledFrom(categories).Draw(t, "Category"),
			MaxPenalty: Penalty().Draw(t, "MaxPenalty"),
		}
	})
}

var (
	conducts = []string{
		"accessing a bank's server without right and copying customer records",
		"deploying ransomware against a hospital network",
		"operating a botnet to send phishing messages",
		"intercepting transmissions of computer data without right",
	}
	names       = []string{"hacking", "illegal access", "computer intrusion", "extortion", "fraud", "unauthorised interception", "accès frauduleux"}
	categories  = []string{"computer crime", "property offence", "offence against confidentiality", "economic crime", ""}
	established = []string{"illegal-access", "illegal-interception", "data-interference", "computer-fraud"}
)

// Month returns a generator of months, for tests that build dates by parts.
func Month() *rapid.Generator[time.Month] {
	return rapid.Custom(func(t *rapid.T) time.Month { return time.Month(rapid.IntRange(1, 12).Draw(t, "Month")) })
}

// Broken is an invalid value drawn by a package's Broken generator, with
// the citations its Validate must report, exactly: the contract every
// Broken generator of the library keeps.
type Broken[T any] struct {
	Value T
	Want  []convention.Citation
}
