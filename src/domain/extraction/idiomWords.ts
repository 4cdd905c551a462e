// The word lists several idioms share (idioms.ts): ties, envoys, missions, agreements, words of concern; and
// two of them as single words, for the readings that look for one (triggers.ts, nounParties.ts).

/** Words for ties between states. */
export const TIES = 'tie|ties|relation|relations|relationship|links|contact|contacts|connection|connections'; // (not "link", whose lemma a participle shares: "established a corridor linking the coast with Nicosia")
/** The forms of "de-escalate", which the tagger does not lemmatise. */
export const DE_ESCALATE = 'de-escalate|de-escalates|de-escalated|de-escalating';
export const ENVOY = "ambassador|ambassadors|envoy|envoys|diplomat|diplomats|consul|consuls|chargé_d'affaires|charge_d'affaires|chargé|attaché|attachés|attache|attaches|emissary|high_commissioner|high_commissioners|nuncio|representative|representatives";
export const MISSION = 'embassy|embassies|consulate|consulates|mission|missions|office|offices';
/** A word of MISSION, alone: "ordered China to close its consulate" (triggers.ts). */
export const MISSION_WORD = new RegExp(`^(?:${MISSION})$`);
/** Words of concern felt at another state's act: "concerned by the deal", "disappointed that Nauru had switched" (nounParties.ts reads what follows "that"). */
export const CONCERN = 'concerned|alarmed|troubled|worried|dismayed|disturbed|angered|outraged|incensed|disappointed';
export const CONCERN_WORD = new RegExp(`^(?:${CONCERN})$`);
/** Verbs that only cause a feeling in others ("sparked alarm in Canberra"), and the feelings they cause: one idiom (idioms.ts) and the pairing that reads who feels it (concernRaised.ts). */
export const CAUSING = 'spark|stoke|fuel|trigger|prompt|provoke|cause|stir|arouse|ignite|evoke';
export const CAUSED_FEELING = 'concern|concerns|alarm|fears|fear|worry|worries|anger|outrage|unease|consternation|indignation|fury|dismay';
export const AGREEMENT = 'agreement|agreements|deal|deals|treaty|treaties|accord|accords|pact|pacts|memorandum|memorandums|memoranda|mou|mous|protocol|declaration|partnership|arrangement|arrangements';
/** Arms a state buys, orders or receives from another: the idioms of arms bought (061) and of arms or aid received (07). */
export const ARMS = 'jets|fighter_jets|fighters|warplanes|aircraft|planes|submarines|frigates|corvettes|warships|tanks|helicopters|drones|missiles|weapons|arms';
/** Verbs of holding an exercise, or of bringing one to its end (held all the same): the idioms of exercises (idioms.ts). */
export const HOLD_EXERCISE = 'conduct|hold|stage|carry_out|launch|conclude|complete|finish|wrap_up|wind_up|wound_up';
