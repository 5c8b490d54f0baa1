import { createGatedRules, type WrittenRule } from './gated-rules';
import type { ThreatKind } from './threat-rules';

/**
 * Spanish threats in the words commenters use, accents already removed (comment-tokens.ts):
 * shots given ("que le den un balazo"), slang for killing ("darle piso", "volarle la cabeza"),
 * hangings called for, and menaces ("cuídate la espalda", "sé dónde trabajas", "ya te llega tu
 * hora"). Written by us from the police-page comments of threat batch 20.
 */

const SHOT =
  '(?:balazos?|tiros?|plomazos?|plomo|punaladas?|machetazos?|navajazos?|cuchilladas?|chingadazos?|batazos?)';

const SPANISH_WRITTEN: WrittenRule<ThreatKind>[] = [
  // "ojalá que le den un balazo al jefe", "pago lo que sea al que le meta un tiro a la alcaldesa"
  [
    'wish',
    new RegExp(
      ` (?:le|les|te) (?:den|de|dan|meta|metan|pegue|peguen|vaya a dar|vayan a dar) (?:un |unos |dos |tres |\\S+ )?${SHOT}`,
    ),
    ['le', 'les', 'te'],
    [
      'balazo',
      'balazos',
      'tiro',
      'tiros',
      'plomazo',
      'plomazos',
      'plomo',
      'punalada',
      'punaladas',
      'machetazo',
      'machetazos',
      'navajazo',
      'navajazos',
      'cuchillada',
      'cuchilladas',
      'chingadazo',
      'chingadazos',
      'batazo',
      'batazos',
    ],
  ],
  // "te voy a meter un tiro", "le damos plomo mañana"
  [
    'intent',
    new RegExp(
      ` (?:le|les|te) (?:doy|damos|meto|metemos|pego|pegamos|voy a (?:dar|meter|pegar)|vamos a (?:dar|meter|pegar)) (?:un |unos |dos |tres |\\S+ )?${SHOT}`,
    ),
    ['doy', 'damos', 'meto', 'metemos', 'pego', 'pegamos', 'voy', 'vamos'],
    [
      'balazo',
      'balazos',
      'tiro',
      'tiros',
      'plomazo',
      'plomazos',
      'plomo',
      'punalada',
      'punaladas',
      'machetazo',
      'machetazos',
      'navajazo',
      'navajazos',
      'cuchillada',
      'cuchilladas',
      'chingadazo',
      'chingadazos',
      'batazo',
      'batazos',
    ],
  ],
  // "a ese juez hay que darle piso", "alguien debería volarle la cabeza a ese policía", "que lo cuelguen"
  [
    'wish',
    / (?:darle|darles|darte|dale) (?:piso|cuello|matarile|plomo|chicharron)| (?:volarle|volarles|volarte) (?:la cabeza|los sesos)| (?:quebrarlo|quebrarla|quebrarlos|quebrarlas|quebrarte) | (?:picar|picarlo|picarla|picarlos|hacerlo|hacerla|hacerte) (?:\S+ )?(?:en )?pedazos| que (?:lo|la|los|las) (?:cuelguen|quemen|fusilen|maten|linchen|ahorquen)\b/,
    [
      'darle',
      'darles',
      'darte',
      'dale',
      'volarle',
      'volarles',
      'volarte',
      'quebrarlo',
      'quebrarla',
      'quebrarlos',
      'quebrarlas',
      'quebrarte',
      'pedazos',
      'cuelguen',
      'quemen',
      'fusilen',
      'maten',
      'linchen',
      'ahorquen',
    ],
  ],
  // "cuídate la espalda sargento", "sé quién eres y dónde trabajas", "sería una pena que les pasara algo"
  [
    'intimidation',
    / (?:cuidate|cuidense|cuida) (?:la|tu|las) espalda| (?:se|sabemos|conozco|conocemos) (?:\S+ ){0,4}?donde (?:vives|trabajas|duermes|vive|trabaja|viven|estudian|estudia)| (?:seria|sera) una (?:pena|lastima) que (?:le|les|te|a tu|a su) (?:\S+ ){0,2}?(?:pasara|pase|pasaran|ocurriera) algo| (?:ya )?(?:estas|esta|estan) muertos? (?:\S+ ){0,4}?(?:no lo sabe|no lo sabes|no lo saben|todavia no|aun no)| (?:te|le|les) (?:llega|llego|toca|va a llegar) (?:tu|su) hora| tus dias estan contados| vas a pagar (?:caro|con sangre|muy caro)| (?:lo|la|los) (?:dejo|dejamos|voy a dejar|vamos a dejar) (?:tirado|tirao|tirada|muerto|muertos|frio|tieso|seco)/,
    [
      'espalda',
      'donde',
      'pena',
      'lastima',
      'muerto',
      'muertos',
      'hora',
      'contados',
      'pagar',
      'tirado',
      'tirao',
      'tirada',
      'frio',
      'tieso',
      'seco',
    ],
  ],
  // "mañana le caemos al sheriff con los cuernos de chivo"
  [
    'intent',
    / (?:le|les|te) (?:caemos|caigo|vamos a caer|voy a caer) (?:\S+ ){0,4}?con (?:los |el |la |mi |mis |unos )?(?:cuernos?|chivos?|fierros?|cuetes?|pistolas?|machetes?|armas?|rifles?|ak|r15|balas)/,
    ['caemos', 'caigo', 'caer'],
  ],
];

/** Calls `found` for each Spanish threat the comment holds, in rule order. */
export const matchSpanishThreats = createGatedRules(SPANISH_WRITTEN);
