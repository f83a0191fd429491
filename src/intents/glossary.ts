/** The Spanish article "la" before a Spanish noun is not Los Angeles ("la clave de Miami"). */
export const SPANISH_ARTICLE_LA =
  /(?<![a-z0-9])la(?= (?:ciudad|clave|llave|solicitud|informacion|pagina|lista|oficina|respuesta|cuenta|base|forma|municipalidad|alcaldia|seccion|policia|ley|misma|otra|primera|aplicacion|gente|comunidad|universidad)(?![a-z0-9]))/g;
