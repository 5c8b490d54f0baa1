import { findPhrase, testPhrase, type CommentView, type RuleMatch } from './comment-view';
import { gated } from './pattern-gate';

/**
 * Misguided (level 5): an assertive statement of fact about what the department does or did,
 * which the moderator should check and, if wrong, answer with the facts. The engine cannot know
 * whether a claim is true, so every level 5 is flagged for review.
 */

const DEPARTMENT =
  '(?:mpd|[a-z]*pd|police|the police|cops|the cops|officers|your officers|the officers|the department|your department|this department|the chief|the sheriff|deputies|you guys|yall|you all|you|they|sheriffs office|the city)';

const CONDUCT =
  '(?:arresting|arrested|targeting|targeted|hiding|hid|covering up|covered up|cover up|lying|lied|planting|planted|stealing|stole|ignoring|ignored|harassing|harassed|profiling|tracking|spying|spied|tear gassing|teargassing|gassing|gassed|beating|beat|shooting|shot|letting|let|releasing|released|refusing|refused|protecting|protected|raiding|raided|detaining|detained|deporting|deported|working with ice|cooperating with ice|helping ice|selling|sold|pulling over|ticketing|writing tickets|spending|spent|wasting|wasted|buying|bought|installing|installed|deleting|deleted|destroying|destroyed|falsifying|falsified|faking|faked|fabricating|fabricated|using|used|abusing|abused|setting up|set up|framing|framed|kidnapping|kidnapped|attacking|attacked|killing|killed|murdering|murdered|blocking|blocked|censoring|censored|banning|banned|hiring|fired|paying|paid|getting paid|taking bribes|took bribes|doing nothing|did nothing|failing|failed|confiscating|confiscated|seizing|seized|surveilling|monitoring|recording|watching|towing|towed|fining|fined|charging|charged|jailing|jailed|locking up|locked up)';

/** "MPD is arresting peaceful protesters", "the police covered up the shooting". */
const CLAIM = new RegExp(
  ` ${DEPARTMENT} (?:is|are|was|were|has been|have been|keeps?|just|already|secretly|openly|now|always|still|literally|actually|clearly|obviously|been)? ?(?:\\S+ )?${CONDUCT} `,
);
/** Claims stated as known facts: "there is a quota", "it's a fact that…". */
const FACT_CLAIM = gated(
  / (?:there is a|there are|theres a|you have a|cops have a|officers have a|they have a) (?:ticket |arrest )?quotas? | (?:its|it is) a (?:fact|known fact) | everyone knows (?:that )?(?:the|you|they|mpd|cops|police)| (?:the|that) (?:video|footage|bodycam|body cam) (?:clearly |literally )?(?:shows|proves)| (?:that|this) (?:never happened|is not what happened|isnt what happened|is fake news|is a lie|is false)| fake news | (?:they|you|the police|mpd|cops) (?:are|were) (?:paid|funded|bought) by | (?:no|zero) (?:officers?|cops) (?:were|was|have been|has been) (?:charged|disciplined|fired)| (?:the|your) (?:budget|overtime|funding) (?:went|goes|is going) to | (?:ice|feds|the fbi) (?:is|are) (?:working|partnering) with /,
);

/** "You killed it", "they nailed it": praise. "Arrested the man who robbed…": news. */
const NOT_A_CLAIM = gated(
  / (?:killed|killing|kill|nailed|smashed|crushed) it | who (?:threatened|robbed|shot|stole|killed|attacked|broke|assaulted|stabbed)| (?:thank|thanks|thank you|great job|good job) /,
);

/**
 * A claim needs a critical tone: "MPD arrested the suspect" is news, "MPD is arresting peaceful
 * protesters" is a claim to check.
 */
export function findMisguidedClaim(
  view: CommentView,
  questionScore: number,
  negative: number,
): RuleMatch | undefined {
  if (questionScore >= 0.6 || testPhrase(view, NOT_A_CLAIM)) return undefined;
  return findPhrase(view, FACT_CLAIM) ?? (negative >= 0.35 ? findPhrase(view, CLAIM) : undefined);
}
