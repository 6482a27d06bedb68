package convention

import (
	"fmt"
	"strconv"

	"github.com/treatyrules/cybercrime/internal/enum"
)

// AmendmentProposalAdmissible decides whether proposer may propose an
// amendment by filing it with the Secretary-General on filed (Amendment
// art., para. 1): only "after the expiry of five years from the entry into
// force of this Convention", and only a State Party may propose.
//
// The five years are counted with AfterExpiryOfYears: they run from the day
// of entry into force and expire at the end of the day before its fifth
// anniversary, so the first admissible day is the anniversary itself (for a
// Convention in force on 29 September 2003, 29 September 2008; for one in
// force on 29 February 2028, 28 February 2033). The proposer must be a
// State and a Party, the Convention in force for it, on the day of filing:
// "a State Party may propose". A regional economic integration
// organization may not: the text names organizations where it gives them a
// role, here only the vote of para. 2 (see the ledger's readings of "State
// Party" and "Party").
//
// Outcomes: Permitted or Prohibited, citing Amendment art., para. 1; Date
// is the first admissible day once the Convention's entry into force is
// known. For a proposer the ledger does not know, NotApplicable, citing
// Depositary art., para. 1, with FinalPartyKnown answered no. It allocates
// nothing.
func AmendmentProposalAdmissible(l Ledger, proposer PartyID, filed Date) Result[Final] {
	r := Result[Final]{Cite: Cite(ArtAmendment, 1), Outcome: Prohibited}
	st, i := l.lookup(proposer)
	if !r.testBool(FinalPartyKnown, i >= 0) {
		r.Outcome, r.Cite = NotApplicable, Cite(ArtDepositary, 1)
		return r
	}
	eif, _ := l.EntryIntoForce()
	r.testBool(FinalGeneralInForce, onOrBefore(eif, filed))
	if !eif.IsZero() {
		r.Date, r.DateLabel = AfterExpiryOfYears(eif, YearsBeforeAmendment), "proposals admissible from"
	}
	ok := r.testBool(FinalFiveYears, onOrBefore(r.Date, filed))
	ok = r.testBool(FinalProposerParty, proposer.IsState() && l.d.inForce(st, filed)) && ok
	if ok {
		r.Outcome = Permitted
	}
	return r
}

// Choice is the way a party present at the meeting voted on an amendment.
// The zero Choice is ChoiceUnknown.
type Choice uint8

// The choices. Only ChoiceFor and ChoiceAgainst are votes: as in the rules
// of procedure of United Nations bodies, "present and voting" means casting
// an affirmative or negative vote, and a party that abstains is considered
// as not voting (Amendment art., para. 1).
const (
	ChoiceUnknown Choice = iota
	ChoiceFor
	ChoiceAgainst
	ChoiceAbstain
	numChoices
)

var choiceEnum = enum.New[Choice]("Choice", "choice", "", "for", "against", "abstain")

// IsValid reports whether c is a declared choice other than ChoiceUnknown.
func (c Choice) IsValid() bool { return c > ChoiceUnknown && c < numChoices }

// IsVote reports whether c is a vote: for or against.
func (c Choice) IsVote() bool { return c == ChoiceFor || c == ChoiceAgainst }

// String returns the choice's token ("for", "against", "abstain"); the
// zero Choice prints as "unknown".
func (c Choice) String() string {
	if c == ChoiceUnknown {
		return "unknown"
	}
	return choiceEnum.String(c)
}

// GoString returns the value for debugging: convention.Choice("for").
func (c Choice) GoString() string { return "convention." + choiceEnum.GoString(c) }

// MarshalText returns String's token; the zero Choice marshals as "", and
// an undeclared value is an error.
func (c Choice) MarshalText() ([]byte, error) { return choiceEnum.Marshal(c) }

// UnmarshalText accepts a token String returns ("for", "against",
// "abstain"); an unknown word is an error listing them.
func (c *Choice) UnmarshalText(b []byte) error {
	v, err := choiceEnum.Parse(b)
	*c = v
	return err
}

// Ballot is one party's choice at the meeting (Amendment art., paras. 1 and
// 2). The zero Ballot is not a valid ballot.
type Ballot struct {
	Party  PartyID `json:"party"`
	Choice Choice  `json:"choice"`
}

