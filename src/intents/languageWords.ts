/**
 * Words that mark a chat message as Spanish or English: function words (articles, prepositions,
 * pronouns, question words) plus the commonest words of data-access questions. No word is in both
 * lists, and none is a place name, so a message's city never votes for its language. Accents are
 * kept: they are Spanish evidence of their own.
 */
export const SPANISH_WORDS = `
el la los las lo un una unos unas de del al en y o que qué por para con sin sobre es son está están
hay como cómo cuál cuáles cuándo cuánto cuánta cuántos cuántas dónde donde quién quiénes porque pero
más muy ya también mi mis te se su sus nos le les tengo tiene tienen puedo puede pueden quiero
necesito hago hacer pedir obtener conseguir consigo busco buscar busca encuentro datos clave llave
multa multas tarifa tarifas cuesta costo gratis solicitud solicitudes formulario acceso ciudad carta
correo ayuda gracias hola sí ese esa este esta estos esas pasa pasos paso permisos plazo límite
límites denegaron negaron revocaron apelo apelar sanciones oficina escríbeme redacta escribe
redactar contacto hablo hablar usar mal entonces bueno vale oye conjunto
`;

export const ENGLISH_WORDS = `
the an of in on and or to for with without about is are was were be do does did how what which
when where who whom why it its this that these those there their they i i'm my we our you your can
could would should will get got need want have has had please any some much many long take find
search write draft send ask data key fine fines fee fees cost free request requests form letter
email help thanks thank hi hello yes what's whats where's who's how's dont don't can't permits
limit limits denied revoked appeal penalties office contact talk use just also then okay ok hey
`;
