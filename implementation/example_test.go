package implementation_test

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/implementation"
)

func ExampleCalendar_Commission() {
	l, _ := conventiontest.Palermo()
	es, _ := implementation.NewCalendar(l).Commission(convention.Period{Start: convention.MustDate("2008-01-01"), End: convention.MustDate("2013-12-31")})
	for _, e := range es {
		if e.Kind != implementation.EventAnnualDiscussion {
			fmt.Println(e)
		}
	}
	// Output:
	// 2008-09-28 mid-term-review 1 (Review art., para. 2(a))
	// 2013-09-28 mid-term-review 2 (Review art., para. 2(a))
	// 2013-09-28 ministerial-review 1 (Review art., para. 2(b))
}

func ExampleCalendar_Missed() {
	l, s := conventiontest.Palermo()
	filed := []convention.Date{convention.MustDate("2008-05-01"), convention.MustDate("2014-02-01")}
	h, _ := implementation.NewCalendar(l).History(s[0], filed, convention.MustDate("2019-01-01"))
	for _, rc := range h {
		fmt.Println(rc.Cycle, rc.Period, rc.State, rc.Filed.String()+";")
	}
	missed, _ := implementation.NewCalendar(l).Missed(s[0], filed, convention.MustDate("2019-01-01"))
	fmt.Println("missed:", missed)
	// Output:
	// 1 2003-09-29/2008-09-28 filed 2008-05-01;
	// 2 2008-09-29/2013-09-28 late 2014-02-01;
	// 3 2013-09-29/2018-09-28 missed ;
	// 4 2018-09-29/2023-09-28 open ;
	// missed: [2018-09-28 report 3 ABW (Information art., para. 1(a))]
}

func ExampleCalendar_Due() {
	l, _ := conventiontest.Palermo()
	es, _ := implementation.NewCalendar(l).Due(convention.Period{Start: convention.MustDate("2008-09-28"), End: convention.MustDate("2008-09-28")})
	fmt.Println(len(es), "events, the first:", es[0], es[1])
	// Output:
	// 42 events, the first: 2008-09-28 mid-term-review 1 (Review art., para. 2(a)) 2008-09-28 annual-discussion 5 (Review art., para. 2(c))
}

func ExampleAssessChecklist() {
	l, s := conventiontest.Palermo()
	c := implementation.Checklist{Party: s[0],
		Requests: []implementation.Request{
			{Ref: "CCPCJ questionnaire 2008", Kind: implementation.InfoReport, Made: convention.MustDate("2008-01-15"),
				Due: convention.MustDate("2008-09-28"), Form: "questionnaire"},
			{Ref: "CCPCJ note 2010/3", Kind: implementation.InfoLaws, Made: convention.MustDate("2010-03-01"),
				Due: convention.MustDate("2010-12-31")},
		},
		Furnished: []implementation.Item{{Title: "First report", Furnished: convention.MustDate("2008-10-15"),
			Request: "CCPCJ questionnaire 2008", Form: "questionnaire"}},
	}
	f := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}
	r, _ := implementation.AssessChecklist(l, c, f, convention.MustDate("2014-01-01"))
	fmt.Print(r)
	// Output:
	// information to be furnished: not-satisfied (Information art., para. 1), as of 2014-01-01
	//   1. Confiscation art., para. 5: Has the State laws or regulations giving effect to the confiscation article, or changes to them? no
	//   2. Functions art., para. 3: Is the State a State Party (the Convention in force for it) on the date? yes
	//   3. Information art., para. 1: Has the Commission requested information of the State by the date? yes
	//   4. Information art., para. 1(b): Has the State promulgated laws or regulations to give effect to the Convention? yes
	//   5. Information art., para. 2: Was each request answered by the date the Commission set? no
	//   6. Information art., para. 2: Was each answer given on the form the Commission prescribed? yes
	//   duties:
	//     - Information art., para. 1(a): Furnish a report every five years on the working of the Convention within its territory.
	//     - Information art., para. 1(b): Furnish the text of all laws and regulations promulgated to give effect to the Convention.
	//     - Information art., para. 2: Furnish the information in such manner and by such dates and use such forms as the Commission may request.
	//   violations:
	//     - Information art., para. 1(b): Furnish the text of all laws and regulations promulgated to give effect to the Convention.
	//     - Information art., para. 2: Furnish the information in such manner and by such dates and use such forms as the Commission may request.
	//   note: 1 request(s) overdue, the first due by 2010-12-31
	//   note: 1 request(s) answered after the date the Commission set
}

