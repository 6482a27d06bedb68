package convention

import (
	"fmt"
	"slices"
	"strconv"

	"golang.org/x/text/language"
)

// The numbers of the entry into force, amendment and denunciation articles.
const (
	// InstrumentsForEntryIntoForce is the number of instruments whose
	// deposit brings the Convention into force (Entry into force art.,
	// para. 1).
	InstrumentsForEntryIntoForce = 40
	// DaysToEntryIntoForce: the Convention enters into force on the
	// ninetieth day after the fortieth instrument (Entry into force art.,
	// para. 1).
	DaysToEntryIntoForce = 90
	// DaysToPartyEntryIntoForce: for a later instrument, on the thirtieth day
	// after its deposit (Entry into force art., para. 2).
	DaysToPartyEntryIntoForce = 30
	// DaysToAmendmentInForce: an amendment enters into force for a State
	// Party ninety days after its deposit of an instrument of ratification,
	// acceptance or approval of it (Amendment art., para. 4).
	DaysToAmendmentInForce = 90
	// YearsBeforeAmendment: amendments may be proposed after the expiry of
	// five years from entry into force (Amendment art., para. 1).
	YearsBeforeAmendment = 5
	// YearsToDenunciation: a denunciation becomes effective one year after
	// its receipt (Denunciation art., para. 1).
	YearsToDenunciation = 1
)

// Ledger is the depositary's record of the Convention: the States and
// regional economic integration organizations (REIOs) that may act, and
// every signature, instrument, declaration, notification, denunciation and
// amendment step, each dated. It answers, for any date, who has signed, who
// is a Party, when the Convention entered into force generally and for each
// party, whether it is in force between two parties, which reservations and
// notifications stand, and which amendments bind whom.
//
// A Ledger is immutable: Add returns a new Ledger, or the Problems saying
// which rule the action breaks, and leaves the receiver unchanged. It is
// safe for concurrent use. The zero Ledger knows no party: every query
// answers "no" and Add rejects every action.
//
// # Order of the record
//
// Real records arrive out of order. A ledger's answers depend only on the
// set of actions it holds, never on the order in which they were added:
// actions are kept and evaluated in the order of [Action.Compare] (by date;
// on the same day signatures, then deposits, then declarations, then the
// rest, and States before REIOs), and every rule that depends on another
// action (a REIO signs only if a member State has signed) is evaluated as of
// the acting date. An action dated before one already recorded is checked
// against what was recorded up to its date, and is refused if it would make
// a later recorded action break a rule. (So an accession after a
// denunciation, recorded before the participation it follows, blocks the
// earlier instrument, which would make it a second one while the first
// stands: record such a history in date order, or with Build.)
//
// # Participations
//
// A State whose denunciation has taken effect may accede again ("This
// Convention is open for accession by any State", Signature art., para. 4):
// its new instrument begins a new participation ([Participation]), in force
// on the thirtieth day after its deposit. A REIO that ceased to be a Party
// may accede again once a member State is a Party. A State is counted once
// among the forty instruments of Entry into force art., para. 1.
// Reservations, notifications and acceptances of amendments belong to the
// participation in which they were made and lapse with it. The queries
// without a date (PartyEntryIntoForce, Ceases, DenouncesProtocols) answer
// for the latest participation.
//
// # Reading "State Party"
//
// Where the final provisions give a regional economic integration
// organization a role they name it: it signs, ratifies, accepts, approves
// or accedes (Signature art., paras. 2-4), the Convention enters into
// force for it (Entry into force art., para. 2), it votes on amendments
// (Amendment art., para. 2) and it ceases to be a Party when its member
// States have denounced (Denunciation art., para. 2). The text has no
// clause, like UNTOC art. 2(j), applying "States Parties" to organizations
// within their competence. So where it says "a State Party" or "States
// Parties" the ledger reads a State: an organization does not make the
// reservation of Disputes art., para. 3 (nor is it a party to a dispute
// under para. 2, see DecideDispute), does not propose an amendment
// (Amendment art., para. 1: "a State Party may propose"), does not
// ratify, accept or approve one (para. 3: "by States Parties"), and does
// not denounce (Denunciation art., para. 1: "A State Party may denounce").
//
// # Reading "Party"
//
// The ledger follows the Vienna Convention on the Law of Treaties, art.
// 2(1)(f)-(g), and the Secretary-General's depositary practice: a party has
// "deposited" (is a contracting party) from the date of deposit of its
// instrument, and "is a Party" only once the Convention is in force for it.
// Where the text says "Party" (a REIO accedes if a member State "is a
// Party", Signature art., para. 4; a State Party proposes, accepts or votes
// on amendments and denounces, Amendment art., paras. 1-3; Denunciation
// art., para. 1), the ledger requires the Convention to be in force for the
// party on that date. Where it says a member State "has done likewise"
// (Signature art., para. 3), a deposit suffices; the ledger reads "likewise"
// as any instrument expressing consent to be bound, accession included.
//
// # Cost
//
// A Ledger is a persistent value: Add derives a new ledger that shares
// its record and state with the old one and copies only what changes, and
// the old ledger goes on answering as before (see ledger_persist.go). Both
// are safe for concurrent use; nothing either can reach is written again.
//
//   - [Build] sorts the actions (O(n log n) comparisons, O(n) for a record
//     in order) and evaluates them in one pass, each action in time that
//     does not grow with the record: linear in the record otherwise. A
//     million actions build in about 1.5 seconds; there is no size limit
//     beyond memory (about 250 bytes an action).
//   - [Ledger.Add] of an action dated after every recorded one costs about
//     two microseconds whatever the record's length: recording a history of
//     a million actions one by one takes about 3 seconds, what Build of it
//     takes twice over. Deriving a second ledger from the same one by such
//     an Add copies the record (O(n)).
//   - [Ledger.Add] of an action dated before recorded ones re-evaluates
//     the record from the last checkpoint before it (one every 2,048
//     actions): O(n) at worst, as long as Build.
//   - Queries cost one map lookup and a short walk, and allocate nothing;
//     a query about a date before a party's latest notification or
//     participation walks back through that party's own list.
type Ledger struct{ d *ledgerData }

