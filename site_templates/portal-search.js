// Search over the Pagefind indexes: one "main" index (units, notices,
// commitments, pages) and one per quarter of cases (per month in the current quarter, per
// five days in the current month), newest first, merged here; "quarters" below means these.
// The query and the chosen facets live in the URL (?q=…&unit=…), so a search
// can be shared.  Result text is inserted as text, never as HTML: only
// Pagefind's <mark> highlights are rebuilt as elements.
(() => {
  const FACETS = ["kind", "unit", "category", "year", "status", "finding"];
  const PAGE = 20;              // results drawn at first, and added by each "more"
  // A record number ("QX-2026-000123") is searched without its hyphens.  Split at them, its
  // parts ("qx", "2026") each match nearly every case and Pagefind scores them all in the
  // browser (100,000 cases: 15 s until complete); unsplit it ranks that record first at once.
  const RECORD = /^[A-Za-z]+(-[A-Za-z0-9]+)+$/;

  // --- Settings and state

  // The one object every function below works on.  Inline at the top of the page's <head>:
  // Pagefind starts loading and the query's index chunks are fetched while the page loads.
  function newSearch(script) {
    const root = new URL(script.dataset.root, location.href);
    const quarters = script.dataset.indexes.split(",").filter((name) => name && name !== "main");
    return {
      root, quarters,
      // The index answering first: the newest cases' own (smaller, so sooner), the newest of
      // the cases' indexes, or "main" on a site without cases.
      first: script.dataset.first || quarters[0] || "main",
      // Which folders hold records numbered "QX-…", and whether those numbers are in capitals.
      records: JSON.parse(script.dataset.records || "{}"),
      // The lengths of the parts of those numbers after the letters ("4-6" for QX-2026-000123).
      shapes: JSON.parse(script.dataset.shapes || "{}"),
      recent: null,         // a promise of the instance answering first
      // Everything: "main" alone when there are no cases; else loaded after the first results.
      every: null,
      loadingEvery: null,
      // The filter index (needed for facet counts) is asked for only after the first
      // results are drawn, so they do not queue behind it; the facets follow.
      filtersReady: null,
      early: new Map(),     // record pages asked for from the <head>, by query
      page: null,           // the search box and its data (readPage)
      latest: 0,            // only the newest search may draw, however the awaits interleave
      shown: PAGE,
      filtersOpen: null,    // the reader's choice, once they make one
    };
  }

  // The query and the chosen facets, from the page's address.
  function readQuery() {
    const params = new URLSearchParams(location.search);
    const filters = {};
    for (const f of FACETS) {
      const values = params.getAll(f);
      if (values.length) filters[f] = values;
    }
    return { q: params.get("q") || "", filters };
  }

  const narrowed = (filters) => Object.keys(filters).length > 0;
  const stale = (search, asked) => asked.id !== search.latest;

  function searchTerm(q) {
    return RECORD.test(q) ? q.replaceAll("-", "").toLowerCase() : q;
  }

  // --- Index loading

  // Two Pagefind instances: the newest cases alone answer every query first, and the one
  // holding "main" and every quarter completes the results.  Alone, not merged with another
  // index: merging waits on the first index's start-up, then fetches the other's entry and
  // metadata (100,000 cases: first results 0.15 s sooner).  The newest cases are searched on
  // the page's own thread: a web worker is one more file fetched, one more round trip, before
  // the first results (on a phone network, 0.3 s), for a search over one quarter that takes
  // milliseconds.  The complete one runs in Pagefind's web worker: once every quarter is in,
  // a broad query scores all of them before returning anything (100,000 cases: about 7 s),
  // and the page stays responsive meanwhile; a query typed then is answered from the newest
  // cases at once, on the page's thread, not queued behind it in the worker.
  async function instance(search, pagefind, primary, merged = [], worker = true) {
    const index = (name) => new URL(`pagefind/${name}/`, search.root).href;
    const engine = pagefind.createInstance({ basePath: index(primary), noWorker: !worker });
    await engine.options({ excerptLength: 40 });
    await Promise.all(merged.map((name) => engine.mergeIndex(index(name))));
    await engine.init();
    return engine;
  }

  function startPagefind(search) {
    search.recent = import(new URL("pagefind/main/pagefind.js", search.root).href)
      .then((pagefind) => instance(search, pagefind, search.first, [], false));
  }

  function loadEvery(search) {
    search.loadingEvery = search.loadingEvery || import(new URL("pagefind/main/pagefind.js", search.root).href)
      .then((pagefind) => instance(search, pagefind, "main", search.quarters))
      .then((engine) => { search.every = engine; run(search, true); });
  }

  // --- Shortcuts: record numbers, units, categories

  // A record's number and a unit's name are answered from the site itself, without waiting
  // for Pagefind to start (its module, worker, index files and WebAssembly: most of a cold
  // search's first half second).  A record's number is the address of its page, which holds
  // what its result shows: that record is the answer, alone, as when Pagefind ranks it first;
  // a withdrawn record's page says it is withdrawn (Pagefind has no record of it).
  // A number typed in part ("QX-2026") has no page: it is not asked for (a "not found").
  async function recordPage(search, q) {
    const [prefix, ...rest] = q.split("-");
    const shapes = search.shapes[prefix.toUpperCase()];
    if (shapes && !shapes.includes(rest.map((part) => part.length).join("-"))) return null;
    const kinds = Object.entries(search.records[prefix.toUpperCase()] || {});
    const urls = kinds.map(([kind, capitals]) => `${kind}/${capitals ? q.toUpperCase() : q}/`);
    const pages = await Promise.all(urls.map((url) => fetch(new URL(url, search.root))
      .then((response) => response.ok ? response.text() : null).catch(() => null)));
    const found = pages.findIndex((page) => page !== null);
    if (found < 0) return null;
    const url = urls[found];
    const doc = new DOMParser().parseFromString(pages[found], "text/html");    // inert: no scripts run
    const head = doc.querySelector("[data-search-title]");
    if (!head) return null;          // a page that does not say (a project's own template): Pagefind answers
    const meta = { url, title: head.dataset.searchTitle, date: head.dataset.searchDate, unit: head.dataset.searchUnit };
    const text = (doc.querySelector(".portal-text")?.textContent || "").trim();
    const excerptHtml = (text.length > 80 ? `${text.slice(0, 80)}…` : text)
      .replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return { results: [{ data: async () => ({ url, meta, excerpt: excerptHtml }) }], filters: {} };
  }

  async function find(engine, asked, partial) {
    const { q, filters } = asked;
    const term = searchTerm(q);
    let found = null;
    if (term !== q) {
      found = await engine.search(term, { filters });
      if (!found.results.length && !partial) found = null;
    }
    return onlyTheNamedRecord(q, found || await engine.search(q || null, { filters }));
  }

  // A record's number names that record: when it ranks first it is the answer, alone
  // (its parts match hundreds of other records, which would be counted as results too).
  async function onlyTheNamedRecord(q, found) {
    if (!/\d/.test(q) || !found.results.length) return found;
    const top = await found.results[0].data();
    const key = (text) => text.replaceAll("-", "").toLowerCase();
    const named = (top.meta.url || top.url).replace(/\/$/, "").split("/").pop();
    return key(named) === key(q) ? { ...found, results: found.results.slice(0, 1), filters: {} } : found;
  }

  const unitNames = (unit) => [unit.name, ...unit.aliases];

  // A query naming a unit (its name, another name it goes by, or a part of one unit's name
  // and of no other's) puts that unit's page first.  Pagefind ranks the unit's many cases,
  // which name it too, above it; and its page is in "main", which answers last.
  function namedUnit(units, q) {
    const exact = units.find((unit) => unitNames(unit).includes(q));
    if (exact || q.length < 2) return exact;
    const part = units.filter((unit) => unitNames(unit).some((name) => name.includes(q)));
    return part.length === 1 ? part[0] : undefined;
  }

  // What a query names and the site has a page for, shown first: a unit's page, or the list
  // of a category's cases (办事效率: Pagefind would rank that category's cases by how often
  // the word occurs, and the list has them all, newest first).  Not when a facet narrows
  // the search: the reader is then looking within the results.
  function namedPlace(search, asked) {
    if (narrowed(asked.filters)) return undefined;
    const { labels, units, categories } = search.page;
    const unit = namedUnit(units, asked.q);
    if (unit) return { title: unit.name, url: new URL(unit.url, search.root).href, indexed: true,    // "main" holds units
                       facts: [labels.unit_kind, unit.kind].filter(Boolean).join(" · ") };
    const category = categories.find((c) => c.name === asked.q);
    if (category) return { title: labels.category_title.replace("{category}", category.name),
                           url: new URL(category.url, search.root).href,
                           facts: labels.category_list.replace("{n}", category.count) };
    return undefined;
  }

  // A unit's page whose names do not hold the query (办事效率 matches 燕山街道办事处 by its
  // 办事 only) comes after the first page of results: Pagefind scores a unit's short record
  // above the cases the query is about.  Not when a facet narrows the search.
  function partlyNamedUnit(search, asked, href) {
    const unit = !narrowed(asked.filters) && search.page.unitsByHref.get(href);
    return unit && !unitNames(unit).some((name) => name.includes(asked.q));
  }

  // --- Drawing

  function el(tag, attrs = {}, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function excerpt(html) {
    // Parse in an inert document, then copy text and <mark> only.
    const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
    const p = el("p", { class: "portal-result__excerpt" });
    for (const node of doc.body.firstChild.childNodes) {
      p.append(node.nodeName === "MARK" ? el("mark", {}, node.textContent) : document.createTextNode(node.textContent));
    }
    return p;
  }

  function resultItem(title, href, facts, excerptHtml) {
    const li = el("li", { class: "portal-result" });
    const h = el("h3");
    h.append(el("a", { href }, title));
    li.append(h);
    if (facts) li.append(el("p", { class: "portal-muted" }, facts));
    if (excerptHtml) li.append(excerpt(excerptHtml));
    return li;
  }

  // Without a query: every case of a status (the facet alone), or a category's list.
  function browse(search) {
    const { labels, statuses, categories } = search.page;
    const line = (label, links) => {
      const p = el("p", { class: "portal-browse" }, label + labels.colon);
      links.forEach(({ name, count, href }, i) =>
        p.append(...(i ? [" · "] : []), el("a", { href }, `${name} (${count})`)));
      return p;
    };
    if (!statuses.length) return [];
    return [el("p", {}, labels.search_browse),
      line(labels.facet_status, statuses.map((s) => ({ ...s, href: `?${new URLSearchParams({ status: s.name })}` }))),
      line(labels.facet_category, categories.map((c) => ({ ...c, href: new URL(c.url, search.root).href })))];
  }

  // The filters fold away on a phone, so the results are not below a screenful of checkboxes;
  // a reader's own opening or closing is kept while they refine the search.  Null: no facets.
  function drawFilters(search, answer, filters) {
    const details = el("details", { class: "portal-filters" });
    details.open = search.filtersOpen ?? matchMedia("(min-width: 45em)").matches;
    details.addEventListener("toggle", () => { search.filtersOpen = details.open; });
    const { labels } = search.page;
    details.append(el("summary", {}, labels.search_filters));
    const facets = el("div", { class: "portal-facets" });
    details.append(facets);
    for (const f of FACETS) {
      const chosen = filters[f] || [];
      const counts = Object.entries(answer.filters[f] || {}).filter(([, n]) => n > 0 || chosen.length);
      if (!counts.length) continue;
      const set = el("fieldset", { class: "portal-facet" });
      set.append(el("legend", {}, labels["facet_" + f]));
      counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      for (const [value, n] of counts.slice(0, 20)) set.append(facetOption(search, f, value, n, chosen.includes(value)));
      facets.append(set);
    }
    return facets.children.length ? details : null;
  }

  function facetOption(search, facet, value, n, checked) {
    const id = `facet-${facet}-${value}`.replace(/\s/g, "_");
    const box = el("input", { type: "checkbox", id, name: facet, value });
    box.checked = checked;
    box.addEventListener("change", () => {
      const next = { ...readQuery().filters };
      const values = new Set(next[facet] || []);
      if (box.checked) values.add(value); else values.delete(value);
      if (values.size) next[facet] = [...values]; else delete next[facet];
      go(search, search.page.input.value.trim(), next);
    });
    const row = el("div");
    row.append(box, el("label", { for: id }, `${value} (${n})`));
    return row;
  }

  // Results from..to of ``drawn`` (draw()); a unit only partly named waits for the first page.
  async function appendResults(search, drawn, from, to) {
    const items = await Promise.all(drawn.answer.results.slice(from, to).map((r) => r.data()));
    for (const item of items) {
      const href = new URL(item.meta.url || item.url, search.root).href;
      if (drawn.place && href === drawn.place.url) continue;      // first already
      const li = resultItem(item.meta.title, href, [item.meta.date, item.meta.unit].filter(Boolean).join(" · "),
        item.excerpt);
      if (from < search.shown && partlyNamedUnit(search, drawn.asked, href)) drawn.held.push(li);
      else drawn.list.append(li);
    }
  }

  // Draws one answer; ``partial`` while older quarters are still to come.
  async function draw(search, answer, partial, asked) {
    const { box, labels } = search.page;
    const place = namedPlace(search, asked);
    const drawn = { answer, asked, place, list: el("ol", { class: "portal-results" }), held: [] };
    if (place) drawn.list.append(resultItem(place.title, place.url, place.facts));
    if (partial && !answer.results.length) {    // nothing yet: say so only once every quarter is in
      box.replaceChildren(el("p", { class: "portal-results__searching" }, labels.search_older),
        ...(place ? [drawn.list] : []));
      return;
    }
    const filterBox = drawFilters(search, answer, asked.filters);
    // A unit's page is among Pagefind's results (counted once); a category's list is not.
    const n = answer.results.length;
    const found = place && !place.indexed ? n + 1 : Math.max(n, place ? 1 : 0);
    const count = el("p", { class: "portal-results__count" },
      partial ? labels.search_older
        : found ? labels.search_results.replace("{n}", found) : labels.search_none);
    // The first few results are drawn as soon as their fragments are in, the rest after.
    await appendResults(search, drawn, 0, 5);
    if (stale(search, asked)) return;
    box.replaceChildren(count, ...(filterBox ? [filterBox] : []), drawn.list);
    if (partial) return;    // the first results are read while the older quarters come
    await appendResults(search, drawn, 5, search.shown);
    drawn.list.append(...drawn.held);
    if (stale(search, asked)) return;
    box.setAttribute("aria-busy", "false");
    if (!search.filtersReady && search.every) {       // (none for a record named by its number)
      search.filtersReady = search.every.filters();
      search.filtersReady.then(() => { if (!stale(search, asked)) run(search, true); });
    }
    if (n > search.shown) {
      const more = el("button", { type: "button", class: "md-button" }, labels.search_more);
      more.addEventListener("click", async () => {
        await appendResults(search, drawn, search.shown, search.shown + PAGE);
        search.shown += PAGE;
        if (n <= search.shown) more.remove();
      });
      box.append(more);
    }
  }

  // --- Running

  // ``completing``: the newest quarter's answer is on the page already; complete it.
  async function run(search, completing = false) {
    const { box, input } = search.page;
    const asked = { ...readQuery(), id: ++search.latest };
    const { q, filters } = asked;
    input.value = q;
    search.shown = PAGE;
    if (!q && !narrowed(filters)) {
      box.replaceChildren(...browse(search));
      box.setAttribute("aria-busy", "false");
      return;
    }
    // Busy while the results are partial: screen readers announce the region once, when complete.
    box.setAttribute("aria-busy", "true");
    if (!narrowed(filters) && RECORD.test(q)) {
      const record = await (search.early.get(q) || recordPage(search, q));
      if (stale(search, asked)) return;
      if (record) return draw(search, record, false, asked);
    }
    // A unit's page or a category's list is shown while Pagefind starts; the cases follow.
    if (!search.every && namedPlace(search, asked)) draw(search, { results: [], filters: {} }, true, asked);
    const recent = await search.recent;
    if (!search.quarters.length) search.every = recent;
    if (stale(search, asked)) return;
    if (search.every && search.every !== recent && !completing) {       // the newest first, then the rest
      const newest = await find(recent, asked, true);
      if (stale(search, asked)) return;
      if (newest.results.length) await draw(search, newest, true, asked);
      if (stale(search, asked)) return;
    }
    const answer = await find(search.every || recent, asked, !search.every);
    if (stale(search, asked)) return;
    await draw(search, answer, !search.every, asked);
    if (!search.every) loadEvery(search);
  }

  function go(search, q, filters) {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    for (const [f, values] of Object.entries(filters)) for (const v of values) params.append(f, v);
    history.pushState(null, "", `${location.pathname}?${params}`);
    run(search);
  }

  // The search box's data: labels; every unit ({name, url, aliases, kind}), every category of
  // cases ({name, url, count}) and each status there are cases in ({name, count}).
  function readPage(search, box, form) {
    const json = (name) => JSON.parse(box.dataset[name] || "[]");
    const units = json("units");
    search.page = {
      box, input: form.elements.q, labels: json("labels"), units,
      unitsByHref: new Map(units.map((unit) => [new URL(unit.url, search.root).href, unit])),
      categories: json("categories"), statuses: json("statuses"),
    };
  }

  function startPage(search) {
    const box = document.getElementById("portal-search");
    if (!box) return;
    const form = document.getElementById("portal-search-form");
    readPage(search, box, form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      go(search, search.page.input.value.trim(), readQuery().filters);
    });
    addEventListener("popstate", () => run(search));
    run(search);
  }

  function start(script) {
    const search = newSearch(script);
    startPagefind(search);
    const { q, filters } = readQuery();
    if (q) search.recent.then((recent) => recent.preload(searchTerm(q), { filters }));
    // The record named in the page's address is asked for from the <head>, beside Pagefind.
    if (RECORD.test(q) && !narrowed(filters)) search.early.set(q, recordPage(search, q));
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => startPage(search));
    else startPage(search);
  }

  start(document.currentScript);
})();
