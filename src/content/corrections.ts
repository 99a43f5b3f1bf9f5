import type { CorrectionEntry } from './types'

// The corrections log, newest first: every change to what readers were shown once the explainer was
// published, dated, with what changed and why, so a reader of the old text can learn what is
// different. A claim named here has its note's `updated` date on or after the entry (or was first
// checked that day); validation holds the two together. Shown on the Sources & method page.
export const corrections: CorrectionEntry[] = [
  {
    id: 'funding-budgets-named',
    date: '2026-11-29',
    claimIds: ['increased-funding'],
    what: '“More money and training for police” changed from Contradicted to Not borne out. Its note had said the record contradicts the funding half at federal level; it now names each budget: the security ministry’s (SSPC) own budget fell in 2025 and is proposed lower for 2026, while total security-sector spending is proposed 0.7% higher, in nominal terms. The editor’s note no longer lists the claim or calls it plainly wrong, and no longer treats the SSPC’s cut as a cut in all federal security funding. The “At a glance” point on money, which said training was “pledged rather than delivered”, now says the record shows pledges, not whether they were met; the who’s-who entry on the SSPC names both budgets.',
    why: 'We had taken one budget for all federal security spending and read pledges as proof that nothing was delivered. The record (facts F1 to F3) shows the SSPC’s cut, the sector’s small proposed rise and the pledges, not their outcome; a statement with a reading under which it holds is not Contradicted.',
  },
  {
    id: 'paraphrases-rated-alike',
    date: '2026-11-29',
    claimIds: [
      'intelligence-sharing',
      'leader-captures',
      'white-house-role',
      'partnership-evolved',
      'deaths-and-corruption',
      'increased-funding',
      'progress-far-from-over',
      'holistic-approach',
      'optimistic-forecast',
    ],
    what: '“The White House’s role” changed from Unverifiable to Not borne out, and “An evolving partnership” from Supported to Partly supported. Both notes now say we found no quote of his and rate what the article says he said, and the “Who says it” line of every claim the article reports from him now says the same. The partnership note now gives the U.S. tariff threats and terrorist designations of 2025, and no longer says the 2021 framework put more weight on the social causes of violence than the Mérida Initiative did.',
    why: 'The two paraphrases had been rated by different methods: one left unrated for want of a quote, the other rated on what it says. The partnership note also left out facts (B2, B3) that our own summary cites, and made a comparison the record (B1) does not make.',
  },
  {
    id: 'troops-agreed',
    date: '2026-11-29',
    claimIds: ['white-house-role'],
    what: 'The note on the White House’s role and the who’s-who entry on the National Guard now say that Mexico agreed in February 2025 to deploy 10,000 National Guard troops to its northern border. They had said it sent them.',
    why: 'The record (B2) shows the agreement, not the deployment.',
  },
  {
    id: 'captures-as-reported',
    date: '2026-11-29',
    claimIds: ['leader-captures'],
    what: 'The note on captures of cartel leaders now says that Mexico’s government said it took no part in the arrest of Ismael “El Mayo” Zambada, where it had stated as fact that Mexico played no part. It no longer calls that arrest and Ovidio Guzmán’s capture “the two most prominent arrests of recent years”, no longer offers the 92 cartel figures sent to the United States as captures, and says why we read “his tenure” as his federal tenure. The rating stays Partly supported.',
    why: 'A government’s account of its own part is a report, not a fact (C1); the record does not rank arrests; and it records the 92 as transfers of people already held, without saying when they were captured (B4 to B6).',
  },
  {
    id: 'corruption-index',
    date: '2026-11-29',
    claimIds: ['deaths-and-corruption'],
    what: 'The note on deaths and corruption no longer says the corruption half is borne out by Transparency International’s index. It now says what the index measures, how corrupt the public sector is perceived to be, and that the record holds no measure of corruption caused by cartels. It also says that the people registered as missing are not all dead or linked to cartels. The rating stays Partly supported.',
    why: 'A measure of one thing is not evidence of another (D4), and a missing person is not a counted death (D3).',
  },
  {
    id: 'toll-takeaway',
    date: '2026-11-29',
    claimIds: [],
    what: 'The “At a glance” point on the toll now says that not all homicides are linked to cartels, and that the people registered as missing are not all dead or linked to cartels. It had set both figures against “thousands of deaths” as if all were deaths caused by cartels.',
    why: 'Facts D1 and D3 carry both caveats.',
  },
  {
    id: 'september-2023-office',
    date: '2026-11-29',
    claimIds: ['nyt-interview-date', 'security-chief-title'],
    what: '“His title” changed from Partly supported to Supported. Its note, the note on the interview’s date and the “At a glance” point on the date had said that in September 2023 he held no security office; they now say he was Mexico City’s security secretary until he resigned on 9 September, and held no federal post. The title is no longer marked down for the wrong date, which is rated under its own claim.',
    why: 'He resigned the city post on the 9th (A2). The title was right at the real interview of December 2025 (A1, A3), so rating it down for the date counted one error twice.',
  },
  {
    id: 'verdicts-follow-notes',
    date: '2026-11-29',
    claimIds: ['holistic-approach', 'progress-far-from-over'],
    what: '“Tackling poverty and education” changed from Supported to Partly supported: its note says the record names youth programmes and prevention under the strategy’s first axis, not poverty and education. “Progress, but far from over” changed from Partly supported to Supported: its note finds support for both halves, and keeps the caveats. The “At a glance” point on the causes of crime says the same.',
    why: 'A rating must follow from its own note (E1; D2, C4, D3).',
  },
  {
    id: 'times-via-el-universal',
    date: '2026-11-29',
    claimIds: ['security-chief-title', 'nyt-interview-date', 'intelligence-sharing', 'white-house-role', 'key-figure'],
    what: 'Every note that rests on the New York Times piece of December 2025 now says we know it through El Universal’s report of it, and both facts drawn from that report, the interview’s date (A3) and the surge in intelligence sharing (B8), carry the same label. The editor’s note says so for the date.',
    why: 'Only the intelligence-sharing fact had been labelled second-hand, though the date, on which the one Contradicted rating rests, comes from the same report.',
  },
  {
    id: 'themes-and-heading',
    date: '2026-11-29',
    claimIds: ['nyt-interview-date', 'key-figure'],
    what: '“The interview’s date” and “A key figure in security” no longer carry the Cooperation theme. The reason given for the last paragraph’s themes now says that its only tie to communities is the phrase “community engagement”. The heading we added over the first section, “A tougher line on cartels”, is now “The interview and the government’s strategy”.',
    why: 'A theme must come from the words it tags, and a heading of ours should not repeat the article’s own “aggressive”, which we have not checked.',
  },
  {
    id: 'four-claims-added',
    date: '2026-11-29',
    claimIds: ['intensified-efforts', 'communities-suffer', 'pressure-forecast', 'community-engagement'],
    what: 'Four statements are now key claims: that the government has intensified its efforts against organized crime, that many communities continue to suffer from cartel violence, the forecast that sustained pressure on cartels will let citizens feel secure, and the closing line’s “importance of community engagement”. The claims after each are renumbered. Eight notes gained related-claim links to the new ones, and “More money and training for police” no longer links to the interview’s date.',
    why: 'Readers expect to check these statements too, and the closing line credits him with a view the article never reports him giving.',
  },
]