// universe is what a ledger knows of its parties; it never changes once
// built, and every ledger derived from the first shares it.
type universe struct {
	parties []Party // sorted by code
	index   map[PartyID]int32
	reio    []bool
	members [][]int32 // a REIO's member States
	// memberOf lists, for a State, the REIOs it belongs to.
	memberOf [][]int32
}

// ledgerData is one ledger's state. Every field is a value or a persistent
// structure (see ledger_persist.go): deriving a ledger copies this struct
// and updates the copy along the paths that change.
type ledgerData struct {
	u       *universe
	st      pvec[*partyState]
	actions plog[Action]
	// deposits holds the dates of States' instruments counted for entry
	// into force, each State's first, in ledger order.
	deposits plog[Date]
	fortieth int32
	eif      Date
	amends   pvec[*amendState]
	amendIx  pmap
	// checkpoints holds the state after every checkpointEvery actions, so
	// that an action recorded out of order re-evaluates the record from the
	// last checkpoint before it rather than from the start.
	checkpoints pvec[*ledgerData]
	// edit is the token of the evaluation that owns this state; nil once
	// the ledger is returned.
	edit *editToken
}

// checkpointEvery is the number of actions between two checkpoints.
const checkpointEvery = 2048

// partyState is what the record says of one party. A published partyState
// is never written again: apply copies it first (mut).
type partyState struct {
	edit   *editToken
	signed Date
	// terms are the party's participations, newest first: a State whose
	// denunciation has taken effect may accede again (Signature art., para.
	// 4), and a new term begins.
	terms        *cons[term]
	nterms       int32
	reservations *cons[span]
	basis        plog[dated[Judgement]]
	authority    plog[dated[string]]
	languages    plog[dated[[]language.Tag]]
	competence   plog[dated[string]]
}

// emptyParty is the state of a party that has done nothing; read only.
var emptyParty partyState

// term is one participation of a party: from the deposit of an instrument
// of ratification, acceptance, approval or accession until the party ceased
// to be bound. ceased is the first day it is no longer bound: for a State
// the day its denunciation takes effect; for a REIO the day of Denunciation
// art., para. 2, as the actions recorded so far determine it (a later
// instrument of a member may put it off).
type term struct {
	deposited    Date
	kind         ActionKind
	denounced    Date
	denEffective Date
	ceased       Date
}

// last returns the party's latest term, or nil.
func (st *partyState) last() *term {
	if st.terms == nil {
		return nil
	}
	return &st.terms.v
}

// termAt returns the latest term begun on or before on and its list node,
// or nil.
func (st *partyState) termAt(on Date) (*term, *cons[term]) {
	for c := st.terms; c != nil; c = c.next {
		if !c.v.deposited.After(on) {
			return &c.v, c
		}
	}
	return nil, nil
}

// span is [from, to): to is zero while open.
type span struct{ from, to Date }

type dated[T any] struct {
	on Date
	v  T
}

// amendState is what the record says of one amendment. Like partyState, it
// is copied before it is written.
type amendState struct {
	edit     *editToken
	ref      AmendmentRef
	proposer int32
	proposed Date
	adopted  Date
	body     string
	// accepted holds, for each party, the dates of its instruments of
	// ratification, acceptance or approval of the amendment, newest first:
	// one per participation.
	accepted pvec[*cons[Date]]
}

// party returns p's state (read only).
func (d *ledgerData) party(p int32) *partyState {
	if st := d.st.get(int(p)); st != nil {
		return st
	}
	return &emptyParty
}

// mut returns p's state, writable by the evaluation that owns d.
func (d *ledgerData) mut(p int32) *partyState {
	cur := d.st.get(int(p))
	if cur != nil && cur.edit == d.edit {
		return cur
	}
	n := &partyState{}
	if cur != nil {
		*n = *cur
	}
	n.edit = d.edit
	d.st = d.st.set(int(p), n, d.edit)
	return n
}

// amendment returns the index and state of the amendment ref.
func (d *ledgerData) amendment(ref AmendmentRef) (int32, *amendState, bool) {
	i, ok := d.amendIx.get(ref)
	if !ok {
		return -1, nil, false
	}
	return i, d.amends.get(int(i)), true
}

// mutAmend returns amendment i's state, writable by the evaluation that
// owns d.
func (d *ledgerData) mutAmend(i int32) *amendState {
	cur := d.amends.get(int(i))
	if cur.edit == d.edit {
		return cur
	}
	n := *cur
	n.edit = d.edit
	d.amends = d.amends.set(int(i), &n, d.edit)
	return &n
}

// NewLedger returns an empty ledger of the given parties. Each party must
// be valid (Party.Validate), listed once, and a REIO's members must be
// States listed among the parties. Errors are Problems.
func NewLedger(parties []Party) (Ledger, error) { return Build(parties, nil) }

// Build returns the ledger of the given parties and actions, evaluated in
// the ledger's order (see [Action.Compare]) whatever their order in the
// slice, so that the result depends only on the set of actions.
//
// Every action that breaks a rule (see [ActionRules] and [LedgerRules]) is
// left out and reported, with its index in actions, and the ledger of the
// others is returned together with the Problems. When the parties
// themselves are invalid, Build returns the zero Ledger and their Problems.
//
// Build sorts the actions, O(n log n) comparisons (O(n) for a record
// already in order), and evaluates them in one pass, each action in time
// independent of n; it allocates in proportion to the record. A million
// actions build in about two seconds.
func Build(parties []Party, actions []Action) (Ledger, error) {
	l, ps := build(parties, actions, nil)
	return l, ps.Err()
}

