// The demo sites (Example Air, and Utrecht Energie on energy.html): language (?lang=nl|en), the
// clearline elements' attributes from demo/.generated/config.js for the page's company
// (<body data-company>), and the "Demo controls" panel that steps through the crisis and switches company.
// A classic script (no modules), so the classic-script page can use it too.
(() => {
  'use strict';

  const TEXT = {
    nl: {
      title: { home: 'Example Air – Goedkoop vliegen vanaf Amsterdam', status: 'Reisinformatie – Example Air', help: 'Help en contact – Example Air', energy: 'Storingen – Utrecht Energie' },
      energyTitle: 'Storingen en onderhoud',
      energyIntro: 'Ruikt u gas? Ga naar buiten en bel 0800 9009. Hieronder staat wat we weten over storingen in gas en stroom, en wat u nu kunt doen.',
      energyFooter: 'Utrecht Energie is een fictief energiebedrijf. Deze site is een demo van clearline.',
      demoCompany: 'Voorbeeldbedrijf',
      skip: 'Naar de inhoud',
      statusFallback: 'Vragen over uw reis? Bel de klantenservice:',
      menu: 'Hoofdmenu',
      navHome: 'Vluchten',
      navBooking: 'Mijn boeking',
      navStatus: 'Reisinformatie',
      navHelp: 'Help en contact',
      footer: 'Example Air is een fictieve luchtvaartmaatschappij. Deze site is een demo van clearline.',
      footerClassic: 'Dezelfde statuspagina met het klassieke script',
      footerNoScript: 'Deze reisinformatie zonder JavaScript',
      footerAtom: 'Volg de updates (Atom-feed)',
      footerModule: 'Dezelfde statuspagina met het modulescript',
      setup: 'De demo is nog niet klaar: start hem met npm start en open daarna het adres dat het script toont.',
      // home
      homeTitle: 'Waar wilt u heen?',
      homeIntro: 'Rechtstreeks vanaf Amsterdam naar meer dan 90 bestemmingen in Europa.',
      from: 'Van',
      to: 'Naar',
      toValue: 'Lissabon (LIS)',
      date: 'Vertrek',
      search: 'Zoek vluchten',
      bookingNote: 'Boeken is geen onderdeel van deze demo.',
      today: 'Vandaag',
      cardStatusTitle: 'Reisinformatie',
      cardStatusText: 'Gaat uw vlucht door? Wat weten we over de storm, en wat kunt u nu doen?',
      cardStatusLink: 'Bekijk de actuele reisinformatie',
      cardRebookTitle: 'Omboeken of geld terug',
      cardRebookText: 'Kosteloos een andere vlucht kiezen of uw geld terugvragen, zonder te bellen.',
      cardRebookLink: 'Zo werkt omboeken',
      cardHelpTitle: 'Help en contact',
      cardHelpText: 'Antwoorden op de meestgestelde vragen, en hoe u ons bereikt.',
      cardHelpLink: 'Naar help en contact',
      // status
      statusTitle: 'Actuele reisinformatie',
      statusIntro: 'Hier ziet u wat we weten over storingen, wat we nog niet weten, wanneer de volgende update komt en wat u nu kunt doen.',
      selfTitle: 'Zelf regelen',
      self1: 'Vlucht omboeken',
      self2: 'Terugbetaling aanvragen',
      self3: 'Recht op vergoeding bij annulering',
      self4: 'Bagage vertraagd of kwijt',
      // help
      helpTitle: 'Help en contact',
      helpIntro: 'Zoek uw vraag hieronder. Is er een storing, dan staan de vragen daarover bovenaan.',
      contactTitle: 'Contact',
      contactPhone: 'Bel 020 123 4567',
      contactChat: 'Chat met ons',
      contactCallback: 'Laat u terugbellen',
      contactBooking: 'Mijn boeking: zelf omboeken of geld terugvragen',
      contactWaits: 'De actuele wachttijden staan op de pagina Reisinformatie.',
      // demo controls
      demoTitle: 'Demo-bediening',
      demoNote: 'Alleen voor deze demo, geen onderdeel van clearline. Elke stap ondertekent de feed opnieuw; de widgets tonen meteen de nieuwe stand.',
      demoGroup: 'Fase van de crisis',
      demoPhases: ['Eerste melding', 'Update', 'Update te laat', 'Opgelost'],
      demoAuto: (s) => `Automatisch afspelen (elke ${s} s)`,
      demoNow: (n, count, name) => `fase ${n}/${count}: ${name}`,
      demoSigned: (seq) => `Feed ondertekend, seq ${seq}.`,
      demoOffline: 'De fasebediening werkt alleen met npm start.',
    },
    en: {
      title: { home: 'Example Air – Low-cost flights from Amsterdam', status: 'Travel information – Example Air', help: 'Help and contact – Example Air', energy: 'Outages – Utrecht Energie' },
      energyTitle: 'Outages and maintenance',
      energyIntro: 'Smell gas? Go outside and call 0800 9009. Below is what we know about gas and power outages, and what you can do now.',
      energyFooter: 'Utrecht Energie is a fictional energy company. This site is a clearline demo.',
      demoCompany: 'Example company',
      skip: 'Skip to content',
      statusFallback: 'Questions about your trip? Call customer service:',
      menu: 'Main menu',
      navHome: 'Flights',
      navBooking: 'My booking',
      navStatus: 'Travel information',
      navHelp: 'Help and contact',
      footer: 'Example Air is a fictional airline. This site is a clearline demo.',
      footerClassic: 'The same status page with the classic script',
      footerNoScript: 'This travel information without JavaScript',
      footerAtom: 'Follow updates (Atom feed)',
      footerModule: 'The same status page with the module script',
      setup: 'The demo is not set up yet: start it with npm start and open the address the script prints.',
      homeTitle: 'Where would you like to go?',
      homeIntro: 'Direct from Amsterdam to more than 90 destinations in Europe.',
      from: 'From',
      to: 'To',
      toValue: 'Lisbon (LIS)',
      date: 'Departure',
      search: 'Search flights',
      bookingNote: 'Booking is not part of this demo.',
      today: 'Today',
      cardStatusTitle: 'Travel information',
      cardStatusText: 'Is your flight going ahead? What do we know about the storm, and what can you do now?',
      cardStatusLink: 'See the current travel information',
      cardRebookTitle: 'Rebook or get a refund',
      cardRebookText: 'Choose another flight free of charge or ask for your money back, without calling.',
      cardRebookLink: 'How rebooking works',
      cardHelpTitle: 'Help and contact',
      cardHelpText: 'Answers to the most common questions, and how to reach us.',
      cardHelpLink: 'Go to help and contact',
      statusTitle: 'Current travel information',
      statusIntro: "Here you can see what we know about disruptions, what we don't know yet, when the next update comes and what you can do now.",
      selfTitle: 'Do it yourself',
      self1: 'Change your flight',
      self2: 'Request a refund',
      self3: 'Compensation when a flight is cancelled',
      self4: 'Delayed or lost baggage',
      helpTitle: 'Help and contact',
      helpIntro: 'Search for your question below. When there is a disruption, the questions about it come first.',
      contactTitle: 'Contact',
      contactPhone: 'Call 020 123 4567',
      contactChat: 'Chat with us',
      contactCallback: 'Request a call back',
      contactBooking: 'My booking: rebook or request a refund yourself',
      contactWaits: 'The current waiting times are on the Travel information page.',
      demoTitle: 'Demo controls',
      demoNote: 'Only for this demo, not part of clearline. Each step signs the feed again; the widgets show the new state at once.',
      demoGroup: 'Phase of the crisis',
      demoPhases: ['First report', 'Update', 'Late update', 'Resolved'],
      demoAuto: (s) => `Auto-play (every ${s} s)`,
      demoNow: (n, count, name) => `phase ${n}/${count}: ${name}`,
      demoSigned: (seq) => `Feed signed, seq ${seq}.`,
      demoOffline: 'The phase control only works with npm start.',
    },
  };

  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'nl';
  const t = TEXT[lang];
  const page = document.body.dataset.page || 'home';
  const classic = document.documentElement.dataset.build === 'classic';

  /** A link to another demo page that keeps the language. */
  const withLang = (href) => {
    const url = new URL(href, location.href);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    return url.pathname + url.search + url.hash;
  };

  document.documentElement.lang = lang;
  document.title = t.title[page === 'classic' ? 'status' : page] + (classic ? ' (classic script)' : '');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t[el.dataset.i18n];
  for (const el of document.querySelectorAll('[data-i18n-value]')) el.value = t[el.dataset.i18nValue];
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t[el.dataset.i18nLabel]);
  for (const a of document.querySelectorAll('a[data-page-link]')) a.setAttribute('href', withLang(a.getAttribute('href')));
  // The exported page without script and the Atom feed, in the page's language.
  for (const el of document.querySelectorAll('[data-lang-href]')) el.setAttribute('href', el.dataset.langHref.replace('{lang}', lang));
  for (const a of document.querySelectorAll('.site-nav a[data-nav]')) {
    if (a.dataset.nav === (page === 'classic' ? 'status' : page)) a.setAttribute('aria-current', 'page');
  }
  for (const a of document.querySelectorAll('.lang a[data-lang]')) {
    const url = new URL(location.href);
    if (a.dataset.lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    a.setAttribute('href', url.pathname + url.search + url.hash);
    a.setAttribute('aria-current', String(a.dataset.lang === lang));
  }
  const booking = document.querySelector('form.booking');
  const day = booking?.querySelector('input[type=date]');
  if (day) day.value = new Date().toISOString().slice(0, 10);
  booking?.addEventListener('submit', (e) => {
    e.preventDefault();
    booking.querySelector('.booking-note')?.focus();
  });

  const demo = window.CLEARLINE_DEMO;
  if (!demo) {
    for (const el of document.querySelectorAll('clearline-status, clearline-faq')) {
      const note = document.createElement('p');
      note.className = 'setup';
      note.textContent = t.setup;
      el.replaceWith(note);
    }
    return;
  }

  // ---- the clearline elements: everything they need comes from config.js, for this page's company ----
  const company = document.body.dataset.company || 'air';
  const feeds = demo.companies?.[company] ?? demo;
  const key = JSON.stringify(demo.publicKey);
  const statusElements = () => document.querySelectorAll('clearline-status, clearline-banner, clearline-badge, clearline-help');
  for (const el of statusElements()) {
    el.setAttribute('lang', lang);
    el.setAttribute('feed-id', feeds.feedId);
    el.setAttribute('public-key', key);
    const own = company === 'air' ? { status: 'status.html', help: 'help.html' } : { status: '#status', help: '#faq' };
    // With the FAQ's feed id pinned too, as the README's embed code: without it the element warned in the console (trial I).
    if (el.localName === 'clearline-help') (el.setAttribute('faq-src', feeds.faqSrc), el.setAttribute('faq-feed-id', feeds.faqFeedId ?? feeds.feedId));
    else if (el.localName !== 'clearline-status') el.setAttribute('href', own.status.startsWith('#') ? own.status : withLang(own.status));
    else el.setAttribute('faq-href', own.help.startsWith('#') ? own.help : withLang(own.help));
    el.setAttribute('src', feeds.src);
  }
  for (const el of document.querySelectorAll('clearline-faq')) {
    el.setAttribute('lang', lang);
    el.setAttribute('feed-id', feeds.faqFeedId ?? feeds.feedId);
    el.setAttribute('public-key', key);
    el.setAttribute('status-src', feeds.src);
    el.setAttribute('src', feeds.faqSrc);
  }
  for (const el of document.querySelectorAll('clearline-status, clearline-banner, clearline-badge, clearline-faq, clearline-help')) {
    el.addEventListener('clearline-error', (e) => console.warn(`${el.localName}: clearline-error`, e.detail));
  }

  /** Makes the widgets fetch the status feed now instead of at their next poll. */
  function refreshWidgets() {
    for (const el of statusElements()) void el.refresh?.();
  }

  // ---- the demo controls ----
  const panel = document.createElement('aside');
  panel.className = 'demo-panel';
  panel.setAttribute('aria-label', t.demoTitle);
  panel.innerHTML = `<details>
      <summary><span class="demo-title"></span> <span class="demo-now"></span></summary>
      <div class="demo-body">
        <nav class="demo-companies"><span class="demo-company-label"></span> <ul></ul></nav>
        <p class="demo-note"></p>
        <div class="demo-buttons" role="group"></div>
        <label><input type="checkbox" class="demo-auto" /> <span class="demo-auto-label"></span></label>
        <p class="demo-state"></p>
      </div>
    </details>`;
  const details = panel.querySelector('details');
  // Closed the first time (open, it covered the banner's next-update time and the help launcher on
  // wide screens); after that as the viewer left it, across the demo pages.
  const OPEN_KEY = 'example-air-demo-controls-open';
  const remembered = (() => {
    try {
      return sessionStorage.getItem(OPEN_KEY);
    } catch {
      return null;
    }
  })();
  details.open = remembered === '1';
  details.addEventListener('toggle', () => {
    try {
      sessionStorage.setItem(OPEN_KEY, details.open ? '1' : '0');
    } catch {
      // storage blocked: the panel simply opens as on first visit
    }
  });
  panel.querySelector('.demo-title').textContent = t.demoTitle;
  panel.querySelector('.demo-note').textContent = t.demoNote;
  // The example companies: every demo page can switch to the other one.
  const companyNav = panel.querySelector('.demo-companies');
  companyNav.setAttribute('aria-label', t.demoCompany);
  panel.querySelector('.demo-company-label').textContent = `${t.demoCompany}:`;
  for (const [id, c] of Object.entries(demo.companies ?? {})) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = withLang(c.page);
    a.dataset.company = id;
    a.textContent = c.name;
    if (id === company) a.setAttribute('aria-current', 'page');
    li.append(a);
    companyNav.querySelector('ul').append(li);
  }
  const group = panel.querySelector('.demo-buttons');
  group.setAttribute('aria-label', t.demoGroup);
  const buttons = t.demoPhases.map((name, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.phase = String(i + 1);
    b.textContent = `${i + 1}. ${name}`;
    b.setAttribute('aria-pressed', 'false');
    b.addEventListener('click', () => void change(`n=${i + 1}`));
    group.append(b);
    return b;
  });
  const auto = panel.querySelector('.demo-auto');
  const autoLabel = panel.querySelector('.demo-auto-label');
  autoLabel.textContent = t.demoAuto(20);
  auto.addEventListener('change', () => void change(`auto=${auto.checked ? 'on' : 'off'}`));
  const now = panel.querySelector('.demo-now');
  const stateLine = panel.querySelector('.demo-state');
  document.body.append(panel);

  let shownSeq;
  function show(state) {
    const n = state.phase;
    for (const b of buttons) {
      b.disabled = false;
      b.setAttribute('aria-pressed', String(Number(b.dataset.phase) === n));
    }
    auto.disabled = false;
    auto.checked = state.auto;
    if (state.autoSeconds) autoLabel.textContent = t.demoAuto(state.autoSeconds);
    now.textContent = `(${t.demoNow(n, state.phases.length, t.demoPhases[n - 1] ?? state.key)})`;
    stateLine.textContent = state.seq ? t.demoSigned(state.seq) : '';
    const changed = shownSeq !== undefined && state.seq !== shownSeq;
    shownSeq = state.seq;
    if (changed) refreshWidgets();
  }

  function offline() {
    for (const b of buttons) b.disabled = true;
    auto.disabled = true;
    stateLine.textContent = t.demoOffline;
  }

  async function change(query) {
    try {
      const res = await fetch(`${demo.phaseApi}?${query}`, { method: 'POST' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      show(await res.json());
    } catch {
      offline();
    }
  }

  // Other tabs, or auto-play, may change the phase: look every few seconds while the tab is visible.
  let timer;
  async function poll() {
    clearTimeout(timer);
    if (document.hidden) return;
    let ok = false;
    try {
      const res = await fetch(demo.phaseApi, { cache: 'no-store' });
      if (res.ok) {
        show(await res.json());
        ok = true;
      }
    } catch {
      // the demo server is gone or this is another server
    }
    if (!ok) offline();
    timer = setTimeout(poll, ok ? 3000 : 15000);
  }
  document.addEventListener('visibilitychange', () => void poll());
  void poll();
})();
