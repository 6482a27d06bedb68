// Package convention holds the shared vocabulary of the draft UN convention
// on cybercrime, as in [TextVersion], and its final provisions.
//
// The text encoded is the United States' proposal for the chapters on
// international cooperation, technical assistance, preventive measures, the
// mechanism of implementation and the final provisions. The seed numbers no
// articles: each is named after its heading ([ArtMLA], [ArtExtradition],
// ...), and a [Citation] names an article, paragraph, sub-paragraph and
// item as a lawyer writes them ("MLA art., para. 22(b)") and in the Akoma
// Ntoso eId style ("art_mla__para_22__point_b").
//
// The package imports none of the library's other packages. It gives them:
//
//   - civil dates ([Date], [Period]) and the treaty's time expressions
//     ([NthDayAfter], [MonthsAfter], [Anniversary], [YearsAfter],
//     [AfterExpiryOfYears], [ExpiryOfYears]);
//   - citations ([Citation], [Article]) and the provision registry
//     ([Registry], [LookupProvision], [DraftingNotes]);
//   - parties and languages ([PartyID], [Party], [AuthenticLanguages],
//     [LanguageAcceptable]); money ([Money], [Currency]);
//   - offences and penalties ([Offence], [Penalty], [Penalty.Serious]);
//   - judgements that may not yet be assessed ([Judgement]);
//   - the shared form of every decision ([Result], [Outcome], [Set],
//     [Explanation]) and of every validation error ([Problem], [Problems]).
//
// Judgements stay with the State. Whether a State "considers" that execution
// would prejudice its essential interests is its own call; the library
// takes such judgements as inputs, each a [Judgement] that may be
// [Unassessed], and computes their legal consequences. A decision that
// turns on an unassessed judgement is [Undetermined] and lists the facts it
// still needs, with what each would change; it never guesses.
//
// # Articles
//
//   - Cooperation art., para. 2 (dual criminality): [EvaluateDualCriminality].
//   - Cooperation art., para. 3 (non-discrimination): [EvaluateNonDiscrimination].
//   - MLA art., para. 15 (acceptable language): [LanguageAcceptable].
//   - Disputes art., paras. 1-4 (negotiation, arbitration, the Court; the
//     reservation and its withdrawal): [DecideDispute], [Ledger.Reserved].
//   - Signature art., paras. 1-4 (signature, ratification, acceptance,
//     approval, accession, accession again after a denunciation; REIOs):
//     [Ledger], [Build], [Ledger.Add], [LedgerRules], [Action],
//     [Ledger.Participations].
//   - Entry into force art., paras. 1-2: [Ledger.EntryIntoForce],
//     [Ledger.ConventionStatus],
//     [Ledger.PartyEntryIntoForce], [Ledger.InForceBetween], [Ledger.Status],
//     [Ledger.StatusBetween].
//   - Amendment art., paras. 1-5: [AmendmentProposalAdmissible],
//     [DecideAmendment], [Ledger.AmendmentBetween].
//   - Denunciation art., paras. 1-3: [Ledger.Ceases], [Ledger.IsParty],
//     [Ledger.DenouncesProtocols].
//   - Depositary art., para. 1 (the Secretary-General, keeper of the
//     record): [Depositary], [Ledger.Knows], [Ledger.Known],
//     [Ledger.InForceFor], [DecodeLedger];
//     para. 2 (six authentic texts): [AuthenticLanguages].
//   - The readings of the final provisions, with their words:
//     [Readings].
//
// # Reading the time expressions
//
// Dates have no time zone. "The ninetieth day after D" is D.AddDays(90), the
// day of the event not counted. "N months after D" and "N years after D"
// keep the day of the month and clamp to the end of a shorter month: 31
// August + 6 months is 28 February (29 in a leap year), and 29 February + 1
// year is 28 February. The library never uses time.AddDate, which would
// roll over into March. Every period of years (denunciation, the
// amendment bar, the review and report cycles) follows the one rule stated
// at [Anniversary].
//
// # Left to domestic law
//
// Cooperation art., para. 1 states a general duty to cooperate, given effect
// by the chapter's specific articles; it has no test of its own. The
// Signature art. leaves the place and dates of signature in brackets: the
// ledger accepts a signature on any date recorded.
//
// # The depositary's readings
//
// A "Party" is one for which the Convention is in force (Vienna Convention
// on the Law of Treaties, art. 2(1)(g)); a State that has deposited but for
// which the Convention is not yet in force is a contracting State. The
// Convention enters into force for a State depositing after the fortieth
// instrument on the later of the thirtieth day after its deposit and the
// Convention's own entry into force (see the drafting note on Entry into
// force art., para. 2). A denunciation takes effect one year after its
// receipt, the same day and month, clamped (29 February to 28 February).
// Same-day actions are ordered signatures, deposits, declarations,
// withdrawals, amendment steps, denunciations; the ledger's answers depend
// only on the set of dated actions, never on the order they were recorded.
//
// # Fidelity of the final provisions
//
// Every paragraph of the final provisions, what the code decides, and the
// tests that show each of its conditions on both sides (in final_*_test.go
// and ledger_test.go; the lawyer-readable vectors are in
// testdata/final/ledger.txt). The interpretive choices, with their words,
// are listed by [Readings]; drafting slips by [DraftingNotes].
//
//	paragraph                | what the code decides                                                   | tests (both sides of each condition)
//	Disputes art., 1         | a duty to negotiate in every outcome where the article applies;          | TestDecideDisputeParas1To4: "negotiation continues" (obliged) / "negotiation failed"
//	                         | Obliged while negotiation has not failed                                 |
//	Disputes art., 2         | only between States (not an organization), in force for both on the     | TestDecideDisputeParas1To4: "not a dispute with an organization", "not between States
//	                         | date; arbitration may be requested once negotiation failed (a party's    |   Parties" / the others; "within six months" (not-due 2026-02-27) / "six months after
//	                         | judgement); a request counts only if made while in force between them    |   31 August" (permitted 2026-02-28, and 29 February in a leap year); "organisation
//	                         | and unreserved; referral Permitted from six months after it (months,     |   agreed" (obliged) / not agreed; TestDecideDisputePara2RequestBeforeInForceBetweenThem
//	                         | clamped) without agreement on the organization; Undetermined while a     |   (2003-10-30 not counted / 2003-10-31 counted); TestDecideDisputeUndetermined;
//	                         | judgement it turns on is unassessed                                      |   TestDisputeReservationNeverPermitsReferral; vectors DIS-2, DIS-2b
//	Disputes art., 3         | a reservation only by a State, only at signature or at the deposit of   | TestDisputesPara3ReservationAtSignatureOrDeposit (2005-01-01 refused / 2000-12-12
//	                         | the instrument that stands; while either party's stands, para. 2 binds  |   accepted); TestLedgerRulesEachBrokenAlone (organization); TestDecideDisputeParas1To4
//	                         | neither towards the other (NoObligation, both options barred)           |   ("bars para. 2 both ways" / "reciprocity"); vector DIS-3
//	Disputes art., 4         | withdrawal at any time, effective on receipt; none without a reservation| TestDisputesPara3ReservationAtSignatureOrDeposit (reserved 2011-12-31 / not 2012-01-01;
//	                         |                                                                          |   withdrawal without reservation refused); TestDecideDisputeParas1To4 ("para. 4")
//	Signature art., 1        | a party signs once, before consenting to be bound; any date (the dates  | TestLedgerRulesEachBrokenAlone ("signed twice", "signature after the instrument") /
//	                         | are bracketed)                                                           |   every fixture's signatures accepted
//	Signature art., 2        | an organization signs only if a member State signed by then (same day  | TestSignaturePara2REIOSignsOnlyAfterAMember (no member, a non-member / a member the
//	                         | counts: States first)                                                    |   same day); vector SIG-2
//	Signature art., 3        | ratification, acceptance or approval only by a signatory, once; an      | TestLedgerRulesEachBrokenAlone ("ratification without signature", "second
//	                         | organization's only if a member's instrument stands, declaring its      |   instrument"); TestSignaturePara3REIODepositsOnlyAfterAMember (none, later-dated /
//	                         | competence; modifications of competence recorded                        |   a member's accession); TestSignaturePara3DepositOnceEvenWhenRecordedOutOfOrder;
//	                         |                                                                          |   TestActionRulesEachBrokenAlone (competence: a REIO's instrument / a State's)
//	Signature art., 4        | accession by any State, again after its denunciation took effect (not  | TestSignaturePara4AccessionAfterDenunciation (2031-01-09 refused / 2031-01-10
//	                         | before; not by a second ratification); by an organization only while a |   accepted; ratification refused); TestSignaturePara4REIOAccedesOnlyIfAMemberIsAParty
//	                         | member State is a Party; earlier reservations, notifications and       |   (2004-02-08 / 2004-02-09); TestDenunciationPara2REIOAccedesAgainOnlyWithAMemberParty;
//	                         | acceptances lapse                                                        |   TestAccessionAfterDenunciationStartsAFreshParticipation; vectors SIG-4, SIG-4b
//	Entry into force art., 1 | the ninetieth day after the fortieth State's instrument; organizations | TestEntryIntoForcePara1UNTOCHistory (2003-09-28 no / 2003-09-29 yes);
//	                         | never counted; each State counted once                                  |   TestEntryIntoForcePara1REIONeverCounted;
//	                         |                                                                          |   TestEntryIntoForcePara1REIOInstrumentsNeverChangeTheCount;
//	                         |                                                                          |   TestEntryIntoForceIncrementalEqualsFromFullList; TestConventionStatusPara1
//	                         |                                                                          |   (2003-09-28 not in force / 2003-09-29 in force); vectors EIF-1, EIF-2
//	Entry into force art., 2 | the thirtieth day after a later deposit, never before the general date | TestEntryIntoForcePara2WhicheverIsLater (the day after the fortieth / a later deposit);
//	                         | (drafting note); Status cites para. 1 for an instrument deposited on or  |   TestEntryIntoForcePara2NeverBeforeGeneral; TestStatusCitesTheParagraphThatGoverns
//	                         | before the day of the fortieth                                           |   (the fortieth itself / the day after); vector EIF-3
//	Amendment art., 1        | proposals by a State Party only (not an organization), from the fifth  | TestAmendmentProposalAdmissiblePara1 (2008-09-28 / 2008-09-29; not a Party; an
//	                         | anniversary of entry into force; consensus adopts; no vote before      |   organization); TestAmendmentPara1FiveYearsFrom29February (2033-02-27 / 2033-02-28);
//	                         | efforts are exhausted; then two thirds of the votes for and against    |   TestDecideAmendmentPara1And2 (consensus; efforts not exhausted; exactly two thirds /
//	                         | (abstentions are not votes); voters must be Parties; the vote follows  |   just under; abstentions; no vote); TestAmendmentTwoThirdsNeverDependsOnAbstentions;
//	                         | the proposal                                                             |   TestAmendmentLifecycle; vector AMD-1
//	Amendment art., 2        | an organization votes with its member States that are Parties; in a    | TestDecideAmendmentPara1And2 (counted / not counted / unassessed and decisive / not
//	                         | matter outside its competence its ballot is not counted and does not   |   decisive); TestDecideAmendmentPara2BallotOutsideCompetence (outside: members counted /
//	                         | bar its members'; within it, it and a member may not both vote         |   within: a Problem); "organization and member both vote" problems
//	Amendment art., 3        | ratification, acceptance or approval by a State Party, once per        | TestAmendmentLifecycle (before adoption refused / after accepted);
//	                         | participation, after adoption                                            |   TestLedgerRulesEachBrokenAlone (non-Party, twice, organization);
//	                         |                                                                          |   TestAccessionAfterDenunciationStartsAFreshParticipation
//	Amendment art., 4        | in force for the State the ninetieth day after its deposit              | TestAmendmentLifecycle (2009-07-29 / 2009-07-30); vector AMD-4
//	Amendment art., 5        | amended between two parties only if in force for both; otherwise the    | TestAmendmentLifecycle (one only / both / non-accepting / not in force between them)
//	                         | Convention unamended                                                     |
//	Denunciation art., 1     | by a State Party only (not an organization), once per participation,    | TestDenunciationPara1OneYearAfterReceipt; TestDenunciationPara1OneYearAroundLeapDays
//	                         | effective on the anniversary of receipt (29 February: 28 February)      |   (bound the day before / not on the day); TestLedgerRulesEachBrokenAlone; vector DEN-1
//	Denunciation art., 2     | an organization ceases on the day the last denunciation of its member   | TestDenunciationPara2REIOCeasesWhenAllMembersDenounced (two of three: not ceased / all:
//	                         | States then bound takes effect; members never bound are not waited for | 2032-05-01); TestDenunciationPara2MembersNeverBoundAreNotWaitedFor; vector DEN-2
//	Denunciation art., 3     | the protocols are denounced from the day the denunciation takes effect;| TestDenunciationPara1OneYearAfterReceipt (para. 3);
//	                         | not for an organization that ceased under para. 2                       |   TestDenunciationPara2REIOCeasesWhenAllMembersDenounced ("not a denunciation")
//	Depositary art., 1       | the ledger records only the parties it knows, each action once; a query | TestDepositaryPara1UnknownPartyAndDuplicates; TestUnknownPartyIsSaidUnknown (known /
//	                         | about a party it does not know says so (an error or NotApplicable)      |   unknown: Known, InForceFor, Status, StatusBetween, AmendmentBetween, decisions);
//	                         | and a record decodes from JSON with the rules' problems, by field path  |   TestDecodeLedgerReportsEveryProblemWithItsPath; TestLedgerJSONRoundTripProperty
//	Depositary art., 2       | six authentic languages (drafting note: the seed omits the paragraph)   | TestDepositaryPara2SixAuthenticLanguages
//
// # References
//
//   - The seed text: United States Proposals for International Cooperation,
//     Technical Assistance, Preventive Measures, Mechanism for
//     Implementation, and Final Provisions Chapters (Ad Hoc Committee, third
//     session).
//   - United Nations Convention against Transnational Organized Crime
//     (UNTOC), arts. 2(b), 13, 16-19, 27, 29-41.
//   - United Nations Convention against Corruption (UNCAC), arts. 13, 43,
//     44, 54.
//   - Single Convention on Narcotic Drugs, 1961 (SCND), arts. 5-8, 18.
//   - Council of Europe Convention on Cybercrime (ETS No. 185), arts. 29, 35.
//   - Akoma Ntoso naming convention for eIds (OASIS LegalDocML).
package convention