// build is Build reporting the problems of actions[i] under index[i] (i
// when index is nil).
func build(parties []Party, actions []Action, index []int) (Ledger, Problems) {
	u, ps := newUniverse(parties)
	if len(ps) > 0 {
		return Ledger{}, ps
	}
	in := make([]Action, len(actions))
	order := make([]int, len(actions))
	for i, a := range actions {
		in[i], order[i] = a.clone(), i
	}
	// Sort indices, not the actions: a total order (ties broken by input
	// position, which only ever separates identical actions).
	slices.SortFunc(order, func(x, y int) int {
		if c := in[x].Compare(in[y]); c != 0 {
			return c
		}
		return cmpInt(x, y)
	})
	d := u.empty()
	d.actions = withCap[Action](len(in))
	d.edit = new(editToken)
	for _, i := range order {
		if qs := d.record(in[i], true); len(qs) > 0 {
			at := i
			if index != nil {
				at = index[i]
			}
			ps = append(ps, qs.Prefixed("Actions["+strconv.Itoa(at)+"].")...)
		}
	}
	d.edit = nil
	ps.Sort()
	return Ledger{d}, ps
}

// partyValid reports, without allocating, whether p passes Party.Validate:
// Build asks Party.Validate for the Problems only of a party that does not.
func partyValid(p Party) bool {
	switch {
	case p.ID.IsZero(), p.ID.IsState() && len(p.Members) > 0, p.ID.IsREIO() && len(p.Members) == 0:
		return false
	}
	for i, m := range p.Members {
		if !m.IsState() || slices.Contains(p.Members[:i], m) {
			return false
		}
	}
	return true
}

func newUniverse(parties []Party) (*universe, Problems) {
	var ps Problems
	u := &universe{index: make(map[PartyID]int32, len(parties))}
	for i, p := range parties {
		if !partyValid(p) {
			f := "Parties[" + strconv.Itoa(i) + "]."
			ps = append(ps, AsProblems(p.Validate()).Prefixed(f)...)
		}
		if !p.ID.IsZero() {
			if _, dup := u.index[p.ID]; dup {
				ps = append(ps, Problem{Field: "Parties[" + strconv.Itoa(i) + "].ID", Cite: Cite(ArtDepositary, 1), Err: ErrInconsistent,
					Detail: "party " + p.ID.String() + " listed twice"})
			}
			u.index[p.ID] = -1
		}
	}
	for i, p := range parties {
		for j, m := range p.Members {
			if _, ok := u.index[m]; m.IsState() && !ok {
				ps = append(ps, Problem{Field: fmt.Sprintf("Parties[%d].Members[%d]", i, j), Cite: Cite(ArtSignature, 2),
					Err: ErrInconsistent, Detail: "member State " + m.String() + " is not among the parties"})
			}
		}
	}
	if len(ps) > 0 {
		ps.Sort()
		return nil, ps
	}
	u.parties = make([]Party, len(parties))
	copy(u.parties, parties)
	slices.SortFunc(u.parties, func(a, b Party) int { return a.ID.Compare(b.ID) })
	for i, p := range u.parties {
		u.index[p.ID] = int32(i)
	}
	u.reio = make([]bool, len(u.parties))
	u.members = make([][]int32, len(u.parties))
	u.memberOf = make([][]int32, len(u.parties))
	for i, p := range u.parties {
		if !p.IsREIO() {
			continue
		}
		p.Members = slices.Clone(p.Members)
		slices.SortFunc(p.Members, PartyID.Compare)
		u.parties[i] = p
		u.reio[i] = true
		u.members[i] = make([]int32, len(p.Members))
		for j, m := range p.Members {
			mi := u.index[m]
			u.members[i][j] = mi
			u.memberOf[mi] = append(u.memberOf[mi], int32(i))
		}
	}
	return u, nil
}

// empty returns the ledger of u with no action recorded.
func (u *universe) empty() *ledgerData {
	return &ledgerData{u: u, fortieth: -1, st: newPvec[*partyState](len(u.parties))}
}

// record checks a against the rules as of its date and, if it breaks none,
// applies it. Actions must come in ledger order. validate says whether to
// apply Action.Validate too.
func (d *ledgerData) record(a Action, validate bool) Problems {
	var ps Problems
	if validate {
		ps = AsProblems(a.Validate())
	}
	if len(ps) == 0 {
		p := int32(-1)
		if i, ok := d.u.index[a.Party]; ok {
			p = i
		}
		ps = runChecks(step{a: a, d: d, p: p}, ledgerChecksByKind[a.Kind%numActionKinds])
		if len(ps) == 0 {
			d.apply(a, p)
		}
	}
	return ps
}

