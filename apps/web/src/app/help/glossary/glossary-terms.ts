/** One entry of the glossary: its anchor id (stable, used in links), the term, and what it means. */
export interface GlossaryTerm {
  id: string;
  term: string;
  /** One or more short paragraphs. */
  meaning: string[];
  /** Ids of related terms. */
  related?: string[];
}

/**
 * The words RCP Audit uses in a particular sense, in alphabetical order. Pages link a term's first
 * use to its entry (see GlossaryLink), so the ids here are part of the app's links: keep them.
 */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'audit',
    term: 'Audit',
    meaning: [
      'One pass through the council’s protocol register for a period, rating every protocol against every principle of the framework, with evidence. An audit is a draft until a lead submits it; submitted audits are locked and their figures stored. A lead can reopen a submitted audit, giving a reason.',
    ],
    related: ['rating', 'framework-version'],
  },
  {
    id: 'basis',
    term: 'Basis',
    meaning: [
      'Why a protocol exists: a statutory duty, council policy, local practice, or only assumed. Many rules people believe are required turn out to be local habit or assumption – those are the easiest to change.',
    ],
  },
  {
    id: 'carried-forward',
    term: 'Carried forward',
    meaning: [
      'A rating copied from the council’s previous audit into a new one. It counts towards the scores, but it is marked as not yet re-confirmed, with its age, until someone confirms it or changes it. Confirming says “this is still true”.',
    ],
    related: ['audit', 'rating'],
  },
  {
    id: 'class',
    term: 'Class (enabling, inhibiting, mixed, neutral)',
    meaning: [
      'A protocol’s class follows from its protocol score. Enabling: the score is above the framework’s enabling threshold. Inhibiting: below the inhibiting threshold. Mixed: close to zero overall, yet strongly enabling some principles and strongly inhibiting others – a protocol holding tensions. Neutral: anything else.',
    ],
    related: ['enabling', 'inhibiting', 'protocol-score'],
  },
  {
    id: 'context-need',
    term: 'Context need (relational, transactional, mixed)',
    meaning: [
      'What the service a protocol governs needs. A relational service depends on a relationship with the person (for example, a social worker’s visits). A transactional one should be standard, quick and fair (for example, paying a parking fine). Mixed services need some of both.',
      'Each principle says which contexts it applies to, so a protocol that standardises a transactional service is not marked down for it.',
    ],
    related: ['mismatch'],
  },
  {
    id: 'council-index',
    term: 'Council index',
    meaning: [
      'The council’s headline figure for an audit, from −100 to +100: the average of its organisational protocols’ scores, each weighted by its reach, so a protocol that shapes thousands of conversations counts more than one that shapes a few. Above zero, the council’s protocols on balance enable relationship-centred practice; below zero, they hinder it.',
      'Wider-environment protocols have an index of their own, reported apart.',
    ],
    related: ['protocol-score', 'reach', 'coverage', 'wider-environment'],
  },
  {
    id: 'coverage',
    term: 'Coverage',
    meaning: [
      'The share of the council’s active protocols that the audit has rated. When coverage is below the framework’s threshold, the index is marked provisional: it may change a lot once the rest is rated.',
    ],
    related: ['provisional'],
  },
  {
    id: 'enabling',
    term: 'Enabling',
    meaning: [
      'A rating of +1 (enables) or +2 (strongly enables): the protocol makes it easier for staff to practise a principle – for example, a named worker who stays with a family supports continuity. An enabling protocol is one whose overall score is above the enabling threshold.',
    ],
    related: ['inhibiting', 'class', 'rating'],
  },
  {
    id: 'evidence',
    term: 'Evidence',
    meaning: [
      'What supports a rating: a document, a figure, what staff or residents said, with the date it describes. A strong rating (+2 or −2) needs written evidence, so the council can justify it in public.',
    ],
  },
  {
    id: 'framework-version',
    term: 'Framework version',
    meaning: [
      'The framework – its principles, behaviours, competencies and scoring settings – is published in numbered versions. A published version never changes; each audit keeps the version it was started with, so its scores can always be explained. Items keep the same key across versions, so trends stay comparable.',
    ],
    related: ['principle'],
  },
  {
    id: 'inhibiting',
    term: 'Inhibiting',
    meaning: [
      'A rating of −1 (inhibits) or −2 (strongly inhibits): the protocol makes it harder for staff to practise a principle – for example, 15-minute home-care visits leave no time to listen. An inhibiting protocol is one whose overall score is below the inhibiting threshold. Inhibiting protocols are where change plans start.',
    ],
    related: ['enabling', 'class', 'plan'],
  },
  {
    id: 'mismatch',
    term: 'Mismatch',
    meaning: [
      'A protocol that imposes a script or standard process on a service that needs a relationship – a relational context need with a strongly negative score on the relational principles. Mismatches are counted and listed apart because they are often the most damaging rules.',
    ],
    related: ['context-need'],
  },
  {
    id: 'not-applicable',
    term: 'Not applicable',
    meaning: [
      'A rating that says a principle does not bear on a protocol at all. It is left out of the protocol’s score – it never counts as zero.',
    ],
    related: ['rating'],
  },
  {
    id: 'peer-group',
    term: 'Peer group',
    meaning: [
      'Councils like yours – by type, region or population – used on the benchmarks page to compare like with like. Figures for a group of fewer councils than the minimum are withheld, so no council can be singled out.',
    ],
    related: ['benchmark'],
  },
  {
    id: 'benchmark',
    term: 'Benchmark',
    meaning: [
      'How your council’s latest index compares with the rest of the network or a peer group: the spread of indexes, the quartiles, and your rank. Other councils appear by name only if they chose to be shown by name.',
    ],
    related: ['peer-group', 'council-index'],
  },
  {
    id: 'perspective',
    term: 'Perspective',
    meaning: [
      'Whose view a rating records: leadership, frontline practitioners, or residents and people with lived experience. Each perspective gets its own scores; the gap between them is shown as a headline figure, because a protocol that looks enabling from the top may not feel that way on the front line.',
    ],
  },
  {
    id: 'plan',
    term: 'Change plan',
    meaning: [
      'The council’s planned changes to its protocols: amend, replace, retire or introduce one, with an owner, a due date and target ratings. The dashboard projects the index if the selected changes land, and after the next audit shows what was planned against what was achieved.',
    ],
    related: ['protocol-load'],
  },
  {
    id: 'principle',
    term: 'Principle',
    meaning: [
      'One of the framework’s underpinning principles of relationship-centred practice – for example, continuity or mutual trust. Every protocol is rated against each principle that applies to its context. Each principle has a weight, set by the framework version.',
    ],
    related: ['framework-version', 'context-need'],
  },
  {
    id: 'protocol',
    term: 'Protocol',
    meaning: [
      'Any policy, procedure, permission, performance measure, contract, system, budget rule or piece of governance that shapes how staff work with residents. The protocol register is the council’s list of them; the protocol library offers common ones to start from.',
    ],
    related: ['protocol-register', 'wider-environment'],
  },
  {
    id: 'protocol-load',
    term: 'Protocol load',
    meaning: [
      'How many active organisational protocols the council has. Retiring rules that no longer help reduces it: fewer rules can mean more room for judgement.',
    ],
  },
  {
    id: 'protocol-register',
    term: 'Protocol register',
    meaning: [
      'The council’s own list of its protocols, with category, owner, service area, context need, reach, basis and review date. Each audit rates the protocols in the register.',
    ],
    related: ['protocol', 'basis', 'reach'],
  },
  {
    id: 'protocol-score',
    term: 'Protocol score',
    meaning: [
      'A protocol’s overall rating, from −100 to +100: the weighted average of its ratings against the principles that apply, with not-applicable ratings left out. +100 means strongly enabling on every principle.',
    ],
    related: ['rating', 'class'],
  },
  {
    id: 'provisional',
    term: 'Provisional',
    meaning: [
      'An index worked out from too little of the register (coverage below the framework’s threshold). It is shown, but marked so nobody reads too much into it.',
    ],
    related: ['coverage'],
  },
  {
    id: 'rating',
    term: 'Rating',
    meaning: [
      'How one protocol bears on one principle: −2 strongly inhibits, −1 inhibits, 0 no effect, +1 enables, +2 strongly enables, or not applicable.',
    ],
    related: ['enabling', 'inhibiting', 'not-applicable', 'evidence'],
  },
  {
    id: 'reach',
    term: 'Reach',
    meaning: [
      'How many interactions with residents a protocol governs – low, medium or high. Reach weights a protocol’s score in the council index.',
    ],
    related: ['council-index'],
  },
  {
    id: 'wider-environment',
    term: 'Wider environment',
    meaning: [
      'Conditions the council shapes but does not control: national policy, funding regimes, regulation and inspection. They are registered and rated like the council’s own protocols, but reported apart, so the council index is not blamed for what the council cannot change.',
    ],
    related: ['council-index', 'protocol'],
  },
];

export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return GLOSSARY.find((t) => t.id === id);
}
