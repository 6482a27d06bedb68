package convention

import (
	"slices"
	"sort"
	"strconv"

	"golang.org/x/text/language"
)

// lookup returns the party's state, or nil for an unknown party or the zero
// Ledger.
func (l Ledger) lookup(p PartyID) (*partyState, int32) {
	if l.d == nil {
		return nil, -1
	}
	i, ok := l.d.u.index[p]
	if !ok || i < 0 {
		return nil, -1
	}
	return l.d.party(i), i
}

// Knows reports whether the ledger lists the party p. The boolean queries
// (IsParty, InForceBetween, Signed, Deposited, Reserved ...) answer false
// for a party the ledger does not know; Knows, Known, InForceFor and the
// explanations (Status, StatusBetween, AmendmentBetween) tell "unknown"
// from "not in force".
func (l Ledger) Knows(p PartyID) bool {
	_, i := l.lookup(p)
	return i >= 0
}

// Known returns nil when the ledger lists p, and otherwise a Problem
// saying the depositary's record does not know it (Depositary art., para.
// 1). It allocates only for the Problem.
func (l Ledger) Known(p PartyID) error {
	if l.Knows(p) {
		return nil
	}
	return unknownParty("Party", p)
}

func unknownParty(field string, p PartyID) Problem {
	return Problem{Field: field, Cite: Cite(ArtDepositary, 1), Err: ErrNotApplicable,
		Detail: "unknown party " + strconv.Quote(p.String()) + ": the ledger does not list it"}
}

// InForceFor reports whether the Convention is in force for p on asOf, as
// IsParty does, or an error when the ledger does not know p: an unknown
// party is never silently "not in force". It allocates nothing for a party
// the ledger knows.
func (l Ledger) InForceFor(p PartyID, asOf Date) (bool, error) {
	st, i := l.lookup(p)
	if i < 0 {
		return false, unknownParty("Party", p)
	}
	return l.d.inForce(st, asOf), nil
}

// partyView is a party looked up once: its state and index (-1, and a nil
// state, when the ledger does not know it).
type partyView struct {
	st *partyState
	i  int32
}

func (l Ledger) view(p PartyID) partyView {
	st, i := l.lookup(p)
	return partyView{st, i}
}

// Len returns the number of actions recorded.
func (l Ledger) Len() int {
	if l.d == nil {
		return 0
	}
	return l.d.actions.n
}

// Parties returns the parties the ledger knows, sorted by code (a fresh
// copy).
func (l Ledger) Parties() []Party {
	if l.d == nil {
		return []Party{}
	}
	out := make([]Party, len(l.d.u.parties))
	for i, p := range l.d.u.parties {
		p.Members = slices.Clone(p.Members)
		out[i] = p
	}
	return out
}

// Actions returns the actions recorded, in ledger order (a fresh copy).
func (l Ledger) Actions() []Action {
	if l.d == nil {
		return []Action{}
	}
	out := make([]Action, l.d.actions.n)
	for i, a := range l.d.actions.all() {
		out[i] = a.clone()
	}
	return out
}

// Party returns the party with code p, as the ledger knows it.
func (l Ledger) Party(p PartyID) (Party, bool) {
	if _, i := l.lookup(p); i >= 0 {
		q := l.d.u.parties[i]
		q.Members = slices.Clone(q.Members)
		return q, true
	}
	return Party{}, false
}

// EntryIntoForce returns the date the Convention entered (or enters) into
// force: the ninetieth day after the deposit of the fortieth instrument of
// ratification, acceptance, approval or accession, a REIO's instrument not
// counted as additional to its member States' (Entry into force art., para.
// 1). It reports false while fewer than forty States' instruments are
// recorded. The ledger counts no REIO instrument at all: a REIO may deposit
// only after one of its member States has, so its instrument is never
// additional to theirs.
//
// The fortieth instrument of UNTOC, whose art. 38 is the source, was
// deposited on 1 July 2003; UNTOC entered into force on 29 September 2003.
func (l Ledger) EntryIntoForce() (Date, bool) {
	if l.d == nil || l.d.eif.IsZero() {
		return Date{}, false
	}
	return l.d.eif, true
}

// Fortieth returns the party whose instrument was the fortieth counted and
// its date of deposit. Instruments deposited on the same day are counted in
// the ledger's order (by party code); which of them is the fortieth never
// changes an entry into force, since every instrument deposited on or
// before that day takes effect on the general date.
func (l Ledger) Fortieth() (PartyID, Date, bool) {
	if l.d == nil || l.d.fortieth < 0 {
		return PartyID{}, Date{}, false
	}
	return l.d.u.parties[l.d.fortieth].ID, l.d.deposits.all()[InstrumentsForEntryIntoForce-1], true
}

