/**
 * The FAQ the editor links contact reasons to (`faq-src`: `clearline studio --faq faq.json` serves it):
 * its answers' ids and questions, for a tick per answer under each reason (reason-answers.ts), and the
 * document itself for lint, so an answer that is not in the FAQ is named as `lint --faq` names it.
 * Without `faq-src` there is nothing to link to and the form shows no answers. A controller: async state.
 */
import type { ReactiveControllerHost } from 'lit';
import { JsonSource } from './json-source.js';
import type { TextValue } from '../../feed/schema.js';

export interface FaqAnswer {
  id: string;
  question: TextValue;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The answers of an FAQ document (`"type": "faq"`), or undefined when it is not one. */
export function faqAnswers(doc: unknown): FaqAnswer[] | undefined {
  if (!isObj(doc) || doc.type !== 'faq' || !Array.isArray(doc.entries)) return undefined;
  return doc.entries.flatMap((e) => (isObj(e) && typeof e.id === 'string' ? [{ id: e.id, question: (e.question ?? e.id) as TextValue }] : []));
}

export class FaqSource {
  /** The FAQ document as read (for lint); undefined without one. */
  doc?: unknown;
  answers?: FaqAnswer[];

  constructor(host: ReactiveControllerHost, url: () => string) {
    // An FAQ that cannot be read leaves the form as without one: nothing to tick, nothing checked.
    new JsonSource(host, url, (doc) => {
      const answers = faqAnswers(doc);
      this.doc = answers ? doc : undefined;
      this.answers = answers;
      return !!answers;
    });
  }
}