func (d *ledgerData) apply(a Action, p int32) {
	d.actions = d.actions.push(a)
	defer d.checkpoint()
	switch a.Kind {
	case ActionAmendmentProposal:
		i := int32(d.amends.n)
		d.amends = d.amends.push(&amendState{edit: d.edit, ref: a.Amendment, proposer: p, proposed: a.Date,
			accepted: newPvec[*cons[Date]](len(d.u.parties))}, d.edit)
		d.amendIx = d.amendIx.put(a.Amendment, i, d.edit)
		return
	case ActionAmendmentAdoption:
		i, _, _ := d.amendment(a.Amendment)
		m := d.mutAmend(i)
		m.adopted, m.body = a.Date, a.Body
		return
	case ActionAmendmentAcceptance:
		i, _, _ := d.amendment(a.Amendment)
		m := d.mutAmend(i)
		m.accepted = m.accepted.set(int(p), m.accepted.get(int(p)).push(a.Date), d.edit)
		return
	}
	st := d.mut(p)
	switch a.Kind {
	case ActionSignature:
		st.signed = a.Date
	case ActionRatification, ActionAcceptance, ActionApproval, ActionAccession:
		first := st.terms == nil
		st.terms, st.nterms = st.terms.push(term{deposited: a.Date, kind: a.Kind}), st.nterms+1
		switch {
		case d.u.reio[p]:
			st.competence = st.competence.push(dated[string]{a.Date, a.Competence})
			d.recomputeREIO(p, a.Date)
		case first:
			// A State is counted once: its instrument after its own
			// denunciation comes after the Convention's entry into force
			// (only a Party denounces) and is not counted again.
			d.deposits = d.deposits.push(a.Date)
			if d.deposits.n == InstrumentsForEntryIntoForce {
				d.fortieth, d.eif = p, NthDayAfter(a.Date, DaysToEntryIntoForce)
			}
		}
		for _, r := range d.u.memberOf[p] {
			d.recomputeREIO(r, a.Date)
		}
	case ActionCompetence:
		st.competence = st.competence.push(dated[string]{a.Date, a.Competence})
	case ActionExtraditionBasis:
		st.basis = st.basis.push(dated[Judgement]{a.Date, a.Basis})
	case ActionCentralAuthority:
		st.authority = st.authority.push(dated[string]{a.Date, a.Authority})
	case ActionLanguages:
		st.languages = st.languages.push(dated[[]language.Tag]{a.Date, a.Languages})
	case ActionDisputeReservation:
		if !d.reservedAt(p, a.Date) {
			st.reservations = st.reservations.push(span{from: a.Date})
		}
	case ActionWithdrawReservation:
		r := st.reservations.v
		r.to = a.Date
		st.reservations = st.reservations.next.push(r)
	case ActionDenunciation:
		t := st.terms.v
		t.denounced, t.denEffective = a.Date, YearsAfter(a.Date, YearsToDenunciation)
		t.ceased = t.denEffective
		st.terms = st.terms.next.push(t)
		for _, r := range d.u.memberOf[p] {
			d.recomputeREIO(r, a.Date)
		}
	}
}

// checkpoint keeps the state as a checkpoint when the record's length is a
// multiple of checkpointEvery. The state is frozen first: its evaluation
// takes a new edit token, so that no node the checkpoint reaches is written
// again.
func (d *ledgerData) checkpoint() {
	if d.actions.n%checkpointEvery != 0 {
		return
	}
	snap := *d
	snap.edit = nil
	d.edit = new(editToken)
	d.checkpoints = d.checkpoints.push(&snap, d.edit)
}

// recomputeREIO updates, after an instrument or a denunciation dated on by
// REIO r or one of its member States, the day r's current participation
// ends under Denunciation art., para. 2: "when all of its member States
// have denounced it". Of the member States bound on on (their instrument
// deposited, their denunciation not yet effective), if every one has
// denounced, r ceases on the day the last of those denunciations takes
// effect; if one has not, r goes on. A member State that never consented
// to be bound cannot denounce and is not waited for; one whose
// participation ended before on is bound no more. A cessation already
// reached before on is final. Each call costs the number of r's members.
func (d *ledgerData) recomputeREIO(r int32, on Date) {
	st := d.party(r)
	if st.terms == nil {
		return
	}
	rt := st.terms.v
	if !rt.ceased.IsZero() && rt.ceased.Before(on) {
		return
	}
	var end Date
	bound := false
	for _, m := range d.u.members[r] {
		mt := d.party(m).last()
		if mt == nil || !mt.ceased.IsZero() && !mt.ceased.After(on) {
			continue // never bound, or no longer
		}
		if mt.ceased.IsZero() {
			end, bound = Date{}, true
			break
		}
		end, bound = latest(end, mt.ceased), true
	}
	if !bound || end == rt.ceased {
		return
	}
	ms := d.mut(r)
	rt.ceased = end
	ms.terms = ms.terms.next.push(rt)
}

// eifOf returns the date the Convention enters into force for the term t,
// or zero while fewer than forty States' instruments are recorded. Read
// literally, Entry into force art., para. 2 would bring the Convention into
// force for an instrument deposited less than sixty days after the fortieth
// before it is in force at all; as the depositary does under UNTOC art.
// 38(2), the later of the thirtieth day after the deposit and the general
// entry into force is taken. An instrument deposited on or before the
// fortieth takes effect at the general entry into force, which is always
// the later date. An instrument deposited after the party's own
// denunciation took effect (a new accession) is necessarily after the
// fortieth, since only a Party denounces: it takes effect on the thirtieth
// day after its deposit.
func (d *ledgerData) eifOf(t *term) Date {
	if t == nil || t.deposited.IsZero() || d.eif.IsZero() {
		return Date{}
	}
	return latest(NthDayAfter(t.deposited, DaysToPartyEntryIntoForce), d.eif)
}

func latest(a, b Date) Date {
	if a.After(b) {
		return a
	}
	return b
}

// ceasedBy returns the first day, on or before on, from which the party is
// no longer bound in its term t (its denunciation effective or, for a
// REIO, the day of Denunciation art., para. 2), or zero.
func ceasedBy(t *term, on Date) Date {
	if t.ceased.IsZero() || t.ceased.After(on) {
		return Date{}
	}
	return t.ceased
}

// contracting reports whether p has an instrument standing on on: deposited
// by then, and p not ceased to be bound.
func (d *ledgerData) contracting(p int32, on Date) bool {
	t, _ := d.party(p).termAt(on)
	return t != nil && ceasedBy(t, on).IsZero()
}

// partyAt reports whether the Convention is in force for p on on.
func (d *ledgerData) partyAt(p int32, on Date) bool {
	return d.inForce(d.party(p), on)
}

// inForce reports whether the Convention is in force on asOf for the party
// whose state is st.
func (d *ledgerData) inForce(st *partyState, asOf Date) bool {
	t, _ := st.termAt(asOf)
	e := d.eifOf(t)
	return !e.IsZero() && !e.After(asOf) && ceasedBy(t, asOf).IsZero()
}

