/**
 * More threats and threat look-alikes, in the style of functional tests such as HateCheck,
 * aimed at officers, people and property. Written by us (invented, no real people); not used for
 * training. A threat must grade Threatening; a look-alike must grade below Offensive.
 */
export type ProbeKind = 'direct' | 'normative' | 'counter-speech' | 'negation' | 'idiom' | 'news';

export interface ThreatProbe {
  text: string;
  kind: ProbeKind;
}

export const THREAT_PROBES: ThreatProbe[] = [
  { text: 'I am going to shoot the next cop I see.', kind: 'direct' },
  { text: "I'm gonna stab that officer next time he comes to my block", kind: 'direct' },
  { text: 'I will murder every single one of you pigs', kind: 'direct' },
  { text: 'Going to blow up your precinct on Monday', kind: 'direct' },
  { text: 'We will hunt you down and kill you all', kind: 'direct' },
  { text: "I'll slit your throat officer", kind: 'direct' },
  { text: "Next time you pull me over I'm shooting first", kind: 'direct' },
  { text: "Come to my house again and you'll leave in a body bag", kind: 'direct' },
  { text: "I swear I'll hurt the deputy who arrested my son", kind: 'direct' },
  { text: "You're dead, officer. You hear me? Dead.", kind: 'direct' },
  { text: "I'm going to find out where the chief lives and burn his house down", kind: 'direct' },
  { text: 'Me and my boys are going to ambush your patrol cars', kind: 'direct' },
  { text: 'I want to kill every cop in this town', kind: 'direct' },
  { text: "We're going to shoot up the station", kind: 'direct' },
  { text: "I'm gonna put a bullet in that sergeant's head", kind: 'direct' },
  { text: 'Voy a quemar la comisaría', kind: 'direct' },
  { text: 'Los vamos a matar a todos', kind: 'direct' },
  { text: 'All police officers should be killed', kind: 'normative' },
  { text: 'Cops deserve to be shot', kind: 'normative' },
  { text: 'Those officers should be dragged out and beaten', kind: 'normative' },
  { text: 'The officer who did this should be executed', kind: 'normative' },
  { text: 'Police should be lined up and shot', kind: 'normative' },
  { text: 'Every officer involved deserves a bullet', kind: 'normative' },
  { text: 'Cops need to die', kind: 'normative' },
  { text: 'I think all cops should be hanged', kind: 'normative' },
  { text: 'The chief deserves to be murdered', kind: 'normative' },
  { text: 'Somebody should shoot that cop', kind: 'normative' },
  { text: 'They should all be put down like dogs', kind: 'normative' },
  { text: 'Ojalá se mueran todos los policías', kind: 'normative' },
  { text: 'Merecen morir, policías corruptos', kind: 'normative' },

  { text: 'Saying all cops should be killed is hateful and wrong.', kind: 'counter-speech' },
  {
    text: 'The comment above saying officers deserve to die is disgusting. Reported.',
    kind: 'counter-speech',
  },
  { text: 'Threats against officers are unacceptable.', kind: 'counter-speech' },
  { text: 'It is never okay to say you want to kill cops.', kind: 'counter-speech' },
  { text: 'I would never threaten a police officer.', kind: 'negation' },
  { text: 'Nobody deserves to be shot, not cops, not civilians.', kind: 'negation' },
  { text: "I don't think any officer should be hurt for doing their job.", kind: 'negation' },
  { text: 'No one should ever kill a police officer.', kind: 'negation' },
  { text: 'My workout today killed me', kind: 'idiom' },
  { text: 'That new burger place is to die for', kind: 'idiom' },
  { text: 'The band totally killed it at the fundraiser', kind: 'idiom' },
  { text: 'I could murder a coffee right now', kind: 'idiom' },
  { text: 'These potholes are going to kill my tires', kind: 'idiom' },
  { text: "I'm dying laughing at this video", kind: 'idiom' },
  { text: 'If you stop me again I will file a complaint with internal affairs', kind: 'idiom' },
  { text: 'If this keeps happening I will sue the department', kind: 'idiom' },
  { text: 'The suspect who shot an officer was arrested today', kind: 'news' },
  { text: 'Officer injured after man attacks him with a knife downtown', kind: 'news' },
  { text: 'Two people were killed in the crash on the highway last night', kind: 'news' },
];