// Vote is the consideration of a proposed amendment at a meeting (Amendment
// art., para. 1): the body that met, whether consensus was reached or all
// efforts at it were exhausted, and the ballots cast if it came to a vote.
//
// The text gives the consideration of amendments to a "Conference of the
// Parties", which the Mechanism of Implementation chapter never establishes
// (see the drafting note on Amendment art., para. 1): Body names whichever
// body the parties convene, and the voting rule is applied to it.
//
// Hostile sizes are linear: a vote of any number of ballots is checked and
// counted in time linear in the ballots (a second ballot of a party is a
// Problem); 100,000 ballots take about 15 ms (BenchmarkDecideAmendmentHostile).
//
// The zero Vote is not valid.
type Vote struct {
	Amendment AmendmentRef `json:"amendment"`
	// Body is the body that considered the proposal.
	Body string `json:"body"`
	// Date is the date of the meeting's decision.
	Date Date `json:"date"`
	// Consensus: was consensus on the amendment reached?
	Consensus Judgement `json:"consensus"`
	// EffortsExhausted: when consensus was not reached, had all efforts at
	// consensus been exhausted, so that the amendment went to a vote "as a
	// last resort"? The body's own judgement.
	EffortsExhausted Judgement `json:"efforts_exhausted"`
	// WithinREIOCompetence: is the amendment a matter within the competence
	// of the REIOs that voted (Amendment art., para. 2)? Needed only when a
	// REIO cast a vote.
	WithinREIOCompetence Judgement `json:"within_reio_competence"`
	// Ballots are the choices of the parties present.
	Ballots []Ballot `json:"ballots,omitempty"`
}

// firstDuplicate returns the index of the first ballot whose party appears
// earlier, or -1. It allocates nothing: up to 512 ballots are hashed into a
// table on the stack; longer lists are compared pairwise.
func firstDuplicate(bs []Ballot) int {
	if len(bs) <= 512 {
		var table [1024]uint16 // ballot index + 1
		for i, b := range bs {
			h := hashCode(b.Party.code) & 1023
			for table[h] != 0 {
				if bs[table[h]-1].Party == b.Party {
					return i
				}
				h = (h + 1) & 1023
			}
			table[h] = uint16(i + 1)
		}
		return -1
	}
	for i := range bs {
		for j := 0; j < i; j++ {
			if bs[j].Party == bs[i].Party {
				return i
			}
		}
	}
	return -1
}

