package conventiontest

import "github.com/treatyrules/cybercrime/convention"

// Palermo returns a ledger shaped like the depositary history of the
// United Nations Convention against Transnational Organized Crime, from
// which the final provisions were adapted: 42 States (States(42)) sign on
// 12 December 2000; the first 39 deposit instruments of ratification twenty
// days apart from 1 March 2001, the fortieth on 1 July 2003 (so that the
// Convention enters into force on 29 September 2003), the forty-first on 15
// October 2003; the forty-second deposits nothing. A regional economic
// integration organization, "EU", has the first two States as members and
// deposits nothing. It returns the States in that order, for examples and
// tests that need a Convention in force.
func Palermo() (convention.Ledger, []convention.PartyID) {
	states := States(42)
	var parties []convention.Party
	var acts []convention.Action
	for i, s := range states {
		parties = append(parties, convention.Party{ID: s})
		acts = append(acts, convention.Action{Kind: convention.ActionSignature, Party: s, Date: convention.MustDate("2000-12-12")})
		on := convention.MustDate("2001-03-01").AddDays(20 * i)
		switch i {
		case 39:
			on = convention.MustDate("2003-07-01")
		case 40:
			on = convention.MustDate("2003-10-15")
		case 41:
			continue
		}
		acts = append(acts, convention.Action{Kind: convention.ActionRatification, Party: s, Date: on})
	}
	parties = append(parties, convention.Party{ID: convention.MustPartyID("EU"), Members: states[:2]})
	l, err := convention.Build(parties, acts)
	if err != nil {
		panic("conventiontest: Palermo: " + err.Error())
	}
	return l, states
}
