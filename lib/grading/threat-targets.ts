import { SLURS } from './word-lists/offensive-words';
import type { CommentView } from './comment-view';
import { GROUP_ADJECTIVES, GROUP_MEMBERS, GROUP_NOUNS } from './word-lists/protected-groups';

/**
 * Who (or what) a threat is aimed at, as pieces of regular expressions over the normalised words:
 * officers, people, groups named by identity ("gay people", "every Muslim", a slur) and police
 * buildings. A threat rule needs one of these after its verb: "kill it" is praise, "kill them"
 * is not.
 */

/**
 * Groups of people by name, plural or one member ("kill every Muslim", "refugees should…"), from
 * the protected-groups list, plus political groups: not protected from hate, but a threat to
 * kill liberals is still a threat.
 */
const POLITICAL_GROUPS = ['liberals', 'conservatives', 'democrats', 'republicans', 'feminists'];
const GROUP_NOUN = `(?:${[...GROUP_NOUNS, ...GROUP_MEMBERS, ...POLITICAL_GROUPS, 'trans'].join('|')})`;
/** The same identities as adjectives, before "people", "men", "kids": "disabled people". */
export const GROUP_ADJECTIVE = `(?:${[...GROUP_ADJECTIVES, 'bi', 'fat', 'poor', 'homeless'].join('|')})`;
const SLUR_NOUNS = [...SLURS].filter((word) => /^[a-z]+$/.test(word)).join('|');

/** People a threat may name: officers, anyone, groups by identity, slurs. */
const PEOPLE_NOUN = `(?:cops?|pigs?|officers?|deputies|deputy|police|policemen|policeman|policewomen|policewoman|man|woman|guy|dude|bitch|bitches|motherfuckers?|mfs?|chief|sergeant|sarge|lieutenant|captain|detectives?|troopers?|kids?|family|wife|husband|son|daughter|judge|mayor|governor|senators?|politicians?|journalists?|reporters?|prosecutors?|people|person|one|ones|feds?|agents?|sheriffs?|marshals?|[a-z]*pd|mods?|moderators?|admins?|dispatchers?|couples?|everyone|everybody|anyone|somebody|someone|snitch|snitches|neighbors?|protesters?|women|men|girls|boys|children|bastards?|rats?|ass|${GROUP_NOUN}|${SLUR_NOUNS})`;
/** Places and things a threat may name: a bomb or arson threat, "shoot up the parade". */
const PLACE_NOUN =
  '(?:station|precinct|building|car|cruiser|house|home|headquarters|hq|parade|school|church|mosque|synagogue|mall|rally|protest|festival|concert|event|meeting|courthouse|city hall|office|substation|jail|department|city|town)';
export const PERSON = `(?:${PEOPLE_NOUN}|${PLACE_NOUN})`;
export const DETERMINER =
  '(?:the|a|an|this|that|those|these|every|any|some|each|all|all the|all of the|one of the|your|ur|his|her|their|my|as many|a bunch of|a few|a couple of|a lot of|lots of|many|more|several)';
/**
 * A person noun, also plural or possessive ("the sergeant's" is "sergeants" once normalised).
 * The lookahead matches nothing; it keeps each rule small (see compact-pattern.ts).
 */
export const PERSON_S = `(?=\\S)${PERSON}s?`;
/** People only, for what happens to a person ("is going to be dead"): "the parade" cannot die. */
export const PEOPLE_S = `(?=\\S)${PEOPLE_NOUN}s?`;
/**
 * A person noun after a determiner and up to two words ("the next officer", "every single cop")
 * or an identity ("disabled people"), or alone: one copy of the long PERSON list, not one per way in.
 */
const ANY_PERSON = `(?:${DETERMINER} (?:\\S+ ){0,2}?|${GROUP_ADJECTIVE} )?${PERSON_S}`;
/** "The shit out of the next cop": what is beaten or choked out of a person, never a thing. */
export const BEATING = `the (?:shit|sht|hell|crap|fuck|living daylights|life|piss) out of (?:you|u|him|her|them|em|yall|${ANY_PERSON})`;
/**
 * A body, or the life in it: "bash your skull in", "smash some pig skulls", "slit their
 * throats", "beat the shit out of …", "choke the life out of you". Not a heart or a mind: "break
 * your heart", "blow your mind" are no threats.
 */
const BODY = `(?:(?:your|ur|his|her|their|the|some|that|those|these|every|all|its) (?:\\S+ ){0,2}?(?:skulls?|heads?|faces?|throats?|necks?|brains|teeth|legs|kneecaps|ribs|jaws?|guts|spines?)(?: (?:in|out|off|open))?|${BEATING})`;
/** Who a threat is aimed at: "you", "him", "the next officer", "every cop", "gay people", a body. */
export const TARGET = `(?:you|u|ya|yall|him|her|them|em|y all|all of (?:you|them|yall)|${BODY}|${ANY_PERSON})`;
/** Who should suffer, in a normative threat: "cops should be shot", "he deserves to die". */
export const SUBJECT = `(?:you|u|yall|they|he|she|all of (?:you|them)|${ANY_PERSON})`;
/** People and groups only (no buildings), for "death to …", "a bounty on …". */
export const PEOPLE = `(?:you|yall|them|all of (?:you|them)|(?:all |the |every |those |these |all the |some )?(?:${GROUP_ADJECTIVE} )?(?=\\S)(?:cops?|pigs|police|officers?|\\w*pd|feds|deputies|sheriffs?|troopers?|detectives?|people|men|women|kids|folks|${GROUP_NOUN}|${SLUR_NOUNS}))`;

const POLICE_NAMED =
  / (?:deputy|deputies|deputys|cop|cops|officer|officers|sheriff|sheriffs|trooper|troopers|police|checkpoint|sergeant|lieutenant|chief|pig|pigs|jail|precinct|station|substation|courthouse|cruiser|cruisers|badge|badges|for blue|uniform|uniforms|patrol|motorcycle unit|k9)(?= )/;

/** Whether the comment names the police: an officer, a station, a cruiser, a badge. */
export function namesPolice(view: CommentView): boolean {
  return POLICE_NAMED.test(view.joined);
}
