/**
 * A data breach: personal data of customers, residents, students, patients or staff stolen or leaked, while the
 * publisher's systems work. A university's desk (trial X) had only `cyberattack` (systems down, "Our systems were
 * attacked") and `generic`, whose "Grote storing" and "We zoeken de oorzaak" went onto the reader's page, the e-mail's
 * subject and, a day later, the SMS ("Oorzaak gevonden: Gegevens van een deel van de medewerkers gestolen"): nothing is
 * out, and "cause identified" is the wrong word for "your data was stolen". What readers need: what was taken and whose,
 * what was not, what is not known yet, what to do (fraudsters use stolen details to seem genuine: never give codes or
 * money; the same password elsewhere; the bank account), that nobody needs to call (whoever is affected gets a letter or
 * e-mail), that the data protection authority and the police know, and when the next update comes. Any sector: energy,
 * water, a bank, a municipality, a school.
 *
 * Severity `info` (feed/notice.ts), the one severity whose words say no "storing" / "disruption" and readers, the
 * e-mail and the SMS show no phase ("Oorzaak gevonden") for; unlike a standing notice it promises its next update
 * (`promisesUpdate`). The act-now actions and their order are as in any incident. A breach with systems down is `cyberattack`. Pure.
 */
import { action, known, reason, title, unknown, type Template } from './parts.js';

export const dataBreach: Template = {
  summary: 'data breach: personal data stolen or leaked while your systems work (systems down: cyberattack)',
  severity: 'info',
  promisesUpdate: true,
  title: title('Persoonsgegevens gestolen: wees alert op nepberichten', 'Personal data stolen: watch out for fake messages'),
  known: known(
    'welke gegevens zijn gestolen (bijv. naam, adres, e-mailadres, telefoonnummer, geboortedatum, bankrekeningnummer), van wie (welke groep, hoeveel mensen), wanneer het gebeurde en wanneer u het ontdekte; welke gegevens niet zijn gestolen (bijv. wachtwoorden, pincodes, medische gegevens), alleen als dat vaststaat; dat het lek dicht is en uw diensten gewoon werken; hoe de mensen van wie gegevens zijn gestolen bericht krijgen (brief of e-mail, wanneer); en dat u de Autoriteit Persoonsgegevens en de politie hebt ingelicht.',
    'which data was stolen (e.g. name, address, e-mail address, phone number, date of birth, bank account number), whose (which group, how many people), when it happened and when you found out; which data was not stolen (e.g. passwords, PINs, medical records), only if that is certain; that the leak is closed and your services work as usual; how the people whose data was stolen are told (letter or e-mail, when); and that you told the data protection authority and the police.',
  ),
  unknown: unknown(
    'wie erachter zit, of de gegevens al zijn gebruikt of online gezet, en of er meer is meegenomen dan u nu weet. Zeg niet dat de gegevens veilig zijn of dat er geen misbruik is als u dat niet zeker weet.',
    'who is behind it, whether the data has been used or put online, and whether more was taken than you know now. Do not say the data is safe or has not been misused unless you are sure.',
  ),
  actions: [
    // Its first sentence is what an SMS keeps after the title (export --to sms cuts the first action at a sentence).
    action(
      'Wees extra alert op e-mails, sms’jes en telefoontjes die uw gegevens noemen: oplichters gebruiken ze om echt te lijken. Geef nooit codes of wachtwoorden en maak geen geld over op verzoek',
      'Be extra careful with e-mails, texts and calls that mention your details: fraudsters use them to seem genuine. Never give codes or passwords, and never transfer money when asked',
      'Uw gegevens zijn gestolen',
      'Your data was stolen',
      true,
    ),
    action(
      'Wijzig uw wachtwoord op andere websites en apps waar u hetzelfde wachtwoord gebruikt',
      'Change your password on other websites and apps where you use the same one',
      'Uw wachtwoord of inlognaam bij ons is gestolen',
      'Your password or username with us was stolen',
      true,
    ),
    // Ransomware gangs also write to the people whose data they took (cyberattack in catalog.ts).
    action(
      'Betaal niet en reageer niet als iemand u geld vraagt om uw gegevens geheim te houden; doe aangifte bij de politie',
      'Do not pay or reply if someone asks you for money to keep your data secret; report it to the police',
      'Iemand vraagt u om geld na het datalek',
      'Someone asks you for money after the breach',
      true,
    ),
    action(
      'Kijk de komende maanden of er geld van uw rekening gaat dat u niet kent, en meld dat direct bij uw bank. Uw bank vraagt nooit om uw pincode of inlogcodes',
      'Over the coming months, check your account for payments you do not recognise, and report them to your bank at once. Your bank never asks for your PIN or login codes',
      'Uw bankrekeningnummer is gestolen',
      'Your bank account number was stolen',
    ),
    action(
      'U hoeft ons niet te bellen: iedereen van wie gegevens zijn gestolen, krijgt van ons een brief of e-mail met wat er van hem of haar is meegenomen. Onze brief vraagt nooit om codes, wachtwoorden of geld',
      'You do not need to call us: everyone whose data was stolen gets a letter or e-mail from us saying what of theirs was taken. Our letter never asks for codes, passwords or money',
      'U wilt weten of uw gegevens zijn gestolen',
      'You want to know whether your data was stolen',
    ),
  ],
  reasons: [
    reason('responded', 'Ik heb gereageerd op een verdacht bericht: codes gegeven of geld overgemaakt', 'I responded to a suspicious message: I gave codes or transferred money', true),
    // The same ids and words as the cyberattack and phishing templates, so a feed that has them is not offered them twice.
    reason('my-data', 'Zijn mijn gegevens gestolen?', 'Was my data stolen?'),
    reason('suspicious', 'Een verdacht bericht of telefoontje', 'A suspicious message or call'),
    reason('breach-letter', 'De brief of e-mail over het datalek', 'The letter or e-mail about the breach'),
  ],
};
