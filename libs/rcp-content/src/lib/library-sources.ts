/**
 * Where the protocol library's sources lead: each "Sn" a library `sourceNote` cites, with the
 * public web page(s) it stands for (the research summary's source list, DOMAIN.md). A test checks
 * every cited id is here.
 */
export const LIBRARY_SOURCES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  S4: ['https://relationshipsproject.org/from-process-led-to-relationship-led/'],
  S7: ['https://relationshipsproject.org'],
  S9: ['https://www.themj.co.uk/Councils-bonding-role-in-relationships/218858'],
  S10: ['https://demos.co.uk/project/locating-authority-a-vision-for-relational-local-government/'],
  S11: ['https://www.changingfuturesnorthumbria.co.uk/liberated-method-archive'],
  S12: [
    'https://www.gov.scot/publications/exploring-innovations-developments-adult-social-care-eligibility-criteria/pages/11/',
  ],
  S14: [
    'https://collaboratecic.com/insights-and-resources/the-tangled-and-the-trapped-reforming-public-services-a-citizen-at-a-time/',
  ],
  S15: ['https://centreforpublicimpact.org/our-work/human-learning-systems/'],
  S16: [
    'https://www.centreforpublicimpact.org/insights/coalition-calls-for-radical-public-service-revolution-in-new-ebook',
  ],
  S17: [
    'https://www.themandarin.com.au/187591-an-alternative-paradigm-for-public-management-with-impact/',
  ],
  S18: ['https://scribd.com/document/699055408/hls-practical-guide'],
  S19: ['http://www.participle.net/families'],
  S20: [
    'https://marketingthesocialgood.com/2015/12/03/the-power-of-design-social-service-program-design/',
  ],
  S22: ['https://www.kingsfund.org.uk/blog/2019/07/wigan-positive-approach-risk'],
  S23: [
    'https://www.lgcplus.com/politics/dan-wellings-and-chris-naylor-is-the-wigan-deal-real/7029775.article',
  ],
  S24: ['https://www.england.nhs.uk/blog/redefining-the-role-of-the-public-in-public-services/'],
  S25: [
    'https://www.centreforpublicimpact.org/insights/tight-values-loose-delivery-donna-hall-leading-deal-wigan',
  ],
  S26: [
    'http://arliemediadesign.com/blogs/donna-hall-are-you-really-listening-how-to-better-hear-people-and-increase-happiness',
  ],
  S27: [
    'https://fdocuments.us/document/wigan-council-2020-2019-01-11-welcome-to-the-deal-for-the-future-we-have-a-vision.html',
  ],
  S28: ['https://alayacare.com/blog/rise-of-the-dutch-model-of-neighbourhood-care/'],
  S29: [
    'https://medium.com/@Harri_Kaloudis/a-systematic-overview-of-the-literature-in-english-on-buurtzorg-nederland-part-b-the-buurtzorg-189a7e4704b0',
  ],
  S30: ['https://aneo.eu/en/blog/networked-self-management-buurtzorg?hs_amp=true'],
  S32: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC6009560'],
  S33: ['https://lacnetwork.org/local-area-coordination/'],
  S34: ['https://inclusiveneighbourhoods.co.uk/how-does-it-work/'],
  S36: [
    'http://www.communitycare.co.uk/2010/02/17/how-hackney-has-replaced-social-work-teams-with-units/',
  ],
  S37: [
    'https://www.communitycare.co.uk/2013/07/16/stress-busting-hackney-model-under-threat-from-cherry-picking-councils/',
  ],
  S38: ['http://eprints.lse.ac.uk/47475'],
  S39: [
    'https://www.communitycare.co.uk/2017/02/16/government-reveals-average-social-worker-caseload/',
  ],
  S40: ['https://www.cypnow.co.uk/cyp/news/2004897/rise-in-caseloads-for-childrens-social-workers'],
  S41: ['https://ouci.dntb.gov.ua/en/works/45xzeDD7'],
  S42: ['https://paperzz.com/doc/8507964/the-death-of-reflective-supervision%3F'],
  S46: [
    'https://nhchc.org/research/publications/trauma-informed-organizations-change-package/trust/',
  ],
  S56: ['https://www.ivar.org.uk/flexible-funders/'],
  S57: [
    'https://www.norfolk.gov.uk/article/39266/What-do-we-mean-by-co-production',
    'https://www.thinklocalactpersonal.org.uk/Latest/Co-production-The-ladder-of-co-production/',
  ],
  S58: ['https://golab.bsg.ox.ac.uk/the-basics/relational-contracting/'],
  S59: [
    'https://blogs.ncvo.org.uk/2020/05/22/commissioning-and-contracting-shaping-the-new-normal/',
  ],
  S60: [
    'https://www.communitycare.co.uk/2015/09/23/home-care-visits-last-least-30-minutes-says-official-guidance/',
  ],
  S61: ['https://impact.bham.ac.uk/new-models-of-homecare-and-re-ablement'],
  S62: [
    'https://www.skillsforcare.org.uk/Recruitment-retention/Values-based-recruitment-and-retention/Values-based-recruitment-and-retention.aspx',
  ],
  S63: [
    'https://www.theguardian.com/social-care-network/2013/jul/17/recruiting-social-care-workers-with-the-right-values',
  ],
  S64: ['https://designpatternsformentalhealth.org/patterns/tell-the-story-once/'],
  S65: [
    'https://www.shropshire.gov.uk/committee-services/ieIssueDetails.aspx?IId=32196&Opt=3',
    'https://chesterfield.gov.uk/about-this-website/contact-the-council/comments-compliments-and-complaints/local-government-and-social-care-ombudsman-and-complaints',
  ],
  S66: [
    'https://www.sunshineradio.co.uk/ludlow/news/local-news/council-says-call-centre-cuts-will-mean-more-outbound-contacts-to-check-on-vulnerable-residents/',
  ],
  S67: ['https://www.oreilly.com/library/view/critical-systems-thinking/9781119118374/c10.xhtml'],
  S70: ['https://polimapper.co.uk/uk-geography-guide/local-authority-maps/'],
  S71: [
    'https://aspirantship.blogspot.com/2022/12/local-government-in-uk.html',
    'https://www.mikerouse.co.uk/explainers/what-are-the-councils-that-cover-redditch/',
  ],
  S76: ['https://www.wigansafeguardingadults.org/Public/What-we-do/Deal-Adult-Health.aspx'],
  S79: ['https://publications.parliament.uk/pa/cm201213/cmselect/cmworpen/576/576vw64.htm'],
  S80: ['https://workplace.brighton-hove.gov.uk/casestudies/what-digital-exclusion'],
  S82: ['https://docslib.org/doc/6696581/cabinet-agenda'],
  S83: ['https://paperzz.com/doc/8088570/review-of-local-government-complaints-2015-16'],
});

/** A cited source, ready to link: its id, address and the site it is on ("communitycare.co.uk"). */
export interface CitedSource {
  id: string;
  url: string;
  site: string;
}

const CITATION = /^((?:S\d+)(?:\s*,\s*S\d+)*)\s*[:.]\s*/;

/**
 * Splits a library source note – "S39, S40: average caseloads…" – into the sources it cites (each
 * page an id stands for) and the note's own words. Unknown ids are left out of `sources`.
 */
export function citedSources(note: string): { sources: CitedSource[]; text: string } {
  const match = CITATION.exec(note);
  if (!match) return { sources: [], text: note };
  const ids = match[1].split(',').map((id) => id.trim());
  const sources = ids.flatMap((id) =>
    (LIBRARY_SOURCES[id] ?? []).map((url) => ({ id, url, site: siteOf(url) })),
  );
  return { sources, text: note.slice(match[0].length) };
}

function siteOf(url: string): string {
  const host = /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? url;
  return host.replace(/^www\./, '');
}
