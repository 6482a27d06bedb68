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
//     approval, accession; REIOs): [Ledger], [Build], [Ledger.Add],
//     [LedgerRules], [Action].
//   - Entry into force art., paras. 1-2: [Ledger.EntryIntoForce],
//     [Ledger.PartyEntryIntoForce], [Ledger.InForceBetween], [Ledger.Status],
//     [Ledger.StatusBetween].
//   - Amendment art., paras. 1-5: [AmendmentProposalAdmissible],
//     [DecideAmendment], [Ledger.AmendmentBetween].
//   - Denunciation art., paras. 1-3: [Ledger.Ceases], [Ledger.IsParty],
//     [Ledger.DenouncesProtocols].
//   - Depositary art., para. 1 (the Secretary-General): [Depositary];
//     para. 2 (six authentic texts): [AuthenticLanguages].
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
