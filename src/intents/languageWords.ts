/**
 * Words that mark a chat message as Spanish or English: function words (articles, prepositions,
 * pronouns, question words, common verbs), chat spellings ("pa", "q", "uds", "porfa") and Spanish
 * data-access words. English loanwords that Spanish speakers use as they are ("data", "key", "email",
 * "request", "form") vote for neither. No word is in both lists, and none is a place name, so a
 * message's city never votes for its language. Accents are extra Spanish evidence on their own.
 */
export const SPANISH_WORDS = `
el la los las lo un una unos unas de del al en y que qué q por para pa pal con sin sobre es son
está están esta estan estoy estamos somos soy eres hay como cómo cual cuál cuales cuáles cuando
cuándo cuanto cuánto cuánta cuantos cuántos cuántas donde dónde quien quién quienes quiénes porque
pero más mas muy ya también tambien mi mis tu tus te se su sus nos le les usted ustedes uds tengo
tiene tienen tienes puedo puede pueden podemos quiero queremos necesito necesita necesitamos hago
hacer pedir pido pedimos piden obtener conseguir consigo sacar busco buscar busca buscamos encuentro
dice dicen sirve sirves sirven funciona funcionas cobra cobran cobrar da dan renovar firma algo nada
otro otra otros aqui aquí alla allá ahi ahí si sí ese esa este estos esas eso esto datos clave llave
multa multas tarifa tarifas cuesta costo gratis solicitud solicitudes formulario acceso ciudad
carta correo ayuda ayudas gracias hola ola buenas buenos wenas saludos noches días porfa favor
pasa pasos paso permisos licencias plazo límite límites denegaron negaron revocaron apelo apelar
sanciones oficina escríbeme escribe redacta redactar contacto hablo hablar usar mal entonces bueno
vale oye conjunto página pagina procedimiento horario explicas tas alguien alguna alguno vez hoy anoche
mañana semana gente demanda demandan multado multan evalua evalúa distinto distinta subir uso
aceptable términos terminos precio precios parqueo estacionamiento hablas habla español espanol
inspecciones restaurantes teléfono telefono soporte ciclovías ciclovias crimen delitos existe
condado columnas criterios cuota diaria vivienda asequible consecuencias revender metadatos árboles
arboles cubres cubren
`;

export const ENGLISH_WORDS = `
the an of in on and or to for with without about is are was were be been do does did how what
which when where who whom why it its this that these those there their they i i'm im my we our you
your can could would should will get got need want have has had please pls any some much many long
take find search write draft send ask help thanks thank hi hello hey yes what's whats where's who's
how's dont don't can't cant just also then okay ok
`;
