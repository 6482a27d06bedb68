package convention

// onOrBefore reports whether d is set and falls on or before asOf.
func onOrBefore(d, asOf Date) bool { return !d.IsZero() && !d.After(asOf) }

// Status explains whether the Convention is in force for p on asOf: whether
// p deposited its instrument, whether forty instruments were deposited and
// the ninetieth day after the fortieth has come (Entry into force art.,
// para. 1), whether the Convention has entered into force for p (para. 2),
// and whether p's denunciation, or for a REIO the denunciations of all its
// member States, have taken effect (Denunciation art., paras. 1 and 2).
//
// Outcomes: InForce or NotInForce, citing Entry into force art., para. 2
// for an instrument deposited after the fortieth, para. 1 for one deposited
// on or before the day of the fortieth (or while fewer than forty are
// recorded), and Denunciation art., para. 1 or 2 once p has ceased to be
// bound. Date is
// the party's entry into force when known. The answer agrees with IsParty.
// For a party the ledger does not know, the outcome is NotApplicable,
// citing Depositary art., para. 1, with FinalPartyKnown answered no: the
// ledger cannot say it is not in force, only that it does not know it.
// Status allocates nothing.
func (l Ledger) Status(p PartyID, asOf Date) Result[Final] {
	r := Result[Final]{Cite: Cite(ArtEntryIntoForce, 2), Outcome: NotInForce}
	st, i := l.lookup(p)
	if st == nil {
		r.testBool(FinalPartyKnown, false)
		r.Outcome, r.Cite = NotApplicable, Cite(ArtDepositary, 1)
		return r
	}
	t, _ := st.termAt(asOf)
	if t == nil {
		t = &term{}
	}
	r.testBool(FinalDeposited, onOrBefore(t.deposited, asOf))
	r.testBool(FinalFortyInstruments, l.Instruments(asOf) >= InstrumentsForEntryIntoForce)
	r.testBool(FinalGeneralInForce, onOrBefore(l.d.eif, asOf))
	eif := l.d.eifOf(t)
	in := r.testBool(FinalThirtiethDay, onOrBefore(eif, asOf))
	r.Date, r.DateLabel = eif, "in force for the party from"
	if _, f, ok := l.Fortieth(); !t.deposited.IsZero() && (!ok || !t.deposited.After(f)) {
		// An instrument deposited on or before the fortieth takes effect
		// with the Convention itself: para. 2 speaks only of instruments
		// deposited "after the deposit of the fortieth instrument".
		r.Cite = Cite(ArtEntryIntoForce, 1)
	}
	if r.testBool(FinalDenunciationEffective, onOrBefore(t.denEffective, asOf)) {
		in, r.Cite = false, Cite(ArtDenunciation, 1)
	}
	if l.d.u.reio[i] && r.testBool(FinalREIOCeased, onOrBefore(t.ceased, asOf)) {
		in, r.Cite = false, Cite(ArtDenunciation, 2)
	}
	if in {
		r.Outcome = InForce
	}
	return r
}

// ConventionStatus explains whether the Convention itself is in force on
// asOf (Entry into force art., para. 1): whether forty instruments of
// ratification, acceptance, approval or accession had been deposited by
// then, an organization's not counted as additional to its member States'
// (Instruments), and whether the ninetieth day after the deposit of the
// fortieth has come (EntryIntoForce).
//
// Outcomes: InForce or NotInForce, citing Entry into force art., para. 1.
// Date is the Convention's entry into force whenever the record holds
// forty instruments, also when asOf is before it, so that a case system
// can say from when. It allocates nothing.
func (l Ledger) ConventionStatus(asOf Date) Result[Final] {
	r := Result[Final]{Cite: Cite(ArtEntryIntoForce, 1), Outcome: NotInForce}
	r.testBool(FinalFortyInstruments, l.Instruments(asOf) >= InstrumentsForEntryIntoForce)
	if eif, ok := l.EntryIntoForce(); ok {
		r.Date, r.DateLabel = eif, "the Convention in force from"
	}
	if r.testBool(FinalGeneralInForce, l.d != nil && onOrBefore(l.d.eif, asOf)) {
		r.Outcome = InForce
	}
	return r
}

