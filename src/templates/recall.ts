/**
 * A product recall: one batch of food (or another product) taken back, such as a dairy brand's
 * yoghurt with possible listeria at 23:00. Nothing is broken and nothing is restored, so no outage
 * words ("storing", "when will it work again"). What customers need: which product, batch code and
 * best-before date (and where on the pack), do not eat it, take it back for a refund, and, for who
 * already ate some, their own doctor first: the GP, not the company's line, and 112 only in an
 * emergency. The health action comes first and starts with what to do, so an SMS that must shorten
 * it still says it. No emergency number in the English text: it differs by country (see flood).
 */
import { action, known, reason, title, todo, unknown, type Template } from './parts.js';

export const recall: Template = {
  summary: 'product recall (a batch of food or another product taken back)',
  severity: 'major',
  // The reason for the recall is known from the start ("possible listeria"): "We're looking for the
  // cause" above it would read as if nobody knows what is wrong with the product.
  phase: 'identified',
  title: title('Terugroepactie: Volle yoghurt 1 liter, batchcode L2345', 'Recall: whole yoghurt 1 litre, batch code L2345'),
  known: known(
    'welk product (naam en inhoud), welke batchcode en welke houdbaarheidsdatum, precies zoals op de verpakking, en waar op de verpakking ze staan; waarom u het terugroept (bijv. mogelijk listeria); waar het verkocht is; en welke producten niet getroffen zijn.',
    'which product (name and size), which batch code and which best-before or use-by date, exactly as printed, and where on the pack they are; why you recall it (e.g. possible listeria); where it was sold; and which products are not affected.',
  ),
  unknown: unknown(
    'of het product echt besmet is (de uitslag van het laboratorium), of ook andere partijen getroffen zijn, en wanneer u dat weet. Noem geen tijd die u niet zeker weet.',
    'whether the product really is contaminated (the laboratory result), whether other batches are affected too, and when you will know. Give no time you are not sure of.',
  ),
  actions: [
    action(
      'Bel uw huisarts als u ervan gegeten heeft en zwanger bent of ziek wordt (bijv. koorts); niet ons. Alleen in een noodgeval: 112',
      'Call your GP (family doctor) if you ate some and are pregnant or become ill (e.g. a fever); not us. Only in an emergency: the emergency number',
      'U heeft ervan gegeten',
      'You ate some',
      true,
    ),
    action('Eet het niet', 'Do not eat it', 'U heeft een pot met batchcode L2345 en houdbaarheidsdatum 14-12-2026', 'You have a pot with batch code L2345 and best before 14-12-2026', true),
    // "Is my pot affected?" is the question the night desk hears most: the code and date go in the
    // action itself, as their own placeholders, so they are in "What you can do" and in the help
    // launcher's "Is my product affected?", and lint refuses until they are filled in (also after the
    // studio's suggestion or the desk took the check mark away).
    action(
      `Kijk op de verpakking: alleen batchcode ${todo('batchcode')} met houdbaarheidsdatum ${todo('datum')} wordt teruggeroepen. Staat er iets anders op, dan is uw product niet getroffen en hoeft u ons niet te bellen`,
      `Look on the pack: only batch code ${todo('batch code')} with best-before date ${todo('date')} is recalled. If yours says something else, it is not affected and you do not need to call us`,
      'U weet niet of uw product getroffen is',
      'You are not sure whether your product is affected',
    ),
    action('Breng het terug naar de winkel; u krijgt uw geld terug, ook zonder kassabon', 'Take it back to the shop; you get your money back, even without a receipt', 'U heeft het product nog', 'You still have the product'),
  ],
  reasons: [
    reason('ate-it', 'Ik heb ervan gegeten en ben zwanger of voel me ziek', 'I ate some and am pregnant or feel ill', true),
    reason('affected', 'Is mijn product getroffen?', 'Is my product affected?'),
    reason('refund', 'Terugbrengen en geld terug', 'Returning it and getting my money back'),
    reason('other-products', 'Andere producten van ons', 'Our other products'),
  ],
};