// Instruments returns the number of instruments counted for entry into
// force that were deposited on or before asOf: States' instruments only
// (Entry into force art., para. 1).
func (l Ledger) Instruments(asOf Date) int {
	if l.d == nil {
		return 0
	}
	deposits := l.d.deposits.all()
	return sort.Search(len(deposits), func(i int) bool { return deposits[i].After(asOf) })
}

// PartyEntryIntoForce returns the date the Convention enters into force for
// p under its latest instrument: for an instrument deposited after the
// fortieth, the thirtieth day after its deposit (Entry into force art.,
// para. 2), and never before the Convention's own entry into force; for an
// instrument deposited on or before the fortieth, the general entry into
// force (para. 1).
//
// The paragraph lacks UNTOC art. 38(2)'s words "or on the date this
// Convention enters into force pursuant to paragraph 1, whichever is
// later"; the ledger takes the later date, as the depositary does (see the
// drafting note on Entry into force art., para. 2). It reports false when p
// has deposited no instrument or the Convention is not yet in force. A
// State that acceded again after its denunciation took effect has more
// than one participation: see [Ledger.Participations].
func (l Ledger) PartyEntryIntoForce(p PartyID) (Date, bool) {
	st, _ := l.lookup(p)
	if st == nil {
		return Date{}, false
	}
	e := l.d.eifOf(st.last())
	return e, !e.IsZero()
}

// Participation is one period of a party's participation in the
// Convention: from the deposit of its instrument of ratification,
// acceptance, approval or accession until it ceased to be bound. A State
// whose denunciation has taken effect may accede again ("This Convention is
// open for accession by any State", Signature art., para. 4): its new
// instrument begins a new participation.
type Participation struct {
	// Kind and Deposited are the instrument and the date of its deposit.
	Kind      ActionKind `json:"kind"`
	Deposited Date       `json:"deposited"`
	// InForce is the day the Convention entered into force for the party
	// under this instrument (Entry into force art.); zero while the
	// Convention is not in force.
	InForce Date `json:"in_force,omitzero"`
	// Denounced is the date the Secretary-General received its
	// denunciation, if any (Denunciation art., para. 1).
	Denounced Date `json:"denounced,omitzero"`
	// Ceased is the first day on which the party was no longer bound: one
	// year after the denunciation's receipt or, for a REIO, the day of
	// para. 2; zero while it is bound.
	Ceased Date `json:"ceased,omitzero"`
}

// Participations returns p's participations in the order of their
// instruments (a fresh slice; empty when p has deposited no instrument or
// the ledger does not know p).
func (l Ledger) Participations(p PartyID) []Participation {
	st, _ := l.lookup(p)
	if st == nil {
		return []Participation{}
	}
	out := make([]Participation, st.nterms)
	i := len(out)
	for c := st.terms; c != nil; c = c.next {
		i--
		out[i] = l.d.participation(&c.v)
	}
	return out
}

// Participation returns p's i-th participation (from 0), as Participations
// lists them, without allocating; false when there is none.
func (l Ledger) Participation(p PartyID, i int) (Participation, bool) {
	st, _ := l.lookup(p)
	if st == nil || i < 0 || i >= int(st.nterms) {
		return Participation{}, false
	}
	c := st.terms
	for range int(st.nterms) - 1 - i {
		c = c.next
	}
	return l.d.participation(&c.v), true
}

func (d *ledgerData) participation(t *term) Participation {
	return Participation{Kind: t.kind, Deposited: t.deposited, InForce: d.eifOf(t), Denounced: t.denounced, Ceased: t.ceased}
}

// Signed reports whether p had signed the Convention on or before asOf
// (Signature art., paras. 1 and 2).
func (l Ledger) Signed(p PartyID, asOf Date) bool {
	st, _ := l.lookup(p)
	return st != nil && !st.signed.IsZero() && !st.signed.After(asOf)
}

// Deposited reports whether p had deposited its instrument of ratification,
// acceptance, approval or accession on or before asOf and was still bound
// (a contracting party, whether or not the Convention is yet in force for
// it).
func (l Ledger) Deposited(p PartyID, asOf Date) bool {
	st, _ := l.lookup(p)
	return st != nil && standing(st, asOf) != nil
}

