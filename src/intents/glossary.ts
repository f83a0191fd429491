/**
 * Spanish phrases common in Miami's bilingual channels, mapped to the English words the intent
 * signals read. Applied to normalised text (lower case, accents folded), longest phrases first.
 */
export const SPANISH_TO_ENGLISH: [string, string][] = [
  ['cuanto tiempo', 'how long'],
  ['cuanto cuesta', 'how much does it cost'],
  ['cuanto', 'how much'],
  ['paso a paso', 'step by step'],
  ['los pasos', 'the steps'],
  ['formulario', 'form'],
  ['solicitud', 'request'],
  ['solicitar', 'request'],
  ['pedir', 'request'],
  ['pedimos', 'we request'],
  ['acceso', 'access'],
  ['restringido', 'restricted'],
  ['restringidos', 'restricted'],
  ['datos abiertos', 'open data'],
  ['datos', 'data'],
  ['clave', 'key'],
  ['llave', 'key'],
  ['gratis', 'free'],
  ['cuesta', 'cost'],
  ['costo', 'cost'],
  ['tarifa', 'fee'],
  ['multas', 'fines'],
  ['multa', 'fine'],
  ['sancion', 'sanction'],
  ['apelar', 'appeal'],
  ['apelacion', 'appeal'],
  ['negaron', 'denied'],
  ['rechazaron', 'rejected'],
  ['contacto', 'contact'],
  ['hablar con alguien', 'talk to someone'],
  ['quien', 'who'],
  ['necesito', 'i need'],
  ['ayuda', 'help'],
  ['escribir', 'write'],
  ['escribe', 'write'],
  ['redactar', 'draft'],
  ['carta', 'letter'],
  ['correo', 'email'],
  ['tarda', 'take'],
  ['tardan', 'take'],
  ['aprobar', 'approve'],
  ['portal de datos', 'data portal'],
  ['limite', 'limit'],
  ['limites', 'limits'],
  ['hola', 'hello'],
  ['gracias', 'thanks'],
];

const RE = new RegExp(
  `(?<![a-z0-9])(${SPANISH_TO_ENGLISH.map(([es]) => es)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![a-z0-9])`,
  'g',
);
const MAP = new Map(SPANISH_TO_ENGLISH);

export function translateGlossary(text: string): string {
  return text.replace(RE, (m) => MAP.get(m) ?? m);
}

/** "la ciudad", "la api": the Spanish article, not Los Angeles. */
export const SPANISH_ARTICLE_LA =
  /(?<![a-z0-9])la(?= (?:ciudad|clave|llave|solicitud|informacion|pagina|lista|oficina|respuesta|cuenta|base|forma|municipalidad|alcaldia|seccion|policia|ley|misma|otra|primera|aplicacion|gente|comunidad|universidad)(?![a-z0-9]))/g;