// StatusBetween explains whether the Convention is in force between a and b
// on asOf: whether it is in force for each (Entry into force art., para.
// 2). Outcomes: InForce or NotInForce. Date is the first day on which it is
// in force for both, when both have a date of entry into force. It agrees
// with InForceBetween, except that when the ledger does not know a or b
// the outcome is NotApplicable, citing Depositary art., para. 1, with
// FinalPartyKnown answered no. It allocates nothing.
func (l Ledger) StatusBetween(a, b PartyID, asOf Date) Result[Final] {
	r := Result[Final]{Cite: Cite(ArtEntryIntoForce, 2), Outcome: NotInForce}
	sa, ia := l.lookup(a)
	sb, ib := l.lookup(b)
	if !r.testBool(FinalPartyKnown, ia >= 0 && ib >= 0) {
		r.Outcome, r.Cite = NotApplicable, Cite(ArtDepositary, 1)
		return r
	}
	x := r.testBool(FinalFirstInForce, l.d.inForce(sa, asOf))
	y := r.testBool(FinalSecondInForce, l.d.inForce(sb, asOf))
	if ea, eb := l.d.eifOf(sa.last()), l.d.eifOf(sb.last()); !ea.IsZero() && !eb.IsZero() {
		r.Date, r.DateLabel = latest(ea, eb), "in force between them from"
	}
	if x && y {
		r.Outcome = InForce
	}
	return r
}

// AmendmentBetween says which text binds a and b on asOf as regards the
// amendment ref (Amendment art., para. 5): an amendment in force binds only
// the States Parties that consented to it, and the others remain bound by
// the Convention and the amendments they accepted.
//
// Outcomes: NotApplicable (citing Entry into force art., para. 2) when the
// Convention is not in force between them; InForce when the amendment is in
// force for both, so that the Convention as amended applies between them;
// NotInForce when it is in force for at most one, so that the Convention
// applies between them unamended (both citing Amendment art., para. 5).
// Date is the day the amendment entered into force for the later of the two,
// when both accepted it. When the ledger does not know a or b the outcome
// is NotApplicable, citing Depositary art., para. 1, with FinalPartyKnown
// answered no. It allocates nothing.
func (l Ledger) AmendmentBetween(a, b PartyID, ref AmendmentRef, asOf Date) Result[Final] {
	r := Result[Final]{Cite: Cite(ArtAmendment, 5), Outcome: NotInForce}
	sa, ia := l.lookup(a)
	sb, ib := l.lookup(b)
	if !r.testBool(FinalPartyKnown, ia >= 0 && ib >= 0) {
		r.Outcome, r.Cite = NotApplicable, Cite(ArtDepositary, 1)
		return r
	}
	x := r.testBool(FinalFirstInForce, l.d.inForce(sa, asOf))
	y := r.testBool(FinalSecondInForce, l.d.inForce(sb, asOf))
	_, am, _ := l.d.amendment(ref)
	r.testBool(FinalAmendmentAdopted, am != nil && onOrBefore(am.adopted, asOf))
	ea, oka := l.d.amendmentOn(sa, ia, am, asOf)
	eb, okb := l.d.amendmentOn(sb, ib, am, asOf)
	ax := r.testBool(FinalFirstAccepted, oka && !ea.After(asOf))
	ay := r.testBool(FinalSecondAccepted, okb && !eb.After(asOf))
	if oka && okb {
		r.Date, r.DateLabel = latest(ea, eb), "amendment in force for both from"
	}
	switch {
	case !x || !y:
		r.Outcome, r.Cite = NotApplicable, Cite(ArtEntryIntoForce, 2)
	case ax && ay:
		r.Outcome = InForce
	}
	return r
}
