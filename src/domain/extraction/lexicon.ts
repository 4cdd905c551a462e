// How sentences say what two actors do to each other: trigger phrases for each stance, and the cues
// for certainty and negation. Each trigger says how its actors pair up:
//   directed: the actors before it act on those after it ("Morocco cut ties with Iran");
//   mutual: the actors it joins relate both ways ("Israel and Turkey restore ties", "ties between
//     Israel and the UAE");
//   infix: it sits between two actors and relates the two next to it ("U.S. foe Iran").
import type { Stance } from '../claims/vocabulary';

export type Pairing = 'directed' | 'mutual' | 'infix';

export interface Trigger {
  stance: Stance;
  pairing: Pairing;
  pattern: RegExp;
  /** How far (in characters) after the trigger its object may start; weak words need it close. */
  reach: number;
  /** A noun that relates actors only when they are attached to it ("cooperation with X", "X–Y friendship"). */
  attached?: boolean;
}

const t = (stance: Stance, pairing: Pairing, source: string, options: { reach?: number; attached?: boolean } = {}): Trigger => ({
  stance,
  pairing,
  pattern: new RegExp(source, 'gi'),
  reach: options.reach ?? 90,
  ...(options.attached ? { attached: true } : {}),
});

const TIES = '(?:diplomatic |formal |bilateral |longstanding |long-standing |all |full |normal )*(?:ties|relations|relationship|links|contact)';

export const TRIGGERS: Trigger[] = [
  // severed: a formal break, embassies or offices closed, all diplomats sent home
  t('severed', 'directed', `\\b(?:cut|cuts|cutting|sever|severs|severed|severing|broke off|break off|breaks off|breaking off|ended|ends|ending|end) (?:off )?(?:its |their |the )?${TIES}\\b`),
  t('severed', 'directed', `\\b(?:closed|closes|closing|shut|shuts|shutting) (?:down )?(?:its |their |the )?(?:embass(?:y|ies)|consulates?|(?:liaison )?offices?)\\b`),
  t('severed', 'directed', '\\b(?:embass(?:y|ies)|(?:liaison )?offices) (?:were|was|have been|has been) (?:closed|shut)\\b'),
  t('severed', 'directed', '\\bdiplomats \\d+ hours to leave\\b'),
  t('severed', 'directed', '\\bexpel(?:led|s|ling)? all (?:of )?(?:its |their |the )?diplomats\\b'),
  t('severed', 'directed', '\\b(?:derecogni[sz](?:e|ed|es|ing)|withdr(?:ew|aw|awn|awing) (?:its |their )?recognition)\\b'),
  // hostile: material conflict
  t('hostile', 'mutual', '\\b(?:waged|wage|waging|fought|fight|fighting) (?:a |an )?(?:\\w+ )?(?:war|border war)\\b'),
  t('hostile', 'directed', '\\b(?:air ?strikes? (?:against|on)|missile strikes? (?:against|on)|attack(?:ed|ing|s)? on|attacked|bombed|shelled|invaded|invades|invasion of|blockade of|blockaded|fighting|fought (?:against)?)\\b'),
  t('hostile', 'directed', '\\b(?:killing|killed|killings)\\b', { reach: 20 }),
  t('hostile', 'directed', '\\b(?:political weapon|human smuggling|sending hundreds of)\\b'),
  t('hostile', 'directed', '\\b(?:military action|armed aggression|war (?:on|against))\\b'),
  // warming: improving, normalising or restoring ties
  t('warming', 'mutual', '\\bnormali[sz](?:e|ed|es|ing|ation)\\b'),
  t('warming', 'mutual', `\\b(?:restor(?:e|ed|es|ing|ation)|re-?establish(?:ed|es|ing)?|resum(?:e|ed|es|ing)|mend(?:ed|s|ing)?|repair(?:ed|s|ing)?|reinstat(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)) (?:of )?(?:the )?(?:long-strained |strained )?(?:${TIES}|ambassadors|them)\\b`),
  t('warming', 'mutual', '\\b(?:reconcil(?:e|ed|iation)|rapprochement|thaw|détente|detente|peace (?:agreement|deal|accord|treaty)|declaration of peace|signed a peace|warming)\\b'),
  t('warming', 'mutual', '\\b(?:appointed|appoint|re-?appoint(?:ed)?|exchang(?:e|ed|ing)) (?:new )?(?:respective )?ambassadors\\b'),
  t('warming', 'directed', `\\b(?:sought|seeks|seeking|seek) (?:better|closer|improved|warmer) ${TIES.replace('(?:ties', '(?:ties')}\\b`),
  t('warming', 'directed', '\\b(?:opened|opening|open|opens|set up|allowed \\w+ to open|establishment of) (?:of )?(?:an? |the |its |bilateral )?(?:new )?(?:[\\w"“”]+ ){0,3}(?:embass(?:y|ies)|(?:liaison |representative |trade )?offices?)\\b'),
  t('warming', 'directed', '\\b(?:switch(?:ed|ing|es)? (?:its )?(?:allegiance|recognition) to|recogni(?:tion of|sed|zed|ses|zes))\\b'),
  t('warming', 'directed', '\\b(?:delegations? (?:from|of)[^.]*? (?:have |has )?visited|return visit)\\b'),
  // tense: strained, accusations, protests, condemnation, recalled envoys, sanctions, disputes
  t('tense', 'mutual', '\\b(?:tense|strained|frosty|soured|souring|deteriorat(?:ed|ing)) (?:\\w+ ){0,2}(?:ties|relations|relationship)\\b'),
  t('tense', 'mutual', '\\b(?:relations|ties) (?:broke down|deteriorated|soured|worsened)\\b'),
  t('tense', 'mutual', '\\b(?:are|were|remain|remained|have been|has been|became|grew) (?:\\w+ )?(?:tense|strained|frosty|hostile to each other)\\b'),
  t('tense', 'mutual', '\\b(?:foes?|rivals?|adversar(?:y|ies)|enem(?:y|ies)|tensions?|row|dispute|standoff|stand-off|spat)\\b'),
  t('tense', 'directed', '\\b(?:accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|protest(?:ed|s|ing|ations)?|criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|warn(?:ed|s|ing)? against|threaten(?:ed|s|ing)?|rebuk(?:e|ed|es)|slam(?:med|s)?)\\b'),
  t('tense', 'mutual', "\\b(?:recall(?:ed|s|ing)?|withdr(?:ew|aw|awn)|expel(?:led|s|ling)?) (?:their )?(?:respective|each other's) (?:ambassadors?|envoys?|diplomats?)\\b"),
  t('tense', 'directed', '\\b(?:recall(?:ed|s|ing)?|withdr(?:ew|aw|awn) (?:its )?|expel(?:led|s|ling)?|summon(?:ed|s|ing)?) (?:its |their |the )?(?:\\w+ )?(?:ambassadors?|envoys?|diplomats?)\\b'),
  t('tense', 'directed', '\\b(?:sanctions?|sanctioned|tariffs?|embargo|blocked|blocks|blocking|downgrade(?:d|s)?|isolate(?:d|s)?|pulled out of|regrets?|regretted|great regret|expelled|expels)\\b'),
  t('tense', 'directed', '\\b(?:shameful|hypocritical|betray(?:al|ed|s)?|stab in the back)\\b'),
  t('tense', 'directed', '\\b(?:razor-wire barrier|border (?:fence|wall|barrier)|against the wishes of)\\b'),
  t('tense', 'directed', '\\b(?:claims? (?:it |\\w+ )?as (?:its|their) own|part of (?:the country|its territory)|territorial claim)\\b'),
  // cooperative: partners, allies, agreements, support, aid, mediation, visits
  t('cooperative', 'infix', '\\b(?:ally|allies|partner|partners)\\b'),
  t('cooperative', 'mutual', '\\b(?:great relationship|strong relationship|close relationship|strategic dialogue)\\b'),
  t('cooperative', 'mutual', '\\b(?:alliance|friendship|cooperation|co-operation|partnership)\\b', { attached: true }),
  t('cooperative', 'directed', '\\b(?:support(?:ed|s|ing)?|back(?:ed|s|ing)|help(?:ed|s|ing)?|aid(?:ed)?|assist(?:ed|s|ance)?|broker(?:ed|ing)?|mediat(?:e|ed|ing|ion)|appreciation|solidarity|arm(?:ed|ing|s)|weapons to)\\b', { reach: 45 }),
  t('cooperative', 'directed', '\\b(?:provided|provides|provide|supplied|supplies|delivered|delivers)\\b', { reach: 12 }),
  t('cooperative', 'directed', '\\b(?:visit(?:ed|s|ing)?|travel(?:l)?ed to|met (?:with )?|meet (?:with )?|meeting with|talks with|held talks|signed|an audience with|to see)\\b'),
  t('cooperative', 'directed', '\\b(?:critical partner|strategic partner|close ally|expand cooperation)\\b'),
];

