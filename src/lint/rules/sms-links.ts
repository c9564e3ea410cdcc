/**
 * link-scheme for text lines (trial T: "Text OUT to (316) 555-0142"): an `sms:` link only on a channel of kind `sms`,
 * and such a channel only with one, with the number and at most plain words to send (feed/sms-link.ts). A text line
 * written as a phone line dialled the jammed lines; an `sms:` link on any other channel or action was refused as
 * "not https:, mailto: or tel:", and still is outside a text line.
 */
import { smsParts } from '../../content/links.js';
import { linkKeywordProblem } from '../../feed/sms-keyword.js';
import { feedOr, type SaidProblem } from '../rule.js';
import type { Obj } from '../walk.js';

/** The kind of the channel whose link is at `path` (`channels/2/href`), else undefined. */
export function kindAt(doc: Obj, path: string): unknown {
  const m = /^channels\/(\d+)\/href$/.exec(path);
  const c = m ? (doc.channels as unknown[] | undefined)?.[Number(m[1])] : undefined;
  return c && typeof c === 'object' ? (c as Obj).kind : undefined;
}

/** What is wrong with `href` at `path` as a text line's link, or with an `sms:` link elsewhere; undefined when it is right. `eg`: a number as the desk dials it. */
export function textLinkProblem(doc: Obj, path: string, href: string, eg: string): SaidProblem | undefined {
  const text = kindAt(doc, path) === 'sms';
  // Its number right and only its word to send wrong: sms-keyword says that, in the words the CLI and the studio use.
  if (text && (smsParts(href) || linkKeywordProblem(href))) return undefined;
  if (!text) {
    return {
      path,
      message: {
        en: feedOr(`the link ${href} is an sms: link, and only a channel of kind sms may have one`, `“${href}” opens a text message, and only a text message (SMS) channel may have one`),
        nl: feedOr(`de link ${href} is een sms:-link, en die mag alleen bij een kanaal van soort sms`, `‘${href}’ opent een sms, en dat mag alleen bij een sms-kanaal`),
      },
      fix: {
        en: feedOr('Make it a channel of kind sms (clearline new channel --kind sms --link NUMBER), or give an https:, mailto: or tel: link.', 'Choose “Text message (SMS)” as the kind of this channel, or give a phone number, e-mail address or web address.'),
        nl: feedOr('Maak er een kanaal van soort sms van (clearline new channel --kind sms --link NUMMER), of geef een https:-, mailto:- of tel:-link.', 'Kies ‘Sms’ als soort van dit kanaal, of geef een telefoonnummer, e-mailadres of webadres.'),
      },
    };
  }
  return {
    path,
    message: {
      en: feedOr(`a text message channel (kind sms) needs an sms: link with the number people text, not ${href || 'nothing'}`, href.trim() ? `“${href}” is not a number people can text` : 'there is no number people text yet'),
      nl: feedOr(`een sms-kanaal (soort sms) heeft een sms:-link nodig met het nummer waar mensen naar sms'en, niet ${href || 'niets'}`, href.trim() ? `‘${href}’ is geen nummer waar mensen naar kunnen sms'en` : 'er staat nog geen nummer waar mensen naar sms\'en'),
    },
    fix: {
      en: feedOr(
        'Write sms: and the number with + and the country code, with at most ?body= and the word people send, e.g. sms:+13165550142?body=OUT (clearline edit channel --link NUMBER --keyword OUT writes it); or make it a phone channel.',
        `Write only the number people text, as you dial it (e.g. ${eg}).`,
      ),
      nl: feedOr(
        'Schrijf sms: en het nummer met + en de landcode, met hooguit ?body= en het woord dat mensen sturen, bijv. sms:+31612345678?body=STORING (clearline edit channel --link NUMMER --keyword STORING schrijft het); of maak er een telefoonkanaal van.',
        `Schrijf alleen het nummer waar mensen naar sms'en, zoals u het belt (bijv. ${eg}).`,
      ),
    },
  };
}
