/**
 * The language tags the stories' language control offers. The elements format times and phone
 * numbers by their `lang`: a bare `en` writes times as a US browser does ("8:45 AM"), `en-GB` as a
 * British page ("08:45"); a UK designer needs to see the latter (trial J).
 */
export const LANGUAGES = ['en', 'en-GB', 'nl'] as const;