/** Cues that change a claim's certainty, strongest first. */
export const CERTAINTY_CUES: { certainty: 'denied' | 'unconfirmed' | 'reported' | 'alleged'; pattern: RegExp }[] = [
  { certainty: 'denied', pattern: /\b(?:den(?:y|ies|ied|ying)|dismissed [^.]* as (?:fake|false|baseless)|rejected the (?:claims?|accusations?|reports?)|did not come up|played down|refuted)\b/i },
  { certainty: 'unconfirmed', pattern: /\b(?:unconfirmed|rumou?r(?:s|ed)?|it is not clear|if any|unverified|could not be (?:confirmed|verified))\b/i },
  { certainty: 'reported', pattern: /\b(?:reports? (?:in|from) |media (?:said|reported|reports)|reportedly|according to (?:media|reports|local media)|reported, citing|citing (?:unnamed )?officials|sources (?:said|told))\b/i },
  { certainty: 'alleged', pattern: /\b(?:alleg(?:e|ed|es|ing|edly)|accus(?:e|ed|es|ing))\b/i },
];

/** A negation just before a trigger ("did not come up", "no longer support"). */
export const NEGATION_BEFORE = /\b(?:not|never|no longer|n't|without)\s+(?:\w+\s+){0,1}$/i;

/** Words between two actor mentions that join them into one group ("A, B and C"). */
export const GROUP_JOINER = /^(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|or|&|as well as)\s+)(?:the\s+)?$/;

/** Words that make the actor before them a descriptor of the one after ("U.S. foe Iran", "NATO ally Turkey"). */
export const DESCRIPTOR = /^\s+(?:ally|allies|foe|foes|rival|partner|critic|adversary|enemy)\s+$/i;

/** Nouns after a demonym that make it mean people, not the state ("Iraqi migrants"). */
export const PEOPLE_NOUN = /^\s+(?:migrants?|refugees?|asylum|people|citizens?|nationals?|workers?|students?|tourists?|civilians?|communit(?:y|ies)|Jews|Muslims|Christians|fans|players?|team|families|descent|origin|diaspora|immigrants?|expatriates?|children|women|men)\b/;

/** Phrases that refer back to the last pair of actors ("the two nations", "both countries"). */
export const PAIR_ANAPHORA = /\b(?:the two (?:[A-Z]\\w+ )?(?:countries|nations|states|sides|governments|neighbou?rs|leaders|capitals|rivals|allies)|both (?:countries|nations|sides|governments)|the countries|each other)\b/i;