// reservedAt reports whether p has a reservation under Disputes art., para.
// 3 in force on on. A reservation belongs to the participation in which it
// was made: it lapses when the party ceases to be bound, and one made
// during an earlier participation does not revive with a new instrument.
func (d *ledgerData) reservedAt(p int32, on Date) bool {
	st := d.party(p)
	t, node := st.termAt(on)
	var from Date // reservations made before this are of an earlier term
	if t != nil {
		if !ceasedBy(t, on).IsZero() {
			return false
		}
		if node.next != nil {
			from = node.next.v.ceased
		}
	}
	for c := st.reservations; c != nil; c = c.next {
		r := c.v
		switch {
		case r.from.After(on):
			continue
		case r.from.Before(from):
			return false
		}
		return r.to.IsZero() || on.Before(r.to)
	}
	return false
}

// acceptedIn returns the date of p's instrument of acceptance of amendment
// a deposited during its term t, or zero: acceptances made during an
// earlier participation lapsed when it ceased to be bound.
func acceptedIn(a *amendState, p int32, t *term) Date {
	if t == nil || a == nil {
		return Date{}
	}
	for c := a.accepted.get(int(p)); c != nil; c = c.next {
		if c.v.Before(t.deposited) {
			break
		}
		if t.ceased.IsZero() || c.v.Before(t.ceased) {
			return c.v
		}
	}
	return Date{}
}

// amendmentOpens returns the first day on which amendments may be
// proposed: after the expiry of five years from entry into force.
func (d *ledgerData) amendmentOpens() Date {
	if d.eif.IsZero() {
		return Date{}
	}
	return AfterExpiryOfYears(d.eif, YearsBeforeAmendment)
}

// Add returns a new ledger with a recorded, or the Problems saying which
// rules it breaks. a is checked as of its own date, against the actions
// recorded up to that date; it is also refused if it would make an action
// already recorded for a later date break a rule (a second deposit dated
// before the first, a denunciation before a later acceptance of an
// amendment). Problems on a itself have Field "Action.<field>"; those on a
// recorded action it would invalidate have Field "Action" and name that
// action. The receiver is unchanged and still answers as before; the two
// ledgers share what they have in common.
//
// An action that sorts after every recorded one (see [Action.Compare]) is
// checked and recorded in time independent of the record's length: a
// history recorded action by action in date order costs what Build of it
// costs. The first ledger derived from l by such an Add extends l's record
// in place; a second one derived from the same l copies the record (O(n)).
// An action that sorts before a recorded one re-evaluates the record from
// the last checkpoint before it (one every 2,048 actions): it costs in
// proportion to the number of actions recorded after it, and at worst
// O(n).
func (l Ledger) Add(a Action) (Ledger, error) {
	if ps := AsProblems(a.Validate()); len(ps) > 0 {
		return l, ps.Prefixed("Action.")
	}
	if l.d == nil {
		return l, Problems{{Field: "Action.Party", Cite: Cite(ArtDepositary, 1), Err: ErrInconsistent,
			Detail: "the ledger knows no party"}}
	}
	a = a.clone()
	recorded := l.d.actions.all()
	at, dup := len(recorded), false
	if len(recorded) > 0 && recorded[len(recorded)-1].Compare(a) >= 0 {
		at, dup = slices.BinarySearchFunc(recorded, a, Action.Compare)
	}
	if dup {
		return l, Problems{{Field: "Action.Kind", Cite: Cite(ArtDepositary, 1), Err: ErrInconsistent, Detail: "already recorded"}}
	}
	if at == len(recorded) {
		n := *l.d
		n.edit = new(editToken)
		if ps := n.record(a, false); len(ps) > 0 {
			return l, ps.Prefixed("Action.")
		}
		n.edit = nil
		return Ledger{&n}, nil
	}
	// Re-evaluate from the last checkpoint before a: the actions before a
	// were lawful in this order and are applied again without their checks.
	c := at / checkpointEvery
	n := l.d.u.empty()
	if c > 0 {
		cp := *l.d.checkpoints.get(c - 1)
		cp.checkpoints = l.d.checkpoints.truncate(c)
		n = &cp
	}
	n.edit = new(editToken)
	n.actions = withCap[Action](len(recorded) + 1)
	copy(n.actions.b.items, recorded[:c*checkpointEvery])
	n.actions.n = c * checkpointEvery
	n.actions.b.claimed.Store(int64(n.actions.n))
	for _, old := range recorded[c*checkpointEvery : at] {
		n.apply(old, n.u.index[old.Party])
	}
	var ps Problems
	for i := at; i <= len(recorded); i++ {
		if i == at {
			ps = append(ps, n.record(a, false).Prefixed("Action.")...)
		}
		if i == len(recorded) {
			break
		}
		old := recorded[i]
		for _, p := range n.record(old, false) {
			p.Field = "Action"
			p.Detail = "would make the recorded action " + old.String() + " break a rule: " + p.Detail
			ps = append(ps, p)
		}
	}
	if len(ps) > 0 {
		ps.Sort()
		return l, ps
	}
	n.edit = nil
	return Ledger{n}, nil
}

// step is what a ledger rule sees: the action, the ledger as recorded up to
// the action's place in the order, and the acting party's index (-1 when
// unknown).
type step struct {
	a Action
	d *ledgerData
	p int32
}

func (s step) known() bool { return s.p >= 0 }

func (s step) st() *partyState { return s.d.party(s.p) }

func (s step) reio() bool { return s.d.u.reio[s.p] }

func (s step) is(kinds ...ActionKind) bool { return slices.Contains(kinds, s.a.Kind) && s.known() }

// standingInstrument reports, for a new instrument, the party's term t if
// it still stands on the action's date: the party is bound (or its
// denunciation has not yet taken effect), so a new instrument would be a
// second one.
func (s step) standingInstrument(t *term) (string, error) {
	if ceasedBy(t, s.a.Date).IsZero() {
		if !t.denEffective.IsZero() {
			return inconsistent("already deposited an instrument of %s on %s; its denunciation takes effect on %s, from when it may accede again",
				t.kind, t.deposited, t.denEffective)
		}
		return inconsistent("already deposited an instrument of %s on %s", t.kind, t.deposited)
	}
	return "", nil
}

