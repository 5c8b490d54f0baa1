import { createGatedRules, type WrittenRule } from './gated-rules';
import type { ThreatKind } from './threat-rules';

/**
 * Spanish threats in the words commenters use, accents already removed (comment-tokens.ts):
 * shots given ("que le den un balazo"), slang for killing ("darle piso", "volarle la cabeza"),
 * hangings called for, and menaces ("cuídate la espalda", "sé dónde trabajas", "ya te llega tu
 * hora"). Written by us from the police-page comments of threat batch 20.
 */

/** Shots and blows given, each also in the plural. */
const SHOTS = [
  'balazo',
  'tiro',
  'plomazo',
  'punalada',
  'machetazo',
  'navajazo',
  'cuchillada',
  'chingadazo',
  'batazo',
];
const SHOT = `(?:${SHOTS.map((word) => `${word}s?`).join('|')}|plomo)`;
/** The words one of which a rule of shots needs. */
const SHOT_WORDS = [...SHOTS.flatMap((word) => [word, `${word}s`]), 'plomo'];

const SPANISH_WRITTEN: WrittenRule<ThreatKind>[] = [
  // "les deseo la muerte a cada uno de ustedes"; "la proxima vez no voy a fallar, oficial"
  [
    'wish',
    / (?:les|te|le|os) deseo la muerte | (?:la proxima vez|otra vez|esta vez) (?:\S+ )?no (?:voy a|vamos a|pienso) fallar(?= )| no (?:lo |la |los )?(?:vas|van) a ver venir/,
    ['deseo', 'fallar', 'venir'],
  ],
  // "ojalá que le den un balazo al jefe", "pago lo que sea al que le meta un tiro a la alcaldesa"
  [
    'wish',
    new RegExp(
      ` (?:le|les|te) (?:den|de|dan|meta|metan|pegue|peguen|vaya a dar|vayan a dar) (?:un |unos |dos |tres |\\S+ )?${SHOT}`,
    ),
    ['le', 'les', 'te'],
    SHOT_WORDS,
  ],
  // "te voy a meter un tiro", "le damos plomo mañana"
  [
    'intent',
    new RegExp(
      ` (?:le|les|te) (?:doy|damos|meto|metemos|pego|pegamos|voy a (?:dar|meter|pegar)|vamos a (?:dar|meter|pegar)) (?:un |unos |dos |tres |\\S+ )?${SHOT}`,
    ),
    ['doy', 'damos', 'meto', 'metemos', 'pego', 'pegamos', 'voy', 'vamos'],
    SHOT_WORDS,
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
    / (?:cuidate|cuidense|cuida) (?:la|tu|las) espalda| (?:se|sabemos|conozco|conocemos) (?:\S+ ){0,4}?(?:donde|en que escuela|que escuela|a que escuela) (?:vives|trabajas|duermes|vive|trabaja|viven|estudian|estudia|van)| (?:seria|sera) una (?:pena|lastima) que (?:\S+ ){0,3}?(?:pasara|pase|pasaran|ocurriera|quemara|quemaran|incendiara|explotara)| (?:ya )?(?:estas|esta|estan) muertos? (?:\S+ ){0,4}?(?:no lo sabe|no lo sabes|no lo saben|todavia no|aun no)| (?:te|le|les) (?:llega|llego|toca|va a llegar) (?:tu|su) hora| tus dias estan contados| vas a pagar (?:caro|con sangre|muy caro)| (?:lo|la|los) (?:dejo|dejamos|voy a dejar|vamos a dejar) (?:tirado|tirao|tirada|muerto|muertos|frio|tieso|seco)/,
    [
      'espalda',
      'escuela',
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
  // "si vuelven… los atropello a todos", "juro que mato al detective": without accents the present
  // reads like the past ("el cazador que mató a…"), so only after "si", "juro", "yo", a next time
  // or an order to do it again ("vuelve a multarme y te atropello").
  [
    'intent',
    /(?<= (?:si|la proxima vez|otra vez|juro|yo|vuelve|vuelvan|vuelves|toca|tocan|tocas) (?:\S+ ){0,10}?)(?:(?:los|las|lo|la|te|les|le) (?:atropello|atropellamos|mato|matamos|quemo|quemamos|baleo|baleamos|apunalo|reviento|reventamos|madreo|rajo|acuchillo|ahorco|degollo)\b|(?:mato|matamos|quemo|quemamos) (?:al|a la|a los|a las|a ese|a esa|a esos|a todos|a todas|a tu|a su) )| (?:los|las|lo|la|te|les|le) (?:voy a (?:atropellar|matar|quemar|balear|apunalar|reventar|madrear|rajar)|vamos a (?:atropellar|matar|quemar|balear|apunalar|reventar|madrear))\b| (?:voy a matar|vamos a matar|voy a quemar|vamos a quemar) (?:al|a la|a los|a las|a ese|a esa|a esos|a todos|a todas|a tu|a su) /,
    [
      'atropello',
      'atropellamos',
      'mato',
      'matamos',
      'quemo',
      'quemamos',
      'baleo',
      'baleamos',
      'apunalo',
      'reviento',
      'reventamos',
      'madreo',
      'rajo',
      'acuchillo',
      'ahorco',
      'degollo',
      'voy',
      'vamos',
    ],
  ],
  // "Vamos a ir armados a la estación", "lo espero afuera de su casa con una pistola"
  [
    'intent',
    / (?:vamos a ir|voy a ir|vamos|voy|llegamos|llego|vamos a llegar|voy a llegar|caemos|caigo|espero|esperamos) (?:\S+ ){0,9}?(?:armados?|con (?:mi|mis|los|las|el|la|unos|unas|nuestras?|una|un) (?:\S+ )?(?:cuchillos?|pistolas?|cuetes?|fierros?|armas?|machetes?|rifles?|cuernos?|escopetas?|balas|bates?))/,
    [
      'armado',
      'armados',
      'cuchillo',
      'cuchillos',
      'pistola',
      'pistolas',
      'cuete',
      'cuetes',
      'fierro',
      'fierros',
      'arma',
      'armas',
      'machete',
      'machetes',
      'rifle',
      'rifles',
      'cuerno',
      'cuernos',
      'escopeta',
      'escopetas',
      'balas',
      'bate',
      'bates',
    ],
  ],
  // "al que le rompa las piernas al sargento", "que alguien le prenda fuego a la casa del jefe"
  [
    'wish',
    / (?:le|les|te) (?:rompa|rompan|rompo|rompemos|voy a romper|vamos a romper) (?:las piernas|la cara|la cabeza|el cuello|los dientes|la boca|el hocico)| (?:prenda|prendan|prendo|prendemos|voy a prender|vamos a prender|prenderle|prenderles) fuego/,
    [
      'rompa',
      'rompan',
      'rompo',
      'rompemos',
      'romper',
      'prenda',
      'prendan',
      'prendo',
      'prendemos',
      'prender',
      'prenderle',
      'prenderles',
    ],
  ],
  // "les paso por encima con la troca", "que lo atropellen", "voy a balacear la cárcel"
  [
    'intent',
    / (?:les|los|te|lo|le|la) (?:paso|pasamos|voy a pasar|vamos a pasar) por encima| (?:lo|la|los|las) (?:atropellen|atropelle|balaceen|apunalen|revienten)\b| (?:va|van) a (?:terminar|acabar|quedar) (?:muertos?|tirados?|en el hospital)| (?:voy|vamos) a (?:balacear|quemar|volar|explotar|tirotear) (?:la|el|los|las) (?:carcel|estacion|comisaria|precinto|jefatura|patrulla|patrullas|casa|corte)/,
    [
      'encima',
      'atropellen',
      'atropelle',
      'terminar',
      'acabar',
      'quedar',
      'balaceen',
      'apunalen',
      'revienten',
      'balacear',
      'quemar',
      'volar',
      'explotar',
      'tirotear',
    ],
  ],
  // "el primer poli que vea se muere", "lo dejo lleno de navajazos", "arde la casa del jefe con él dentro"
  [
    'intent',
    / (?:el|al) primer(?:o)? (?:\S+ ){0,2}?que (?:\S+ ){1,6}?(?:se muere|lo mato|le disparo|lo quemo)| (?:que )?explote una bomba en| (?:lo|la|los) (?:dejo|dejamos|voy a dejar|vamos a dejar) (?:lleno|llena|llenos) de (?:navajazos|balazos|plomo|tiros|agujeros|punaladas)| (?:arde|quemo|quemamos|va a arder|prendo) (?:\S+ ){0,5}?con (?:el|ella|ellos|ellas|todos) (?:dentro|adentro)/,
    [
      'muere',
      'mato',
      'disparo',
      'quemo',
      'explote',
      'vea',
      'veamos',
      'lleno',
      'llena',
      'llenos',
      'dentro',
      'adentro',
    ],
  ],
  // "merece que lo muelan a golpes hasta que deje de respirar", "empiezo a dispararle a las patrullas"
  [
    'wish',
    / hasta que (?:deje|dejen|dejes) de respirar| (?:lo|la|los|te) (?:muelan|muelen|mueles|agarren|maten) a (?:golpes|palos|patadas|balazos|tiros)| (?:empiezo|empezamos|voy|vamos) a (?:dispararle|dispararles|disparar a|balear|matar a)/,
    [
      'respirar',
      'golpes',
      'palos',
      'patadas',
      'balazos',
      'tiros',
      'dispararle',
      'dispararles',
      'disparar',
      'balear',
      'matar',
    ],
  ],
  // "mañana voy a la escuela a partirle la madre al oficial", "vamos a ir a golpear a los policías",
  // "lo voy a esperar afuera con mis primos para darle una golpiza", "le voy a incendiar la casa"
  [
    'intent',
    / (?:voy|vamos|van|vas) a (?:\S+ ){0,7}?(?:golpear a|golpearlo|golpearla|golpearlos|golpearte|madrear|madrearlo|madrearte|partirle la madre|partirles la madre|romperle la madre|darle una (?:golpiza|madriza|putiza|calentada)|darles una (?:golpiza|madriza|putiza|calentada)|atropellar a|atropellarlo|atropellarla|apunalar|apunalarlo|balacear|balacearlo|(?:incendiar|incendiarle|incendiarles|quemar|quemarle|quemarles) (?:la|el|las|los|su|sus|tu|tus) (?:casa|estacion|oficina|carro|patrulla|patrullas|coche|comisaria|escuela|negocio|carros|casas))/,
    ['voy', 'vamos', 'van', 'vas'],
    [
      'golpear',
      'golpearlo',
      'golpearla',
      'golpearlos',
      'golpearte',
      'madrear',
      'madrearlo',
      'madrearte',
      'partirle',
      'partirles',
      'romperle',
      'darle',
      'darles',
      'atropellar',
      'atropellarlo',
      'atropellarla',
      'apunalar',
      'apunalarlo',
      'balacear',
      'balacearlo',
      'incendiar',
      'incendiarle',
      'incendiarles',
      'quemar',
      'quemarle',
      'quemarles',
    ],
  ],
  // "ojalá que atropellen al policía que se llevó mi carro"
  [
    'wish',
    / ojala (?:que )?(?:lo |la |los |las |le |les )?(?:atropellen|atropelle|maten|mate|quemen|balaceen|apunalen|golpeen|ahorquen|cuelguen|linchen|fusilen|revienten|madreen)\b/,
    ['ojala'],
  ],
  // "tengo una bomba lista para la oficina de la policía", "ese entrenador no sale vivo del partido"
  [
    'intent',
    / (?:tengo|tenemos) (?:una |la |el |unas |los )?(?:bomba|bombas|explosivos?|molotov|molotovs) (?:lista |listas |listo |listos |preparada |preparadas )?(?:para|en) | (?:ese|esa|el|la|tu|usted) (?:\S+ ){0,2}?no (?:sale|saldra|va a salir|sales|saldras|vas a salir) vivos? /,
    ['tengo', 'tenemos', 'sale', 'saldra', 'salir', 'sales', 'saldras'],
    ['bomba', 'bombas', 'explosivo', 'explosivos', 'molotov', 'molotovs', 'vivo', 'vivos'],
  ],
];

/** Calls `found` for each Spanish threat the comment holds, in rule order. */
export const matchSpanishThreats = createGatedRules(SPANISH_WRITTEN);
