import type { CommentView } from './comment-view';
import { createGatedRules, type WrittenRule } from './gated-rules';
import type { ThreatKind, ThreatMatch } from './threat-rules';
import { threatView } from './threat-slips';

/**
 * Threats told by what is left afterwards, with no verb of violence: "he won't be walking after
 * I'm done with him", "the chief better have good life insurance", "the lake is deep enough for
 * all of them", "me and a gallon of gas are paying the annex a visit". Each is held to the words
 * that make it a threat ("grandpa won't be walking after the surgery", "the lake is deep enough
 * for boats"); threat-context.ts defuses them like any other rule's match.
 */

const OFFICER =
  '(?:cop|cops|officer|officers|deputy|deputies|chief|sheriff|sergeant|sarge|trooper|troopers|pig|pigs|detective|warden|guard|guards)';
const WATER =
  '(?:lake|bayou|river|canal|swamp|ocean|quarry|harbor|pond|lagoon|wash|arroyo|gulf|bay|reservoir|landfill|mineshaft|mine shaft)';

const AFTERMATH_WRITTEN: WrittenRule<ThreatKind>[] = [
  // "you won't be walking after I'm done with you", "he ain't gonna be breathing when we're
  // through" (not "grandpa won't be walking after the surgery")
  [
    'intimidation',
    / (?:you|u|ya|yall|he|she|they) (?:wont|will not|aint gonna|aint|not gonna|never gonna|isnt gonna|arent gonna) be (?:walking|standing|breathing|talking|smiling|eating solid food) (?:(?:straight|right|again) )?(?:(?:after|when) (?:im|i am|were|we are|ive|weve|i get|we get|i m) (?:done|finished|through)|after i get (?:my hands on|ahold of|hold of)|after $)/,
    // the pronouns would open the gate on most comments
    ['walking', 'standing', 'breathing', 'talking', 'smiling', 'eating'],
  ],
  // "the chief better have good life insurance", "hope the sheriff has his will written" (not
  // "officers should have good life insurance", "hope grandma has her will in order")
  [
    'intimidation',
    new RegExp(
      ` better (?:have|get|buy|check|up) (?:\\S+ ){0,2}?life insurance(?= )| (?:hope|hopes|hoping) (?:you|u|yall|(?:the|that|this|your|ur) (?:\\S+ )?${OFFICER}) (?:has|have|got|gets) (?:his|her|their|your|ur) wills? (?:written|ready|in order|done|updated|squared away)(?= )`,
    ),
    ['better', 'hope', 'hopes', 'hoping'],
    ['insurance', 'will', 'wills'],
  ],
  // "the lake is deep enough for all of them", "that canal is big enough for every one of you"
  [
    'wish',
    new RegExp(
      ` ${WATER} (?:is|s|looks|out there is|out back is) (?:\\S+ )?(?:deep|big|wide|empty) enough (?:for|to hold|to fit) (?:all (?:of )?(?:them|you|yall|em)|every (?:one|last one|single one) of (?:them|you|yall|em)|him|her|them|you|yall|em|(?:the|that|those|these|every|all the) (?:\\S+ )?${OFFICER})(?= )`,
    ),
    [
      'lake',
      'bayou',
      'river',
      'canal',
      'swamp',
      'ocean',
      'quarry',
      'harbor',
      'pond',
      'lagoon',
      'wash',
      'arroyo',
      'gulf',
      'bay',
      'reservoir',
      'landfill',
      'mineshaft',
      'mine',
    ],
    ['enough'],
  ],
  // "me and a gallon of gas are paying the sheriff's annex a visit real soon" (not "paying my
  // sister a visit")
  [
    'bomb',
    new RegExp(
      ` (?:gallons?|cans?|jugs?|bottles?) of (?:gas|gasoline|kerosene|diesel|lighter fluid) (?:\\S+ ){0,3}?(?:paying|pay|pays|gonna pay|going to pay) (?:the|that|this|your|ur|his|her|their) (?:\\S+ ){0,2}?(?:station|precinct|annex|substation|office|courthouse|jail|hq|headquarters|house|home|cruiser|department|city hall|${OFFICER}) a (?:\\S+ )?visit(?= )`,
    ),
    ['gallon', 'gallons', 'can', 'cans', 'jug', 'jugs', 'bottle', 'bottles'],
    ['visit'],
  ],
];

const matchAftermath = createGatedRules(AFTERMATH_WRITTEN);

/** The threats of this file, in rule order. */
export function findAftermathThreats(comment: CommentView, found: ThreatMatch[]) {
  // Slips read as words, as the threat context reads them (threat-slips.ts).
  const view = threatView(comment);
  matchAftermath(view, (match, kind) => found.push({ ...match, kind }));
}