// notState is the problem of an organization acting where the text says "a
// State Party".
func notState(s step) (string, error) {
	return inconsistent("%s is a regional economic integration organization; the text gives this to \"a State Party\", and names organizations where it gives them a role", s.a.Party)
}

func inconsistent(format string, args ...any) (string, error) {
	return fmt.Sprintf(format, args...), ErrInconsistent
}

// ledgerChecks are the rules that depend on other recorded actions, each
// evaluated as of the action's date. Each rule returns nil for an action it
// does not govern, and for an unknown party, which the first rule reports.
var ledgerRules = []ledgerRule{
	// "The Secretary-General of the United Nations is designated depositary"
	// : the ledger records actions of the States and organizations it knows.
	{kinds: allKinds, check: check[step]{Cite: Cite(ArtDepositary, 1), Field: "Party",
		Quote: "The Secretary-General of the United Nations is designated depositary of this Convention",
		Test: func(s step) (string, error) {
			if s.a.Kind != ActionAmendmentAdoption && !s.known() {
				return inconsistent("unknown party %s", s.a.Party)
			}
			return "", nil
		}}},
	// The same action is recorded once.
	{kinds: allKinds, check: check[step]{Cite: Cite(ArtDepositary, 1), Field: "Kind",
		Quote: "The Secretary-General of the United Nations is designated depositary of this Convention",
		Test: func(s step) (string, error) {
			if all := s.d.actions.all(); len(all) > 0 && all[len(all)-1].Compare(s.a) == 0 {
				return inconsistent("already recorded")
			}
			return "", nil
		}}},
	// "This Convention shall be open to all States for signature": a party
	// signs once, and before it consents to be bound.
	{kinds: kinds(ActionSignature), check: check[step]{Cite: Cite(ArtSignature, 1), Field: "Date",
		Quote: "This Convention shall be open to all States for signature",
		Test: func(s step) (string, error) {
			if !s.is(ActionSignature) {
				return "", nil
			}
			if st := s.st(); !st.signed.IsZero() {
				return inconsistent("already signed on %s", st.signed)
			} else if t := st.last(); t != nil {
				return inconsistent("signature after its instrument of %s of %s", t.kind, t.deposited)
			}
			return "", nil
		}}},
	// "open for signature by regional economic integration organizations
	// provided that at least one member State of such organization has
	// signed"
	{kinds: kinds(ActionSignature), check: check[step]{Cite: Cite(ArtSignature, 2), Field: "Party",
		Quote: "provided that at least one member State of such organization has signed this Convention",
		Test: func(s step) (string, error) {
			if !s.is(ActionSignature) || !s.reio() {
				return "", nil
			}
			for _, m := range s.d.u.members[s.p] {
				if sg := s.d.party(m).signed; !sg.IsZero() && !sg.After(s.a.Date) {
					return "", nil
				}
			}
			return inconsistent("no member State of %s has signed by %s", s.a.Party, s.a.Date)
		}}},
	// "This Convention is subject to ratification, acceptance or approval":
	// of a signatory; a State that has not signed accedes (para. 4).
	{kinds: raa, check: check[step]{Cite: Cite(ArtSignature, 3), Field: "Kind",
		Quote: "This Convention is subject to ratification, acceptance or approval",
		Test: func(s step) (string, error) {
			if s.is(ActionRatification, ActionAcceptance, ActionApproval) && s.st().signed.IsZero() {
				return inconsistent("%s by %s, which has not signed; a non-signatory accedes (para. 4)", s.a.Kind, s.a.Party)
			}
			return "", nil
		}}},
	// "A regional economic integration organization may deposit its
	// instrument of ratification, acceptance or approval if at least one of
	// its member States has done likewise."
	{kinds: raa, check: check[step]{Cite: Cite(ArtSignature, 3), Field: "Party",
		Quote: "A regional economic integration organization may deposit its instrument of ratification, acceptance or approval if at least one of its member States has done likewise",
		Test: func(s step) (string, error) {
			if !s.is(ActionRatification, ActionAcceptance, ActionApproval) || !s.reio() {
				return "", nil
			}
			for _, m := range s.d.u.members[s.p] {
				if s.d.contracting(m, s.a.Date) {
					return "", nil
				}
			}
			return inconsistent("no member State of %s has deposited an instrument that stands on %s", s.a.Party, s.a.Date)
		}}},
	// "open for accession by any State or any regional economic integration
	// organization of which at least one member State is a Party"
	{kinds: kinds(ActionAccession), check: check[step]{Cite: Cite(ArtSignature, 4), Field: "Party",
		Quote: "open for accession by any State or any regional economic integration organization of which at least one member State is a Party to this Convention",
		Test: func(s step) (string, error) {
			if !s.is(ActionAccession) || !s.reio() {
				return "", nil
			}
			for _, m := range s.d.u.members[s.p] {
				if s.d.partyAt(m, s.a.Date) {
					return "", nil
				}
			}
			return inconsistent("no member State of %s is a Party (the Convention in force for it) on %s", s.a.Party, s.a.Date)
		}}},
	// One instrument of ratification, acceptance or approval per party: a
	// signatory ratifies its signature once. A State whose denunciation has
	// taken effect comes back by accession (para. 4).
	{kinds: raa, check: check[step]{Cite: Cite(ArtSignature, 3), Field: "Date",
		Quote: "Instruments of ratification, acceptance or approval shall be deposited with the Secretary-General",
		Test: func(s step) (string, error) {
			if !s.is(ActionRatification, ActionAcceptance, ActionApproval) {
				return "", nil
			}
			if t := s.st().last(); t != nil {
				if detail, err := s.standingInstrument(t); err != nil {
					return detail, err
				}
				return inconsistent("its participation under its instrument of %s of %s ended on %s; the Convention is open to it again for accession (para. 4), not for a second %s of its signature",
					t.kind, t.deposited, ceasedBy(t, s.a.Date), s.a.Kind)
			}
			return "", nil
		}}},
	// No instrument of accession while another instrument stands. The
	// Convention "shall be open for accession by any State": a State whose
	// denunciation has taken effect may accede again.
	{kinds: kinds(ActionAccession), check: check[step]{Cite: Cite(ArtSignature, 4), Field: "Date",
		Quote: "Instruments of accession shall be deposited with the Secretary-General",
		Test: func(s step) (string, error) {
			if !s.is(ActionAccession) {
				return "", nil
			}
			if t := s.st().last(); t != nil {
				return s.standingInstrument(t)
			}
			return "", nil
		}}},
	// "Such organization shall also inform the depositary of any relevant
	// modification in the extent of its competence."
	{kinds: kinds(ActionCompetence), check: check[step]{Cite: Cite(ArtSignature, 3), Field: "Party",
		Quote: "Such organization shall also inform the depositary of any relevant modification in the extent of its competence",
		Test: func(s step) (string, error) {
			if !s.is(ActionCompetence) {
				return "", nil
			}
			if !s.reio() {
				return inconsistent("%s is a State; only a regional economic integration organization declares its competence", s.a.Party)
			}
			if !s.d.contracting(s.p, s.a.Date) {
				return inconsistent("%s has no instrument standing on %s", s.a.Party, s.a.Date)
			}
			return "", nil
		}}},
	// "At the time of deposit of their instrument ..., inform the
	// Secretary-General ... whether they will take this Convention as the
	// legal basis for cooperation on extradition"
	notificationRule(ActionExtraditionBasis),
	// "The Secretary-General ... shall be notified of the central authority
	// designated ... at the time each State Party deposits its instrument"
	notificationRule(ActionCentralAuthority),
	// "The Secretary-General ... shall be notified of the language or
	// languages acceptable to each State Party at the time it deposits its
	// instrument"
	notificationRule(ActionLanguages),
	// "Each State Party may ... declare": an organization is not a State
	// Party (see the reading of "State Party" at Ledger).
	{kinds: kinds(ActionDisputeReservation), check: check[step]{Cite: Cite(ArtDisputes, 3), Field: "Party",
		Quote: "Each State Party may, at the time of signature, ratification, acceptance or approval of or accession to this Convention, declare that it does not consider itself bound by paragraph 2",
		Test: func(s step) (string, error) {
			if s.is(ActionDisputeReservation) && s.reio() {
				return notState(s)
			}
			return "", nil
		}}},
	// "at the time of signature, ratification, acceptance or approval of or
	// accession to this Convention, declare that it does not consider itself
	// bound by paragraph 2"
	{kinds: kinds(ActionDisputeReservation), check: check[step]{Cite: Cite(ArtDisputes, 3), Field: "Date",
		Quote: "at the time of signature, ratification, acceptance or approval of or accession to this Convention",
		Test: func(s step) (string, error) {
			if !s.is(ActionDisputeReservation) {
				return "", nil
			}
			st := s.st()
			t, _ := st.termAt(s.a.Date)
			if t != nil && !ceasedBy(t, s.a.Date).IsZero() {
				t = nil // a participation that has ended
			}
			// At the deposit of the instrument that stands, or at signature
			// (before any instrument; a same-day instrument is recorded
			// after the signature).
			if t != nil && t.deposited == s.a.Date || st.signed == s.a.Date && st.terms == nil {
				return "", nil
			}
			var dep Date
			if t != nil {
				dep = t.deposited
			}
			return inconsistent("a reservation is made at signature or at the deposit of the instrument (signed %q, deposited %q)",
				st.signed.String(), dep.String())
		}}},
	// "Any State Party that has made a reservation ... may at any time
	// withdraw that reservation"
	{kinds: kinds(ActionWithdrawReservation), check: check[step]{Cite: Cite(ArtDisputes, 4), Field: "Party",
		Quote: "Any State Party that has made a reservation in accordance with paragraph 3 of this article may at any time withdraw that reservation",
		Test: func(s step) (string, error) {
			if s.is(ActionWithdrawReservation) && !s.d.reservedAt(s.p, s.a.Date) {
				return inconsistent("%s has no reservation in force on %s", s.a.Party, s.a.Date)
			}
			return "", nil
		}}},
	// "a State Party may propose an amendment"
	{kinds: kinds(ActionAmendmentProposal), check: check[step]{Cite: Cite(ArtAmendment, 1), Field: "Party",
		Quote: "a State Party may propose an amendment and file it with the Secretary-General",
		Test: func(s step) (string, error) {
			if !s.is(ActionAmendmentProposal) {
				return "", nil
			}
			if s.reio() {
				return notState(s)
			}
			if !s.d.partyAt(s.p, s.a.Date) {
				return inconsistent("%s is not a Party on %s", s.a.Party, s.a.Date)
			}
			return "", nil
		}}},
	// "After the expiry of five years from the entry into force of this
	// Convention"
	{kinds: kinds(ActionAmendmentProposal), check: check[step]{Cite: Cite(ArtAmendment, 1), Field: "Date",
		Quote: "After the expiry of five years from the entry into force of this Convention",
		Test: func(s step) (string, error) {
			if !s.is(ActionAmendmentProposal) {
				return "", nil
			}
			if open := s.d.amendmentOpens(); open.IsZero() || s.a.Date.Before(open) {
				return inconsistent("proposals may be filed from %q", open.String())
			}
			return "", nil
		}}},
	// Each proposal is filed once.
	{kinds: kinds(ActionAmendmentProposal), check: check[step]{Cite: Cite(ArtAmendment, 1), Field: "Amendment",
		Quote: "propose an amendment and file it with the Secretary-General",
		Test: func(s step) (string, error) {
			if s.a.Kind != ActionAmendmentProposal {
				return "", nil
			}
			if _, am, ok := s.d.amendment(s.a.Amendment); ok {
				return inconsistent("amendment %q already proposed on %s", string(s.a.Amendment), am.proposed)
			}
			return "", nil
		}}},
	// "communicate the proposed amendment ... for the purpose of considering
	// and deciding on the proposal": a proposal is adopted once, after it was
	// filed.
	{kinds: kinds(ActionAmendmentAdoption), check: check[step]{Cite: Cite(ArtAmendment, 1), Field: "Amendment",
		Quote: "for the purpose of considering and deciding on the proposal",
		Test: func(s step) (string, error) {
			if s.a.Kind != ActionAmendmentAdoption {
				return "", nil
			}
			_, am, ok := s.d.amendment(s.a.Amendment)
			switch {
			case !ok:
				return inconsistent("amendment %q has not been proposed by %s", string(s.a.Amendment), s.a.Date)
			case !am.adopted.IsZero():
				return inconsistent("amendment %q already adopted on %s", string(s.a.Amendment), am.adopted)
			}
			return "", nil
		}}},
	// "An amendment adopted in accordance with paragraph 1 of this article is
	// subject to ratification, acceptance or approval"
	{kinds: kinds(ActionAmendmentAcceptance), check: check[step]{Cite: Cite(ArtAmendment, 3), Field: "Amendment",
		Quote: "An amendment adopted in accordance with paragraph 1 of this article is subject to ratification, acceptance or approval",
		Test: func(s step) (string, error) {
			if s.a.Kind != ActionAmendmentAcceptance {
				return "", nil
			}
			if _, am, ok := s.d.amendment(s.a.Amendment); !ok || am.adopted.IsZero() {
				return inconsistent("amendment %q has not been adopted by %s", string(s.a.Amendment), s.a.Date)
			}
			return "", nil
		}}},
	// "... by States Parties"
	{kinds: kinds(ActionAmendmentAcceptance), check: check[step]{Cite: Cite(ArtAmendment, 3), Field: "Party",
		Quote: "is subject to ratification, acceptance or approval by States Parties",
		Test: func(s step) (string, error) {
			if !s.is(ActionAmendmentAcceptance) {
				return "", nil
			}
			if s.reio() {
				return notState(s)
			}
			if !s.d.partyAt(s.p, s.a.Date) {
				return inconsistent("%s is not a Party on %s", s.a.Party, s.a.Date)
			}
			return "", nil
		}}},
	// One instrument per party and amendment.
	{kinds: kinds(ActionAmendmentAcceptance), check: check[step]{Cite: Cite(ArtAmendment, 3), Field: "Date",
		Quote: "an instrument of ratification, acceptance or approval of such amendment",
		Test: func(s step) (string, error) {
			if !s.is(ActionAmendmentAcceptance) {
				return "", nil
			}
			if _, am, ok := s.d.amendment(s.a.Amendment); ok {
				t, _ := s.st().termAt(s.a.Date)
				if on := acceptedIn(am, s.p, t); !on.IsZero() {
					return inconsistent("%s already accepted amendment %q on %s", s.a.Party, string(s.a.Amendment), on)
				}
			}
			return "", nil
		}}},
	// "A State Party may denounce this Convention"
	{kinds: kinds(ActionDenunciation), check: check[step]{Cite: Cite(ArtDenunciation, 1), Field: "Party",
		Quote: "A State Party may denounce this Convention by written notification to the Secretary-General",
		Test: func(s step) (string, error) {
			if !s.is(ActionDenunciation) {
				return "", nil
			}
			if s.reio() {
				return inconsistent("%s is a regional economic integration organization: the text gives denunciation to \"a State Party\"; an organization ceases to be a Party when all its member States have denounced (para. 2)", s.a.Party)
			}
			if t := s.st().last(); t != nil && !t.denounced.IsZero() {
				return inconsistent("already denounced on %s, effective %s", t.denounced, t.denEffective)
			}
			if !s.d.partyAt(s.p, s.a.Date) {
				return inconsistent("%s is not a Party on %s", s.a.Party, s.a.Date)
			}
			return "", nil
		}}},
}

