// The graph view: draws an entity's neighbourhood with Cytoscape.js from /graph/neighbourhood, brings in a node's
// own relations when it is clicked, filters by relation, and lists the CONSTRUCT queries behind what is drawn.
// The page reads without this script: the table of relations below is rendered by the server.
(function () {
  "use strict";
  var container = document.getElementById("graph");
  var app = document.getElementById("graph-app");
  if (!container || !app || typeof cytoscape === "undefined") {
    return;
  }
  app.hidden = false;
  var source = container.getAttribute("data-source");
  var root = container.getAttribute("data-iri");
  var status = document.getElementById("graph-status");
  var form = document.getElementById("relation-filter");
  var queries = document.getElementById("graph-queries");
  var queryTemplate = queries ? queries.querySelector("li.graph-query").cloneNode(true) : null;
  var messageOf = queryTemplate ? queryTemplate.getAttribute("data-msg-of") : "{0}";
  var layoutName = typeof cytoscapeFcose !== "undefined" ? "fcose" : "cose";

  var colours = {
    Person: ["#1f77b4", "ellipse"], Organization: ["#2ca02c", "round-rectangle"],
    Company: ["#2ca02c", "rectangle"], Project: ["#ff7f0e", "diamond"], Summit: ["#d62728", "star"],
    Event: ["#d62728", "triangle"], Place: ["#8c564b", "hexagon"], Award: ["#bcbd22", "octagon"],
    EventSeries: ["#e377c2", "vee"], Article: ["#7f7f7f", "tag"], Role: ["#17becf", "barrel"],
    Thing: ["#9e9e9e", "ellipse"]
  };
  var style = [
    { selector: "node", style: {
      "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
      "text-wrap": "ellipsis", "text-max-width": 120, "width": 22, "height": 22,
      "background-color": "#9e9e9e", "color": "#222", "text-outline-color": "#fff", "text-outline-width": 2 } },
    { selector: "node.root", style: { "width": 34, "height": 34, "font-weight": "bold" } },
    { selector: "node.expanded", style: { "border-width": 2, "border-color": "#333" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#000" } },
    { selector: "edge", style: {
      "label": "data(label)", "font-size": 9, "min-zoomed-font-size": 7, "curve-style": "bezier",
      "target-arrow-shape": "triangle", "width": 1.5, "line-color": "#aaa", "target-arrow-color": "#aaa",
      "text-rotation": "autorotate", "text-outline-color": "#fff", "text-outline-width": 2, "color": "#555" } },
    { selector: ".filtered", style: { "display": "none" } }
  ];
  Object.keys(colours).forEach(function (type) {
    style.push({ selector: "node[type = '" + type + "']",
      style: { "background-color": colours[type][0], "shape": colours[type][1] } });
  });

  var cy = cytoscape({ container: container, style: style, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
  var expanded = [];

  function say(text) {
    if (status) {
      status.textContent = text || "";
    }
  }

  function checkedRelations() {
    if (!form) {
      return null;
    }
    var out = [];
    form.querySelectorAll("input[name=relation]").forEach(function (box) {
      if (box.checked) {
        out.push(box.value);
      }
    });
    return out;
  }

  function url(iri, relations) {
    var u = source + "?iri=" + encodeURIComponent(iri);
    (relations || []).forEach(function (r) { u += "&relation=" + encodeURIComponent(r); });
    return u;
  }

  function fetchJson(address) {
    return fetch(address, { headers: { Accept: "application/json" } }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    });
  }

  function addRelationChoice(relation) {
    if (!form || form.querySelector("input[name=relation][value='" + CSS.escape(relation.id) + "']")) {
      return;
    }
    var label = document.createElement("label");
    label.setAttribute("data-relation", relation.id);
    var box = document.createElement("input");
    box.type = "checkbox";
    box.name = "relation";
    box.value = relation.id;
    box.checked = true;
    var text = document.createElement("span");
    text.textContent = relation.label;
    label.appendChild(box);
    label.appendChild(document.createTextNode(" "));
    label.appendChild(text);
    form.querySelector("fieldset").insertBefore(label, form.querySelector("button.apply"));
  }

  function showType(type) {
    var item = document.querySelector("#graph-legend li[data-type='" + CSS.escape(type) + "']");
    if (item) {
      item.hidden = false;
    }
  }

  function merge(data, from) {
    var origin = from && from.length ? from.position() : { x: 0, y: 0 };
    var added = cy.collection();
    cy.batch(function () {
      data.nodes.forEach(function (n) {
        if (cy.getElementById(n.id).empty()) {
          added = added.union(cy.add({ group: "nodes", data: n,
            position: { x: origin.x + Math.random() * 40 - 20, y: origin.y + Math.random() * 40 - 20 } }));
          showType(n.type);
        }
      });
      data.edges.forEach(function (e) {
        if (cy.getElementById(e.id).empty()) {
          added = added.union(cy.add({ group: "edges", data: e }));
        }
      });
    });
    data.relations.forEach(addRelationChoice);
    if (data.truncated) {
      say(app.getAttribute("data-msg-truncated"));
    }
    return added;
  }

  function relayout(incremental) {
    var options = { name: layoutName, animate: incremental, animationDuration: 400, fit: true, padding: 30,
      nodeDimensionsIncludeLabels: true };
    if (layoutName === "fcose") {
      options.randomize = !incremental;
      options.quality = "default";
    }
    cy.elements(":visible").layout(options).run();
  }

  function applyFilter() {
    var relations = checkedRelations();
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        edge.toggleClass("filtered", relations !== null && relations.indexOf(edge.data("relation")) < 0);
      });
      cy.nodes().forEach(function (node) {
        var connected = node.connectedEdges().not(".filtered").nonempty();
        node.toggleClass("filtered", !connected && !node.hasClass("root"));
      });
    });
    count();
  }

  function count() {
    container.setAttribute("data-node-count", String(cy.nodes().not(".filtered").length));
    container.setAttribute("data-edge-count", String(cy.edges().not(".filtered").length));
  }

  function addQuery(iri, label, query) {
    if (!queries || !queryTemplate) {
      return;
    }
    var item = queries.querySelector("li.graph-query[data-iri='" + CSS.escape(iri) + "']");
    if (!item) {
      item = queryTemplate.cloneNode(true);
      item.setAttribute("data-iri", iri);
      item.querySelector("pre").removeAttribute("id");
      item.querySelector("a.open-query").removeAttribute("id");
      queries.appendChild(item);
    }
    item.querySelector(".of").textContent = messageOf.replace("{0}", label);
    item.querySelector("pre").textContent = query;
    item.querySelector("a.open-query").href = "/query?query=" + encodeURIComponent(query);
  }

  // the queries shown are those of the current filter, so running one gives what is drawn
  function refreshQueries() {
    var relations = checkedRelations();
    expanded.forEach(function (iri) {
      fetchJson(url(iri, relations)).then(function (data) {
        addQuery(iri, data.nodes[0].label, data.query);
      }).catch(function () { /* the previous query stays listed */ });
    });
  }

  function expand(node) {
    var iri = node ? node.id() : root;
    if (expanded.indexOf(iri) >= 0) {
      return Promise.resolve();
    }
    say(app.getAttribute("data-msg-loading"));
    return fetchJson(url(iri)).then(function (data) {
      expanded.push(iri);
      say("");
      var added = merge(data, node);
      var self = cy.getElementById(iri);
      self.addClass("expanded");
      if (!node) {
        self.addClass("root");
      }
      applyFilter();
      if (added.nonempty()) {
        relayout(Boolean(node));
      }
      var relations = checkedRelations();
      if (relations && relations.length < form.querySelectorAll("input[name=relation]").length) {
        refreshQueries();
      } else {
        addQuery(iri, data.nodes[0].label, data.query);
      }
    }).catch(function () {
      say(app.getAttribute("data-msg-failed"));
    });
  }

  function select(node) {
    document.getElementById("graph-selection-none").hidden = true;
    document.getElementById("graph-selection-node").hidden = false;
    document.getElementById("graph-selection-name").textContent = node.data("label");
    var legend = document.querySelector("#graph-legend li[data-type='" + CSS.escape(node.data("type")) + "']");
    document.getElementById("graph-selection-type").textContent = legend ? legend.textContent.trim() : "";
    var open = document.getElementById("graph-open");
    open.hidden = !node.data("href");
    open.href = node.data("href") || "#";
    document.getElementById("graph-expand").onclick = function () { expand(node); };
  }

  cy.on("tap", "node", function (event) {
    select(event.target);
    expand(event.target);
  });
  cy.on("dbltap", "node", function (event) {
    if (event.target.data("href")) {
      window.location.href = event.target.data("href");
    }
  });

  if (form) {
    form.querySelector("button.apply").hidden = true;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("change", function () {
      applyFilter();
      refreshQueries();
    });
  }
  document.getElementById("graph-fit").addEventListener("click", function () { cy.fit(undefined, 30); });
  document.getElementById("graph-reset").addEventListener("click", function () {
    cy.elements().remove();
    expanded = [];
    if (queries) {
      queries.querySelectorAll("li.graph-query").forEach(function (item, i) {
        if (i > 0) {
          item.remove();
        }
      });
    }
    document.getElementById("graph-selection-none").hidden = false;
    document.getElementById("graph-selection-node").hidden = true;
    expand(null);
  });
  window.addEventListener("resize", function () { cy.resize(); });

  expand(null);
})();
