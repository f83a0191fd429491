/** Words that frame a dataset search rather than name its subject. */
const FRAME_WORDS = new Set(
  `a an the any some is are there does do did has have had for in on of about at to from with by via into i we me my our
  you your can could would should will get find finding found pull pulling download grab access use using looking look search
  searching show list want need needs needed data dataset datasets database records record info information stats statistics numbers
  api apis endpoint portal portals geohub hub open city citys town official public available publish published anything something
  stuff thing things pls please lol hey hi yo thanks thank got gotta wanna want wants looking is it its it's that this these those what whats which where wheres how or
  and also maybe like just really actually know tell exist exists existing kind sort type related regarding on-line online site
  file files csv json feed feeds layer layers map maps gis they them their theres here be been being am`.split(
    /\s+/,
  ),
);

/** The same frame in Spanish (accents folded, as the engine reads text): "¿hay datos de permisos?" -> "permisos". */
const SPANISH_FRAME_WORDS = new Set(
  `de del la las el los un una unos unas en y o para pa por con sobre hay algun alguna algunos datos dato conjunto
  conjuntos busca buscar busco buscame quiero queremos necesito necesitamos tienen tiene ciudad portal abiertos
  abierta publicos publicadas publicados que donde esta estan me mi sus su info informacion`.split(/\s+/),
);

/** The subject of a dataset search: "any parking citation data in LA?" -> "parking citation". */
export function extractTopic(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => w && /[\p{L}\p{N}]/u.test(w) && !FRAME_WORDS.has(w) && !SPANISH_FRAME_WORDS.has(w))
    .slice(0, 6)
    .join(' ');
}
