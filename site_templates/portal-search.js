// Search over the Pagefind indexes: one "main" index (units, notices,
// commitments, pages) and one per quarter of cases (per month in the current quarter),
// newest first, merged here; "quarters" below means these.
// The query and the chosen facets live in the URL (?q=…&unit=…), so a search
// can be shared.  Result text is inserted as text, never as HTML: only
// Pagefind's <mark> highlights are rebuilt as elements.
(() => {
  // Inline at the top of the page's <head>: Pagefind starts loading and the query's index
  // chunks are fetched while the rest of the page and the theme load.
  const script = document.currentScript;
  const FACETS = ["kind", "unit", "category", "year", "status", "finding"];
  const root = new URL(script.dataset.root, location.href);
  const quarters = script.dataset.indexes.split(",").filter((name) => name && name !== "main");
  // The index answering first: the newest cases' own (smaller, so sooner), the newest of
  // the cases' indexes, or "main" on a site without cases.
  const first = script.dataset.first || quarters[0] || "main";
  const state = () => {
    const params = new URLSearchParams(location.search);
    const filters = {};
    for (const f of FACETS) {
      const values = params.getAll(f);
      if (values.length) filters[f] = values;
    }
    return { q: params.get("q") || "", filters };
  };
  // Two Pagefind instances, each with its own web worker: the newest cases alone answer every
  // query first, and the one holding "main" and every quarter completes the results.  Alone,
  // not merged with another index: merging waits on the first index's start-up, then fetches
  // the other's entry and metadata (100,000 cases: first results 0.15 s sooner).  Once every
  // quarter is in, a broad query scores all of them before returning anything (100,000
  // cases: about 7 s), so a typed query too is answered from the newest cases first.
  const instance = async (pagefind, primary, merged = []) => {
    const engine = pagefind.createInstance({ basePath: new URL(`pagefind/${primary}/`, root).href });
    await engine.options({ excerptLength: 40 });
    await Promise.all(merged.map((name) => engine.mergeIndex(new URL(`pagefind/${name}/`, root).href)));
    await engine.init();
    return engine;
  };
  const ready = (async () => {
    const pagefind = await import(new URL("pagefind/main/pagefind.js", root).href);
    return instance(pagefind, first);
  })();
  const { q: firstQuery, filters: firstFilters } = state();
  if (firstQuery) ready.then((recent) => recent.preload(searchTerm(firstQuery), { filters: firstFilters }));

  // A record number ("QX-2026-000123") is searched without its hyphens.  Split at them, its
  // parts ("qx", "2026") each match nearly every case and Pagefind scores them all in the
  // browser (100,000 cases: 15 s until complete); unsplit it ranks that record first at once.
  const RECORD = /^[A-Za-z]+(-[A-Za-z0-9]+)+$/;
  function searchTerm(q) {
    return RECORD.test(q) ? q.replaceAll("-", "").toLowerCase() : q;
  }

  // A record's number and a unit's name are answered from the site itself, without waiting
  // for Pagefind to start (its module, worker, index files and WebAssembly: most of a cold
  // search's first half second).  A record's number is the address of its page, which holds
  // what its result shows: that record is the answer, alone, as when Pagefind ranks it first;
  // a withdrawn record's page says it is withdrawn (Pagefind has no record of it).
  //
  // Which folders hold records numbered "QX-…", and whether those numbers are in capitals.
  const records = JSON.parse(script.dataset.records || "{}");
  const escapeHtml = (text) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  async function recordPage(q) {
    const kinds = Object.entries(records[q.split("-")[0].toUpperCase()] || {});
    const urls = kinds.map(([kind, capitals]) => `${kind}/${capitals ? q.toUpperCase() : q}/`);
    const pages = await Promise.all(urls.map((url) => fetch(new URL(url, root))
      .then((response) => response.ok ? response.text() : null).catch(() => null)));
    const found = pages.findIndex((page) => page !== null);
    if (found < 0) return null;
    const url = urls[found];
    const doc = new DOMParser().parseFromString(pages[found], "text/html");    // inert: no scripts run
    const head = doc.querySelector("[data-search-title]");
    if (!head) return null;          // a page that does not say (a project's own template): Pagefind answers
    const meta = { url, title: head.dataset.searchTitle, date: head.dataset.searchDate, unit: head.dataset.searchUnit };
    const text = (doc.querySelector(".portal-text")?.textContent || "").trim();
    const excerpt = escapeHtml(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    return { results: [{ data: async () => ({ url, meta, excerpt }) }], filters: {} };
  }
  // The record named in the page's address is asked for from the <head>, beside Pagefind.
  const early = new Map();
  if (RECORD.test(firstQuery) && !Object.keys(firstFilters).length) early.set(firstQuery, recordPage(firstQuery));

  const start = () => {
    const box = document.getElementById("portal-search");
    if (box) results(box);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();

  function results(box) {
    const labels = JSON.parse(box.dataset.labels);
    // [name, url, other names, what it is] of every unit, for namedUnit().
    const units = JSON.parse(box.dataset.units || "[]");
    const unitNames = (unit) => [unit[0], ...unit[2]];
    const unitsByHref = new Map(units.map((unit) => [new URL(unit[1], root).href, unit]));
    // [name, url, number of cases] of every category of cases, for namedPlace() and browse().
    const categories = JSON.parse(box.dataset.categories || "[]");
    // [status, number of cases] of each status there are cases in, for browse().
    const statuses = JSON.parse(box.dataset.statuses || "[]");
    const form = document.getElementById("portal-search-form");
    const input = form.elements.q;
    // Everything: "main" alone when there are no cases; else loaded after the first results.
    let every = null;
    let loadingEvery = null;
    // Pagefind gives all instances of its module one web worker, which answers in turn: a
    // query typed while a broad one was being completed over every quarter waited for it
    // (100,000 cases: 5.5 s).  The same file under another URL is a module of its own, so
    // the complete instance gets a worker of its own and the newest quarter answers at once.
    const loadEvery = () => {
      loadingEvery = loadingEvery || import(new URL("pagefind/main/pagefind.js?every", root).href)
        .then((own) => instance(own, "main", quarters)).then((engine) => { every = engine; run(true); });
    };
    // The filter index (needed for facet counts) is asked for only after the first
    // results are drawn, so they do not queue behind it; the facets follow.
    let filtersReady = null;
    let filtersOpen = null;     // the reader's choice, once they make one

    const el = (tag, attrs = {}, text) => {
      const node = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const excerpt = (html) => {
      // Parse in an inert document, then copy text and <mark> only.
      const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
      const p = el("p", { class: "portal-result__excerpt" });
      for (const node of doc.body.firstChild.childNodes) {
        p.append(node.nodeName === "MARK" ? el("mark", {}, node.textContent) : document.createTextNode(node.textContent));
      }
      return p;
    };
    const go = (q, filters) => {
      const params = new URLSearchParams();
      if (q) params.set("q", q);
      for (const [f, values] of Object.entries(filters)) for (const v of values) params.append(f, v);
      history.pushState(null, "", `${location.pathname}?${params}`);
      run();
    };

    // A query naming a unit (its name, another name it goes by, or a part of one unit's name
    // and of no other's) puts that unit's page first.  Pagefind ranks the unit's many cases,
    // which name it too, above it; and its page is in "main", which answers last.
    const namedUnit = (q) => {
      const exact = units.find((unit) => unitNames(unit).includes(q));
      if (exact || q.length < 2) return exact;
      const part = units.filter((unit) => unitNames(unit).some((name) => name.includes(q)));
      return part.length === 1 ? part[0] : undefined;
    };
    // What a query names and the site has a page for, shown first: a unit's page, or the list
    // of a category's cases (办事效率: Pagefind would rank that category's cases by how often
    // the word occurs, and the list has them all, newest first).  Not when a facet narrows
    // the search: the reader is then looking within the results.
    const namedPlace = (q, filters) => {
      if (Object.keys(filters).length) return undefined;
      const unit = namedUnit(q);
      if (unit) return { title: unit[0], url: new URL(unit[1], root).href, indexed: true,     // "main" holds units
                         facts: [labels.unit_kind, unit[3]].filter(Boolean).join(" · ") };
      const category = categories.find((c) => c[0] === q);
      if (category) return { title: labels.category_title.replace("{category}", category[0]),
                             url: new URL(category[1], root).href,
                             facts: labels.category_list.replace("{n}", category[2]) };
      return undefined;
    };

    // Without a query: every case of a status (the facet alone), or a category's list.
    const browse = () => {
      const line = (label, links) => {
        const p = el("p", { class: "portal-browse" }, label + labels.colon);
        links.forEach(([text, href], i) => p.append(...(i ? [" · "] : []), el("a", { href }, text)));
        return p;
      };
      if (!statuses.length) return [];
      return [el("p", {}, labels.search_browse),
        line(labels.facet_status, statuses.map(([status, n]) => [`${status} (${n})`,
          `?${new URLSearchParams({ status })}`])),
        line(labels.facet_category, categories.map(([name, url, n]) => [`${name} (${n})`, new URL(url, root).href]))];
    };

    let shown = 20;
    let latest = 0;   // only the newest search may draw, however the awaits interleave
    // ``completing``: the newest quarter's answer is on the page already; complete it.
    async function run(completing = false) {
      const mine = ++latest;
      const { q, filters } = state();
      input.value = q;
      shown = 20;
      if (!q && !Object.keys(filters).length) {
        box.replaceChildren(...browse());
        box.setAttribute("aria-busy", "false");
        return;
      }
      // Busy while the results are partial: screen readers announce the region once, when complete.
      box.setAttribute("aria-busy", "true");
      if (!Object.keys(filters).length && RECORD.test(q)) {
        const record = await (early.get(q) || recordPage(q));
        if (mine !== latest) return;
        if (record) return draw(record, false, mine, filters);
      }
      // A unit's page or a category's list is shown while Pagefind starts; the cases follow.
      if (!every && namedPlace(q, filters)) draw({ results: [], filters: {} }, true, mine, filters);
      const recent = await ready;
      if (!quarters.length) every = recent;
      if (mine !== latest) return;
      const find = async (engine, partial) => {
        const term = searchTerm(q);
        let found = null;
        if (term !== q) {
          found = await engine.search(term, { filters });
          if (!found.results.length && !partial) found = null;
        }
        return exact(found || await engine.search(q || null, { filters }));
      };
      // A record's number names that record: when it ranks first it is the answer, alone
      // (its parts match hundreds of other records, which would be counted as results too).
      const exact = async (found) => {
        if (!/\d/.test(q) || !found.results.length) return found;
        const top = await found.results[0].data();
        const key = (text) => text.replaceAll("-", "").toLowerCase();
        const named = (top.meta.url || top.url).replace(/\/$/, "").split("/").pop();
        return key(named) === key(q) ? { ...found, results: found.results.slice(0, 1), filters: {} } : found;
      };
      if (every && every !== recent && !completing) {       // the newest first, then the rest
        const newest = await find(recent, true);
        if (mine !== latest) return;
        if (newest.results.length) await draw(newest, true, mine, filters);
        if (mine !== latest) return;
      }
      const engine = every || recent;
      const search = await find(engine, !every);
      if (mine !== latest) return;
      await draw(search, !every, mine, filters);
      if (!every) loadEvery();
    }

    // Draws one answer; ``partial`` while older quarters are still to come.
    async function draw(search, partial, mine, filters) {
      const place = namedPlace(state().q, filters);
      const result = (title, href, facts, excerptHtml) => {
        const li = el("li", { class: "portal-result" });
        const h = el("h3");
        h.append(el("a", { href }, title));
        li.append(h);
        if (facts) li.append(el("p", { class: "portal-muted" }, facts));
        if (excerptHtml) li.append(excerpt(excerptHtml));
        return li;
      };
      const list = el("ol", { class: "portal-results" });
      if (place) list.append(result(place.title, place.url, place.facts));
      if (partial && !search.results.length) {    // nothing yet: say so only once every quarter is in
        box.replaceChildren(el("p", { class: "portal-results__searching" }, labels.search_older),
          ...(place ? [list] : []));
        return;
      }
      // The filters fold away on a phone, so the results are not below a screenful of checkboxes;
      // a reader's own opening or closing is kept while they refine the search.
      const filterBox = el("details", { class: "portal-filters" });
      filterBox.open = filtersOpen ?? matchMedia("(min-width: 45em)").matches;
      filterBox.addEventListener("toggle", () => { filtersOpen = filterBox.open; });
      filterBox.append(el("summary", {}, labels.search_filters));
      const facets = el("div", { class: "portal-facets" });
      filterBox.append(facets);
      for (const f of FACETS) {
        const counts = Object.entries(search.filters[f] || {}).filter(([, n]) => n > 0 || (filters[f] || []).length);
        if (!counts.length) continue;
        const set = el("fieldset", { class: "portal-facet" });
        set.append(el("legend", {}, labels["facet_" + f]));
        counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        for (const [value, n] of counts.slice(0, 20)) {
          const id = `facet-${f}-${value}`.replace(/\s/g, "_");
          const box_ = el("input", { type: "checkbox", id, name: f, value });
          box_.checked = (filters[f] || []).includes(value);
          box_.addEventListener("change", () => {
            const next = { ...state().filters };
            const set_ = new Set(next[f] || []);
            box_.checked ? set_.add(value) : set_.delete(value);
            if (set_.size) next[f] = [...set_]; else delete next[f];
            go(input.value.trim(), next);
          });
          const label = el("label", { for: id }, `${value} (${n})`);
          const row = el("div");
          row.append(box_, label);
          set.append(row);
        }
        facets.append(set);
      }
      // A unit's page is among Pagefind's results (counted once); a category's list is not.
      const found = place && !place.indexed ? search.results.length + 1 : Math.max(search.results.length, place ? 1 : 0);
      const count = el("p", { class: "portal-results__count" },
        partial ? labels.search_older
          : found ? labels.search_results.replace("{n}", found) : labels.search_none);
      // A unit's page whose names do not hold the query (办事效率 matches 燕山街道办事处 by its
      // 办事 only) comes after the first page of results: Pagefind scores a unit's short record
      // above the cases the query is about.  Not when a facet narrows the search.
      const q = state().q;
      const partOnly = (href) => {
        const named = !Object.keys(filters).length && unitsByHref.get(href);
        return named && !unitNames(named).some((name) => name.includes(q));
      };
      const held = [];
      const render = async (from, to) => {
        const items = await Promise.all(search.results.slice(from, to).map((r) => r.data()));
        for (const item of items) {
          const href = new URL(item.meta.url || item.url, root).href;
          if (place && href === place.url) continue;      // first already
          const li = result(item.meta.title, href, [item.meta.date, item.meta.unit].filter(Boolean).join(" · "),
            item.excerpt);
          if (from < shown && partOnly(href)) held.push(li);
          else list.append(li);
        }
      };
      // The first few results are drawn as soon as their fragments are in, the rest after.
      await render(0, 5);
      if (mine !== latest) return;
      box.replaceChildren(count, ...(facets.children.length ? [filterBox] : []), list);
      if (partial) return;    // the first results are read while the older quarters come
      await render(5, shown);
      list.append(...held);
      if (mine !== latest) return;
      box.setAttribute("aria-busy", "false");
      if (!filtersReady && every) {       // (none for a record named by its number)
        filtersReady = every.filters();
        filtersReady.then(() => { if (mine === latest) run(true); });
      }
      if (search.results.length > shown) {
        const more = el("button", { type: "button", class: "md-button" }, labels.search_more);
        more.addEventListener("click", async () => {
          await render(shown, shown + 20);
          shown += 20;
          if (search.results.length <= shown) more.remove();
        });
        box.append(more);
      }
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      go(input.value.trim(), state().filters);
    });
    addEventListener("popstate", () => run());
    run();
  }
})();
