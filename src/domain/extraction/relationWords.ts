// Words of how two actors stand and how they judge each other, beside the idioms (idioms.ts): states
// of relations ("strained ties"), relations that change ("ties soured"), and judgements of another's
// act ("called the move unacceptable"). relationTriggers.ts and triggerWords.ts read them; each has a
// test in idioms.test.ts.
import type { Stance } from '../claims/vocabulary';

/** Words that, before "ties" or "relations", say how two actors stand. */
export const RELATION_STATES: { words: string; stance: Stance; why: string }[] = [
  { words: 'strained|estranged|tense|frosty|sour|soured|souring|troubled|rocky|uneasy|fraught|poor|bad|cold|hostile|difficult|deteriorating|worsening|broken|fractured|chilly|icy|tempestuous|turbulent|stormy|testy|prickly|acrimonious|frayed|tumultuous|damaged|poisoned|aggravated', stance: 'tense', why: 'strained relations' },
  { words: 'warming|improving|thawing|growing|renewed|restored|normalised|normalized|burgeoning|budding|better|closer|improved|warmer|established|re-established|reestablished', stance: 'warming', why: 'improving relations ("sought better ties"), or relations first made ("diplomatic relations between China and Grenada were established in 1985")' },
  { words: 'close|strong|good|friendly|cordial|warm|excellent|deep|historic|strategic|brotherly|fraternal|special|solid|robust|great|longstanding|long-standing|strengthened|ironclad|unbreakable|stable|steady|healthy|sound|normal|cooperative|constructive|amicable|harmonious', stance: 'cooperative', why: 'good relations; "normal relations" are had, not improved ("sees no reason for its normal diplomatic relations with Morocco to be impaired")' },
];

/** Verbs that, with relations as their subject, say how they changed ("ties soured"). */
export const RELATION_CHANGES: { words: string; stance: Stance; why: string }[] = [
  { words: 'sour|deteriorate|worsen|collapse|break|plummet|nosedive|suffer|fray|chill|cool|strain|crumble|unravel|stall|falter|plunge|sink|slump|tumble|slide|spiral|deadlock|wane|weaken|erode', stance: 'tense', why: 'relations that worsened ("ties plunged", "relations slid", "the understanding between the two powers waned"), or talks that "deadlocked"' },
  { words: 'improve|warm|thaw|recover|normalise|normalize|grow|deepen|strengthen|flourish|blossom|expand|stabilise|stabilize|mend|heal|resume|restart|revive', stance: 'warming', why: 'relations that improved ("have stabilised since"), or resumed ("trade relations have resumed")' },
  { words: 'sever|cut|rupture|end|terminate', stance: 'severed', why: 'relations severed or cut, told with the relations as subject ("relations between the two were severed in 2017"): a break of relations' },
];

/** Judgements one state passes on another's act ("Canada said India's move was unacceptable", "Macron called
 * Beijing's conduct a provocation"): criticism (CAMEO 111), after a copula or a verb ("called", "branded"). */
export const EVALUATIONS: { words: string; stance: Stance; code: string; why: string }[] = [
  {
    words: 'enemy|foe|unacceptable|illegal|illegitimate|unlawful|provocative|irresponsible|reckless|destabilizing|destabilising|unjustified|unjustifiable|baseless|unfounded|groundless|absurd|outrageous|deplorable|regrettable|reprehensible|unwarranted|unprovoked|hypocritical|oppressive|exploitative|abusive|predatory|inhumane|shameful|null_and_void|unwelcome|not_welcome|discourtesy|affront|insult|slap_in_the_face|land_grab|provocation|threat|violation|betrayal|sham|farce|aggression|act_of_aggression|blackmail|genocide|war_crimes|ethnic_cleansing|terrorism|state_terrorism|apartheid|interference|meddling|corrupt|absurdity|disgraceful|insulting|insult|stab_in_the_back|slander|smear|lies|propaganda|unfriendly|unfriendly_act|hostile|hostile_act|bullying|coercion|economic_coercion|intimidation|colonialist|imperialist|butcher|murderer|dictator|dictatorship|tyrant|war_criminal|terrorist_state|terror_state|terror_regime|terrorist_regime|apartheid_state|rogue_state|pariah|thug|fascist|warmonger|aggressor|aggressors|occupier|occupiers|arrogant|incompetent|liar|puppet|clown|co-aggressor|accomplice|culprit|main_culprit|manipulator|instigator',
    stance: 'tense',
    code: '111',
    why: 'calling what another state did illegal or unacceptable, its leader a butcher or a dictator, or the state an enemy, is criticism (CAMEO 111)',
  },
  {
    words: 'legitimate_government|rightful_government|legitimate_representative|lawful_government',
    stance: 'cooperative',
    code: '051',
    why: 'calling a state\'s government the legitimate one ("The People\'s Republic of China is the only legitimate government", a minister said) is recognising it, cooperative by the conventions',
  },
];
/** Verbs that pass a judgement on their object: "called X's move a land grab". */
export const CALLING_VERBS = ['call', 'brand', 'label', 'describe', 'term', 'dub', 'deem', 'consider', 'denounce', 'condemn', 'dismiss', 'reject', 'slam', 'declare', 'compare', 'liken'];