// IsParty reports whether p is a Party on asOf: the Convention has entered
// into force for it (PartyEntryIntoForce) and it has not ceased to be bound
// (Ceases). The answer is monotonic in time until p ceases, and again
// within each later participation.
func (l Ledger) IsParty(p PartyID, asOf Date) bool {
	st, _ := l.lookup(p)
	return st != nil && l.d.inForce(st, asOf)
}

// standing returns the term under which the party is bound on asOf (its
// instrument deposited, not ceased), or nil.
func standing(st *partyState, asOf Date) *term {
	t, _ := st.termAt(asOf)
	if t == nil || !t.ceased.IsZero() && !asOf.Before(t.ceased) {
		return nil
	}
	return t
}

// Ceases returns the first day on which p is no longer bound by the
// Convention under its latest instrument: one year after the
// Secretary-General received its denunciation (Denunciation art., para. 1,
// counted with YearsAfter: a notification received on 29 February takes
// effect on 28 February of the next year), or, for a REIO, the day on which
// the denunciation of the last of its member States then bound takes effect
// (para. 2). Member States that never deposited an instrument cannot
// denounce and are not waited for. It reports false when p has not ceased
// and will not on the record, and after p acceded again (see
// Participations for earlier participations).
func (l Ledger) Ceases(p PartyID) (Date, bool) {
	st, _ := l.lookup(p)
	if st == nil || st.last() == nil || st.last().ceased.IsZero() {
		return Date{}, false
	}
	return st.last().ceased, true
}

// DenouncesProtocols returns the date from which p's denunciation of the
// Convention entails the denunciation of any protocols thereto
// (Denunciation art., para. 3): the date its denunciation takes effect. It
// reports false when p has not denounced the Convention under para. 1 (a
// REIO that ceases to be a Party under para. 2 has not denounced), and
// after p acceded again.
func (l Ledger) DenouncesProtocols(p PartyID) (Date, bool) {
	st, _ := l.lookup(p)
	if st == nil || st.last() == nil || st.last().denEffective.IsZero() {
		return Date{}, false
	}
	return st.last().denEffective, true
}

// InForceBetween reports whether the Convention is in force between a and
// b on asOf: it is in force for each of them. For a == b it reports whether
// it is in force for a.
func (l Ledger) InForceBetween(a, b PartyID, asOf Date) bool {
	return l.IsParty(a, asOf) && l.IsParty(b, asOf)
}

// Signatories returns the parties that had signed by asOf, sorted by code.
func (l Ledger) Signatories(asOf Date) []PartyID {
	return l.filter(func(st *partyState) bool { return !st.signed.IsZero() && !st.signed.After(asOf) })
}

// PartiesOn returns the parties for which the Convention is in force on
// asOf, sorted by code.
func (l Ledger) PartiesOn(asOf Date) []PartyID {
	return l.filter(func(st *partyState) bool { return l.d.inForce(st, asOf) })
}

func (l Ledger) filter(keep func(*partyState) bool) []PartyID {
	out := []PartyID{}
	if l.d == nil {
		return out
	}
	for i := range l.d.u.parties {
		if keep(l.d.party(int32(i))) {
			out = append(out, l.d.u.parties[i].ID)
		}
	}
	return out
}

// Reserved reports whether p has, on asOf, a reservation under Disputes
// art., para. 3 in force: made at signature or deposit and not withdrawn
// (para. 4; a withdrawal takes effect on its receipt by the
// Secretary-General), and p still bound.
func (l Ledger) Reserved(p PartyID, asOf Date) bool {
	_, i := l.lookup(p)
	return i >= 0 && l.d.reservedAt(i, asOf)
}

// lastOn returns the latest notification of xs made on or before asOf
// during the term t: notifications of an earlier participation lapsed with
// it.
func lastOn[T any](xs plog[dated[T]], t *term, asOf Date) (T, bool) {
	all := xs.all()
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].on.Before(t.deposited) {
			break
		}
		if !all[i].on.After(asOf) {
			return all[i].v, true
		}
	}
	var zero T
	return zero, false
}

// ExtraditionBasis returns what p notified under Extradition art., para.
// 5(a), as it stood on asOf: Yes if it takes the Convention as the legal
// basis for cooperation on extradition, No if not, Unassessed if it has
// notified nothing (the latest notification replaces earlier ones).
func (l Ledger) ExtraditionBasis(p PartyID, asOf Date) Judgement {
	st, _ := l.lookup(p)
	if st == nil {
		return Unassessed
	}
	t := standing(st, asOf)
	if t == nil {
		return Unassessed
	}
	j, _ := lastOn(st.basis, t, asOf)
	return j
}

