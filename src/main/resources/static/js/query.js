// The SPARQL editor: YASGUI on this application's endpoint, with the project's prefixes, and the gallery's
// examples opening in new tabs; a query given in the address (/query?query=...) opens in a tab of its own, and
// result IRIs of this graph's entities link to their pages here. Everything is served locally, so it works offline.
(function () {
  var element = document.getElementById("yasgui");
  if (!element || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = new URL(element.getAttribute("data-endpoint"), window.location.href).toString();
  var prefixes = window.SUMMITGRAPH_PREFIXES || {};
  var header = Object.keys(prefixes).map(function (p) {
    return "PREFIX " + p + ": <" + prefixes[p] + ">";
  }).join("\n");
  // prefix completion from the project's prefixes, not from prefix.cc: the editor must work offline
  var Yasqe = Yasgui.Yasqe;
  if (Yasqe && typeof Yasqe.forkAutocompleter === "function") {
    Yasqe.forkAutocompleter("prefixes", {
      name: "localPrefixes",
      persistenceId: null,
      get: function () {
        return Object.keys(prefixes).map(function (p) { return p + ": <" + prefixes[p] + ">"; });
      }
    });
    Yasqe.defaults.autocompleters = Yasqe.defaults.autocompleters.filter(function (a) { return a !== "prefixes"; });
  }
  linkEntityPages(element.getAttribute("data-id-base"), element.getAttribute("data-id-pages"));
  var yasgui = new Yasgui(element, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: header + "\n\nSELECT * WHERE {\n  ?s ?p ?o\n} LIMIT 10" }
  });
  openGivenQuery(yasgui, element.getAttribute("data-query"));
  // downloads of the current tab's query in every format the endpoint speaks
  var downloads = document.getElementById("downloads");
  if (downloads) {
    downloads.hidden = false;
    downloads.querySelectorAll("a[data-format]").forEach(function (link) {
      link.addEventListener("click", function () {
        var query = yasgui.getTab().getQuery();
        link.href = endpoint + "?format=" + link.getAttribute("data-format") + "&query=" + encodeURIComponent(query);
        link.setAttribute("download", "summitgraph-result." + link.getAttribute("data-format"));
      });
    });
  }
  document.querySelectorAll("a.open").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var tab = yasgui.addTab(true, { name: link.getAttribute("data-title") });
      tab.setQuery(link.getAttribute("data-query"));
      window.scrollTo(0, element.offsetTop);
    });
  });

  // YASR's table links an IRI to the IRI itself; the graph's own entities have their pages on this server
  function linkEntityPages(base, pages) {
    var Table = Yasgui.Yasr && Yasgui.Yasr.plugins && Yasgui.Yasr.plugins.table;
    if (!base || !pages || !Table || typeof Table.prototype.getUriLinkFromBinding !== "function") {
      return;
    }
    var original = Table.prototype.getUriLinkFromBinding;
    Table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
      var html = original.call(this, binding, prefixes);
      if (!binding || typeof binding.value !== "string" || binding.value.indexOf(base) !== 0
          || binding.value.length === base.length) {
        return html;
      }
      var holder = document.createElement("template");
      holder.innerHTML = html;
      holder.content.querySelectorAll("a").forEach(function (a) {
        a.setAttribute("href", pages + binding.value.substring(base.length));
        a.setAttribute("title", binding.value);
        a.classList.add("entity-page");
      });
      return holder.innerHTML;
    };
  }

  // a query handed over in the address opens in a new tab, once: the address is then cleaned so that reloading
  // the page does not open it again (YASGUI keeps its tabs)
  function openGivenQuery(yasgui, given) {
    if (!given) {
      return;
    }
    var current = yasgui.getTab();
    if (!current || current.getQuery() !== given) {
      var tab = yasgui.addTab(true, { name: "Query" });
      tab.setQuery(given);
    }
    var section = document.getElementById("given-query");
    if (section) {
      section.hidden = true;
    }
    if (window.history && window.history.replaceState) {
      var address = new URL(window.location.href);
      address.searchParams.delete("query");
      window.history.replaceState(null, "", address.pathname + address.search + address.hash);
    }
  }
})();