func ExampleSelfAssess() {
	a := implementation.Assessment{Party: convention.MustPartyID("FRA")}
	for _, e := range implementation.Catalogue() {
		if e.Cite.Article() != convention.ArtPrivateSector {
			a.Has = a.Has.With(e.Term)
		}
	}
	r, _ := implementation.SelfAssess(a)
	fmt.Println(r.Outcome, "- has", r.Has.Len())
	for _, t := range r.Lacks.Slice() {
		fmt.Println("lacks:", t.Describe().Cite, t.Strength(), t, "("+t.Qualifier()+")")
	}
	for _, t := range r.MayChoose.Slice() {
		fmt.Println("may still choose:", t.Describe().Cite, t.Strength(), t)
	}
	// Output:
	// not-satisfied - has 38
	// lacks: Private sector art. shall private-sector-cooperation (as may be necessary; in accordance with its domestic law)
	// may still choose: Private sector art. (a) may industry-information-sharing
	// may still choose: Private sector art. (b) may incident-alerts
}

func ExampleCatalogue() {
	for _, e := range implementation.Catalogue() {
		if e.Cite.Article() == convention.ArtPrevention {
			fmt.Println(e.Cite, e.Strength, e.Name)
		}
	}
	// Output:
	// Prevention art., para. 1 shall-endeavour prevention-projects
	// Prevention art., para. 2 shall-endeavour criminal-justice-capacity
	// Prevention art., para. 3 shall-endeavour reintegration
	// Prevention art., para. 4 shall-endeavour evaluate-legislation
	// Prevention art., para. 5 shall prevention-collaboration
}

func ExampleReviewDecision() {
	d := implementation.CommissionDecision{Ref: "CCPCJ decision 31/1", Adopted: convention.MustDate("2031-05-20"),
		Reviews: []implementation.Review{{By: implementation.Council, Act: implementation.ActModified, Date: convention.MustDate("2031-07-22"), Ref: "E/DEC/2031/5"}}}
	s, _ := implementation.ReviewDecision(d, convention.MustDate("2031-06-01"))
	fmt.Println(s)
	s, _ = implementation.ReviewDecision(d, convention.MustDate("2031-08-01"))
	fmt.Println(s)
	// Output:
	// as adopted by the Commission, subject to approval or modification (Review art., para. 1)
	// modified by council on 2031-07-22 (E/DEC/2031/5) (Review art., para. 1)
}

func ExampleStanding_Explain() {
	d := implementation.CommissionDecision{Ref: "CCPCJ decision 31/1", Adopted: convention.MustDate("2031-05-20"),
		Reviews: []implementation.Review{{By: implementation.Council, Act: implementation.ActModified, Date: convention.MustDate("2031-07-22"), Ref: "E/DEC/2031/5"}}}
	s, _ := implementation.ReviewDecision(d, convention.MustDate("2031-08-01"))
	e := s.Explain()
	for _, n := range []string{"act", "by", "date", "ref"} {
		v, _ := e.Value(n)
		fmt.Println(n, v)
	}
	// Output:
	// act modified
	// by council
	// date 2031-07-22
	// ref E/DEC/2031/5
}

func ExampleReport_Explain() {
	var has convention.Set[implementation.Term]
	for _, e := range implementation.Catalogue() {
		has = has.With(e.Term)
	}
	r, _ := implementation.SelfAssess(implementation.Assessment{Party: convention.MustPartyID("KEN"),
		Has: has.Without(implementation.TermVictimsAssistance).Without(implementation.TermStricterMeasures)})
	e := r.Explain()
	fmt.Println(e.Outcome, e.Cite)
	for _, v := range e.Violations {
		fmt.Println("lacks:", v.Cite, v.Name)
	}
	fmt.Println(e.Value("may-choose"))
	// Output:
	// not-satisfied Implementation art., para. 1
	// lacks: Victims art., para. 2 victims-assistance
	// stricter-measures true
}

func ExampleSecretariatTasks() {
	fmt.Println(implementation.Secretariat)
	for _, t := range implementation.SecretariatTasks() {
		fmt.Println(t.Describe().Cite, t)
	}
	fmt.Println("expenses:", implementation.ExpensesBorneBy, "as decided by the", implementation.ExpensesDecidedBy.Name())
	// Output:
	// United Nations Office on Drugs and Crime
	// Secretariat art., para. 2(a) secretariat-assist-commission
	// Secretariat art., para. 2(b) secretariat-assist-parties
	// Secretariat art., para. 2(c) secretariat-coordinate
	// expenses: United Nations as decided by the General Assembly
}