// CentralAuthority returns the central authority p notified under MLA art.,
// para. 14, as it stood on asOf (the latest notification).
func (l Ledger) CentralAuthority(p PartyID, asOf Date) (string, bool) {
	st, _ := l.lookup(p)
	if st == nil {
		return "", false
	}
	t := standing(st, asOf)
	if t == nil {
		return "", false
	}
	return lastOn(st.authority, t, asOf)
}

// Languages returns the languages p notified as acceptable under MLA art.,
// para. 15, as they stood on asOf (the latest notification), as a fresh
// slice for LanguageAcceptable; nil when none was notified.
func (l Ledger) Languages(p PartyID, asOf Date) []language.Tag {
	st, _ := l.lookup(p)
	if st == nil {
		return nil
	}
	t := standing(st, asOf)
	if t == nil {
		return nil
	}
	tags, _ := lastOn(st.languages, t, asOf)
	return slices.Clone(tags)
}

// Competence returns the extent of its competence a REIO last declared
// (Signature art., paras. 3 and 4), as it stood on asOf.
func (l Ledger) Competence(p PartyID, asOf Date) (string, bool) {
	st, _ := l.lookup(p)
	if st == nil {
		return "", false
	}
	t := standing(st, asOf)
	if t == nil {
		return "", false
	}
	return lastOn(st.competence, t, asOf)
}

// AmendmentProposed returns the date on which the amendment ref was filed
// with the Secretary-General, and its proposer (Amendment art., para. 1).
func (l Ledger) AmendmentProposed(ref AmendmentRef) (PartyID, Date, bool) {
	if l.d == nil {
		return PartyID{}, Date{}, false
	}
	_, a, ok := l.d.amendment(ref)
	if !ok {
		return PartyID{}, Date{}, false
	}
	return l.d.u.parties[a.proposer].ID, a.proposed, true
}

// AmendmentAdopted returns the date on which the amendment ref was adopted
// and the body that adopted it (Amendment art., para. 1).
func (l Ledger) AmendmentAdopted(ref AmendmentRef) (Date, string, bool) {
	if l.d == nil {
		return Date{}, "", false
	}
	_, a, ok := l.d.amendment(ref)
	if !ok || a.adopted.IsZero() {
		return Date{}, "", false
	}
	return a.adopted, a.body, true
}

// AmendmentEntryIntoForce returns the date the amendment ref enters into
// force for p: ninety days after p deposited its instrument of
// ratification, acceptance or approval of it (Amendment art., para. 4),
// counted as NthDayAfter. The ledger records such an instrument only once
// the amendment is adopted, so the date is never before adoption. Only an
// instrument deposited during p's latest participation counts: a party's
// acceptances lapse with its denunciation of the Convention.
func (l Ledger) AmendmentEntryIntoForce(p PartyID, ref AmendmentRef) (Date, bool) {
	st, pi := l.lookup(p)
	if pi < 0 {
		return Date{}, false
	}
	_, a, _ := l.d.amendment(ref)
	on := acceptedIn(a, pi, st.last())
	if on.IsZero() {
		return Date{}, false
	}
	return NthDayAfter(on, DaysToAmendmentInForce), true
}

// AmendmentInForce reports whether the amendment ref is in force for p on
// asOf: p is a Party and the amendment has entered into force for it,
// ninety days after it deposited, during the same participation, its
// instrument of acceptance (Amendment art., para. 4).
func (l Ledger) AmendmentInForce(p PartyID, ref AmendmentRef, asOf Date) bool {
	e, ok := l.amendmentInForceOn(p, ref, asOf)
	return ok && !e.After(asOf)
}

// amendmentInForceOn returns the date the amendment entered (or enters)
// into force for p in the participation under which p is a Party on asOf.
func (l Ledger) amendmentInForceOn(p PartyID, ref AmendmentRef, asOf Date) (Date, bool) {
	st, pi := l.lookup(p)
	if pi < 0 {
		return Date{}, false
	}
	_, a, _ := l.d.amendment(ref)
	return l.d.amendmentOn(st, pi, a, asOf)
}

// amendmentOn returns the date amendment a entered (or enters) into force
// for party pi, whose state is st, in the participation under which it is a
// Party on asOf.
func (d *ledgerData) amendmentOn(st *partyState, pi int32, a *amendState, asOf Date) (Date, bool) {
	if a == nil || !d.inForce(st, asOf) {
		return Date{}, false
	}
	t, _ := st.termAt(asOf)
	on := acceptedIn(a, pi, t)
	if on.IsZero() {
		return Date{}, false
	}
	return NthDayAfter(on, DaysToAmendmentInForce), true
}