func hashCode(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func validJudgement(j Judgement) (string, error) {
	if !j.IsValid() {
		return "a judgement is yes, no or unassessed", ErrInvalid
	}
	return "", nil
}

// voteChecks is the table of Vote.Validate.
var voteChecks = []check[Vote]{
	// "propose an amendment ... for the purpose of considering and deciding
	// on the proposal"
	{Cite: Cite(ArtAmendment, 1), Field: "Amendment", Quote: "for the purpose of considering and deciding on the proposal",
		Test: func(v Vote) (string, error) {
			if v.Amendment == "" {
				return "", ErrMissing
			}
			return "", nil
		}},
	// "The Conference of the Parties shall make every effort to achieve
	// consensus": the body that meets, named by the caller.
	{Cite: Cite(ArtAmendment, 1), Field: "Body", Quote: "The Conference of the Parties shall make every effort to achieve consensus on each amendment",
		Test: func(v Vote) (string, error) {
			if v.Body == "" {
				return "name the body that considered the proposal; the text's Conference of the Parties is never established", ErrMissing
			}
			return "", nil
		}},
	{Cite: Cite(ArtAmendment, 1), Field: "Date", Quote: "at the meeting of the Conference of the Parties",
		Test: func(v Vote) (string, error) {
			if v.Date.IsZero() {
				return "", ErrMissing
			}
			return "", nil
		}},
	{Cite: Cite(ArtAmendment, 1), Field: "Consensus", Quote: "make every effort to achieve consensus on each amendment",
		Test: func(v Vote) (string, error) { return validJudgement(v.Consensus) }},
	// "If all efforts at consensus have been exhausted and no agreement has
	// been reached"
	{Cite: Cite(ArtAmendment, 1), Field: "EffortsExhausted", Quote: "If all efforts at consensus have been exhausted and no agreement has been reached",
		Test: func(v Vote) (string, error) {
			if d, err := validJudgement(v.EffortsExhausted); err != nil {
				return d, err
			}
			if v.Consensus == Yes && v.EffortsExhausted == Yes {
				return "consensus was reached, so efforts at it were not exhausted without agreement", ErrInconsistent
			}
			return "", nil
		}},
	{Cite: Cite(ArtAmendment, 2), Field: "WithinREIOCompetence", Quote: "in matters within their competence",
		Test: func(v Vote) (string, error) { return validJudgement(v.WithinREIOCompetence) }},
	// "as a last resort, require for its adoption a two-thirds majority vote
	// of the States Parties present and voting": no vote where consensus was
	// reached.
	{Cite: Cite(ArtAmendment, 1), Field: "Ballots", Quote: "as a last resort, require for its adoption a two-thirds majority vote",
		Test: func(v Vote) (string, error) {
			if v.Consensus == Yes && len(v.Ballots) > 0 {
				return "ballots recorded although consensus was reached", ErrInconsistent
			}
			return "", nil
		}},
	{Cite: Cite(ArtAmendment, 1), Field: "Ballots", Quote: "the States Parties present and voting",
		Test: func(v Vote) (string, error) {
			for i, b := range v.Ballots {
				if b.Party.IsZero() {
					return "ballot " + strconv.Itoa(i) + " names no party", ErrMissing
				}
			}
			return "", nil
		}},
	{Cite: Cite(ArtAmendment, 1), Field: "Ballots", Quote: "present and voting",
		Test: func(v Vote) (string, error) {
			for i, b := range v.Ballots {
				if !b.Choice.IsValid() {
					return "ballot " + strconv.Itoa(i) + " has no choice (for, against or abstain)", ErrInvalid
				}
			}
			return "", nil
		}},
	{Cite: Cite(ArtAmendment, 1), Field: "Ballots", Quote: "the States Parties present and voting",
		Test: func(v Vote) (string, error) {
			if i := firstDuplicate(v.Ballots); i >= 0 {
				return v.Ballots[i].Party.String() + " has two ballots", ErrInconsistent
			}
			return "", nil
		}},
}

// VoteRules returns the rules Vote.Validate applies, in table order.
func VoteRules() []RuleInfo { return infos(voteChecks) }

// Validate reports every defect of the vote taken alone. Whether the voters
// were Parties, and whether an organization voted together with its member
// States, depend on the ledger: DecideAmendment checks them.
func (v Vote) Validate() error { return runChecks(v, voteChecks).Err() }

// voteStep is what a vote's ledger rule sees.
type voteStep struct {
	v Vote
	l Ledger
}

// voteLedgerChecks are the rules on a vote that depend on the ledger.
var voteLedgerChecks = []check[voteStep]{
	// "a State Party may propose an amendment and file it with the
	// Secretary-General, who shall thereupon communicate the proposed
	// amendment": a vote is on a proposal filed.
	{Cite: Cite(ArtAmendment, 1), Field: "Amendment", Quote: "file it with the Secretary-General, who shall thereupon communicate the proposed amendment",
		Test: func(s voteStep) (string, error) {
			_, on, ok := s.l.AmendmentProposed(s.v.Amendment)
			if !ok || on.After(s.v.Date) {
				return inconsistent("no proposal %q filed by %s", string(s.v.Amendment), s.v.Date)
			}
			if ad, _, ok := s.l.AmendmentAdopted(s.v.Amendment); ok && ad.Before(s.v.Date) {
				return inconsistent("amendment %q already adopted on %s", string(s.v.Amendment), ad)
			}
			return "", nil
		}},
	// "the States Parties present and voting"
	{Cite: Cite(ArtAmendment, 1), Field: "Ballots", Quote: "a two-thirds majority vote of the States Parties present and voting",
		Test: func(s voteStep) (string, error) {
			for i, b := range s.v.Ballots {
				switch {
				case b.Party.IsZero():
				case !s.l.Knows(b.Party):
					return fmt.Sprintf("ballot %d: unknown party %s: the ledger does not list it", i, b.Party), ErrNotApplicable
				case !s.l.IsParty(b.Party, s.v.Date):
					return fmt.Sprintf("ballot %d: %s is not a Party on %s", i, b.Party, s.v.Date), ErrNotApplicable
				}
			}
			return "", nil
		}},
	// "Such organizations shall not exercise their right to vote if their
	// member States exercise theirs and vice versa." An organization votes
	// only "in matters within their competence": outside them it has no
	// right to exercise, its ballot is not counted, and its member States'
	// ballots stand.
	{Cite: Cite(ArtAmendment, 2), Field: "Ballots", Quote: "Such organizations shall not exercise their right to vote if their member States exercise theirs and vice versa",
		Test: func(s voteStep) (string, error) {
			if s.v.WithinREIOCompetence == No {
				return "", nil
			}
			// The organizations that voted, each once (a second ballot is
			// the duplicate rule's problem), so that the rule is linear in
			// the ballots: n ballots times the few organizations recorded.
			var buf [8]Party
			orgs := buf[:0]
		ballots:
			for _, b := range s.v.Ballots {
				if !b.Choice.IsVote() || !b.Party.IsREIO() {
					continue
				}
				for _, o := range orgs {
					if o.ID == b.Party {
						continue ballots
					}
				}
				if org, ok := s.l.Party(b.Party); ok {
					orgs = append(orgs, org)
				}
			}
			for _, org := range orgs {
				for _, m := range s.v.Ballots {
					if m.Choice.IsVote() && org.HasMember(m.Party) {
						if s.v.WithinREIOCompetence == Unassessed {
							return inconsistent("%s and its member State %s both voted: lawful only if the matter is outside the organization's competence, where its ballot is not counted (assess WithinREIOCompetence)", org.ID, m.Party)
						}
						return inconsistent("%s and its member State %s both voted in a matter within the organization's competence", org.ID, m.Party)
					}
				}
			}
			return "", nil
		}},
}

// VoteLedgerRules returns the rules DecideAmendment applies to a vote given
// the ledger, in table order.
func VoteLedgerRules() []RuleInfo { return infos(voteLedgerChecks) }

// AmendmentDecision is the decision on a proposed amendment, with the
// weighted count of the ballots.
type AmendmentDecision struct {
	Result[Final]
	// Body is the body that decided.
	Body string
	// For and Against are the votes cast, a REIO's counted as many times as
	// it has member States that are Parties; Abstaining counts abstentions
	// in the same way. Abstentions are not votes.
	For, Against, Abstaining int
}

// DecideAmendment decides whether the body named in v adopted the amendment
// (Amendment art., paras. 1 and 2):
//
//   - adopted by consensus, if consensus was reached;
//   - not adopted while efforts at consensus are not exhausted;
//   - otherwise, "as a last resort", adopted if at least two thirds of the
//     votes of the States Parties present and voting are for it. Following
//     the rules of procedure of United Nations bodies, "present and voting"
//     counts the votes for and against; abstentions are not votes and never
//     change the result. With no vote cast, the amendment is not adopted.
//   - a REIO votes, in matters within its competence, with as many votes as
//     its member States that are Parties on the day (para. 2); it may not
//     vote if one of its member States votes, and vice versa (a Problem). If
//     the matter is not within its competence it has no vote to exercise:
//     its ballot is not counted and does not bar its member States'
//     ballots, which are counted. Where an organization and a member State
//     both voted and the competence is unassessed, the record is lawful only
//     if the matter is outside the competence: a Problem asks for the
//     assessment.
//
// Outcomes: Adopted, NotAdopted, or Undetermined while the consensus, the
// exhaustion of efforts, or (where a REIO's ballot could change the result)
// its competence is unassessed. The error is only the vote's Problems, and
// those found against the ledger (the proposal filed, the voters Parties).
// The decision path allocates nothing.
func DecideAmendment(l Ledger, v Vote) (AmendmentDecision, error) {
	ps := runChecks(v, voteChecks)
	ps = append(ps, runChecks(voteStep{v, l}, voteLedgerChecks)...)
	if len(ps) > 0 {
		ps.Sort()
		return AmendmentDecision{}, ps
	}
	d := decideAmendment(l, v)
	if d.Outcome == Undetermined {
		d.resolveNeeded(func(f Final, j Judgement) Outcome {
			w := v
			switch f {
			case FinalConsensus:
				w.Consensus = j
			case FinalEffortsExhausted:
				w.EffortsExhausted = j
			case FinalREIOCompetence:
				w.WithinREIOCompetence = j
			}
			return decideAmendment(l, w).Outcome
		})
	}
	return d, nil
}

func decideAmendment(l Ledger, v Vote) AmendmentDecision {
	d := AmendmentDecision{Result: Result[Final]{Cite: Cite(ArtAmendment, 1), Date: v.Date, DateLabel: "vote of"}, Body: v.Body}
	r := &d.Result
	switch r.need(FinalConsensus, r.test(FinalConsensus, v.Consensus)) {
	case Yes:
		r.Outcome = Adopted
		return d
	case Unassessed:
		r.Outcome = Undetermined
		return d
	}
	switch r.need(FinalEffortsExhausted, r.test(FinalEffortsExhausted, v.EffortsExhausted)) {
	case No:
		r.Outcome = NotAdopted
		return d
	case Unassessed:
		r.Outcome = Undetermined
		return d
	}
	in := tally(l, v, true)
	out := tally(l, v, false)
	d.For, d.Against, d.Abstaining = in.yes, in.no, in.abstain
	if in.reioVoted {
		r.Cite = Cite(ArtAmendment, 2)
		switch r.test(FinalREIOCompetence, v.WithinREIOCompetence) {
		case No:
			d.For, d.Against, d.Abstaining = out.yes, out.no, out.abstain
		case Unassessed:
			if in.adopted() != out.adopted() {
				r.need(FinalREIOCompetence, Unassessed)
				r.Outcome = Undetermined
				return d
			}
		}
	}
	if r.testBool(FinalTwoThirds, count{yes: d.For, no: d.Against}.adopted()) {
		r.Outcome = Adopted
	} else {
		r.Outcome = NotAdopted
	}
	return d
}

type count struct {
	yes, no, abstain int
	reioVoted        bool
}

// adopted applies the two-thirds rule to the votes cast.
func (c count) adopted() bool { return c.yes+c.no > 0 && 3*c.yes >= 2*(c.yes+c.no) }

// tally counts the ballots, a REIO's with the weight of its member States
// that are Parties on the day; withREIO false leaves REIO votes out.
func tally(l Ledger, v Vote, withREIO bool) count {
	var c count
	for _, b := range v.Ballots {
		w := 1
		if b.Party.IsREIO() {
			if b.Choice.IsVote() {
				c.reioVoted = true
			}
			if !withREIO {
				continue
			}
			w = 0
			if _, i := l.lookup(b.Party); i >= 0 {
				for _, m := range l.d.u.members[i] {
					if l.d.partyAt(m, v.Date) {
						w++
					}
				}
			}
		}
		switch b.Choice {
		case ChoiceFor:
			c.yes += w
		case ChoiceAgainst:
			c.no += w
		case ChoiceAbstain:
			c.abstain += w
		}
	}
	return c
}

// Explain renders the decision with the count, noting that abstentions are
// not counted as votes and naming the body.
func (d AmendmentDecision) Explain() Explanation {
	e := d.Result.Explain()
	e.Decision = "amendment"
	if d.Body != "" {
		e.Notes = append(e.Notes, "body: "+d.Body+" (the text's Conference of the Parties is never established)")
	}
	if d.Answer(FinalTwoThirds) != Unassessed {
		e.Notes = append(e.Notes, fmt.Sprintf("votes for %d, against %d; %d abstaining, not counted as votes; two thirds of %d is %s",
			d.For, d.Against, d.Abstaining, d.For+d.Against, twoThirds(d.For+d.Against)))
	}
	return e
}

// twoThirds renders the two-thirds threshold of n votes, e.g. "8" or "6.67".
func twoThirds(n int) string {
	if 2*n%3 == 0 {
		return strconv.Itoa(2 * n / 3)
	}
	return strconv.FormatFloat(float64(2*n)/3, 'f', 2, 64)
}

// String renders Explain as text.
func (d AmendmentDecision) String() string { return d.Explain().String() }
