// CAMEO event codes (GDELT's "who did what to whom") -> Entente's stances. The table follows the
// CAMEO codebook's verb classes; where a class mixes kinds of act, the specific codes that differ
// are listed on their own. The reasons are written beside each entry and in docs/cameo-stances.md.
import type { Stance } from '../claims/vocabulary';
import { cameoName } from './cameoNames';

export interface CameoStance {
  /** The CAMEO code (2 to 4 digits) the rule is for. */
  code: string;
  /** The codebook's name for it. */
  name: string;
  stance: Stance;
  /** Why this stance. */
  why: string;
}

/** An entry; its name is the codebook's (cameoNames.ts), so that names live in one place. */
const r = (code: string, stance: Stance, why: string): CameoStance => ({ code, name: cameoName(code) ?? code, stance, why });

/** The twenty verb classes (root codes). */
export const CAMEO_ROOTS: CameoStance[] = [
  r('01', 'cooperative', 'verbal cooperation in the QuadClass scheme (statements, comments); pessimistic comments are split out'),
  r('02', 'cooperative', 'requests for cooperation, aid, meetings: verbal cooperation'),
  r('03', 'cooperative', 'verbal cooperation; the intent to meet or negotiate is split out as warming'),
  r('04', 'cooperative', 'visits, meetings, mediation, negotiation: working together'),
  r('05', 'cooperative', 'praise, support, cooperation, agreements; recognition is split out as warming'),
  r('06', 'cooperative', 'economic, military, judicial cooperation'),
  r('07', 'cooperative', 'economic, military, humanitarian aid'),
  r('08', 'cooperative', 'accepting demands, releasing people; easing sanctions and de-escalation are split out as warming'),
  r('09', 'tense', 'investigating another actor (crime, corruption, human rights, military action) is scrutiny, not cooperation'),
  r('10', 'tense', 'demands are pressure: the codebook puts them in verbal conflict'),
  r('11', 'tense', 'criticism, denunciation, accusation: verbal conflict'),
  r('12', 'tense', 'rejecting proposals, demands, plans: verbal conflict'),
  r('13', 'tense', 'threats are verbal conflict, not yet material'),
  r('14', 'tense', 'demonstrations, hunger strikes, blockades by protesters: pressure, not force between states'),
  r('15', 'tense', 'alerts, mobilisation and military exercises show force without using it'),
  r('16', 'tense', 'reducing aid, sanctions, halting talks, expelling; breaking relations is split out as severed'),
  r('17', 'hostile', 'seizing property, arrests, repression: force against the other; administrative sanctions and expulsions are split out as tense'),
  r('18', 'hostile', 'abductions, attacks, bombings: material conflict'),
  r('19', 'hostile', 'military force: material conflict'),
  r('20', 'hostile', 'mass killings, weapons of mass destruction'),
];

/** Codes that differ from their class. */
export const CAMEO_SPECIFIC: CameoStance[] = [
  r('012', 'tense', 'a negative statement about the other'),
  r('036', 'warming', 'a step towards talks: ties improving'),
  r('054', 'warming', 'establishing relations'),
  r('055', 'warming', 'repairing relations'),
  r('056', 'warming', 'repairing relations'),
  r('057', 'cooperative', 'an agreement is cooperation (the annotation conventions of ../shared/eval); a peace agreement or a restoration of ties is warming, which articles tell by their words'),
  r('081', 'warming', 'lifting pressure'),
  r('085', 'warming', 'lifting pressure'),
  r('087', 'warming', 'stepping back from conflict'),
  r('161', 'severed', 'the formal break of relations'),
  r('172', 'tense', 'sanctions are pressure, not force'),
  r('174', 'tense', 'expulsions are tense, as in the extraction rules'),
];

const BY_CODE = new Map([...CAMEO_ROOTS, ...CAMEO_SPECIFIC].map((e) => [e.code, e]));

/**
 * The stance of a CAMEO event code: its own entry, or its three-digit base code's, or its verb
 * class's. Null for a code that is not CAMEO.
 */
export function stanceOfCameo(eventCode: string): CameoStance | null {
  if (!/^\d{2,4}$/.test(eventCode)) return null;
  return BY_CODE.get(eventCode) ?? BY_CODE.get(eventCode.slice(0, 3)) ?? BY_CODE.get(eventCode.slice(0, 2)) ?? null;
}
