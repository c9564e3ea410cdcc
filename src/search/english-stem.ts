/** The English Porter stemmer, with a few irregular verbs joined to their present tense ("paid" to "pay": irregular-verbs.ts). */
import { stemmer } from '@orama/stemmers/english';
import { englishIrregular } from './irregular-verbs.js';

export const englishStem = (word: string): string => englishIrregular(word) ?? stemmer(word);
