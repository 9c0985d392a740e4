// The SPARQL editor: YASGUI on this application's endpoint, with the project's prefixes, and the gallery's
// examples opening in new tabs. Everything is served locally, so it works offline.
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
  var yasgui = new Yasgui(element, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: header + "\n\nSELECT * WHERE {\n  ?s ?p ?o\n} LIMIT 10" }
  });
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
})();