// notificationRule is the rule for a State's notification made at the
// deposit of its instrument: by a State whose instrument stands on the date
// (later notifications, which replace earlier ones, are recorded too, as
// the depositary circulates them).
func notificationRule(k ActionKind) ledgerRule {
	return ledgerRule{kinds: kinds(k), check: check[step]{Cite: actionKinds[k].cite, Field: "Party",
		Quote: actionKinds[k].quote + " at the time it deposits its instrument",
		Test: func(s step) (string, error) {
			if !s.is(k) {
				return "", nil
			}
			if s.reio() {
				return inconsistent("%s is a regional economic integration organization; the notification is a State's", s.a.Party)
			}
			if !s.d.contracting(s.p, s.a.Date) {
				return inconsistent("%s has no instrument standing on %s", s.a.Party, s.a.Date)
			}
			return "", nil
		}}}
}

// LedgerRules returns the rules the ledger applies to an action given the
// others recorded, in table order (Action.Validate's rules are in
// [ActionRules]).
func LedgerRules() []RuleInfo { return infos(ledgerChecks) }

// ledgerRule is a rule and the kinds of action it governs.
type ledgerRule struct {
	kinds uint32
	check check[step]
}

func kinds(ks ...ActionKind) uint32 {
	var m uint32
	for _, k := range ks {
		m |= 1 << k
	}
	return m
}

var (
	allKinds = ^uint32(0)
	raa      = kinds(ActionRatification, ActionAcceptance, ActionApproval)
)

// ledgerChecks is the table in order; ledgerChecksByKind the rules that
// govern each kind, so that recording an action runs only those. Both are
// built once and never changed.
var ledgerChecks, ledgerChecksByKind = splitRules(ledgerRules)

func splitRules(rules []ledgerRule) ([]check[step], [numActionKinds][]check[step]) {
	var all []check[step]
	var byKind [numActionKinds][]check[step]
	for _, r := range rules {
		all = append(all, r.check)
		for k := range byKind {
			if r.kinds&(1<<k) != 0 {
				byKind[k] = append(byKind[k], r.check)
			}
		}
	}
	return all, byKind
}
