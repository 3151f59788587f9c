// verbatim render: click a quote, speaker or cue to select every quote of that speaker;
// click an entity to select its cluster; the panel's links do the same, and so does opening
// the page at a quote's or a mention's anchor (page.html#d0-q2). The page works without this
// script (titles show the details on hover, the links are anchors).
(function () {
  "use strict";
  var selected = [];
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function clear() {
    selected.forEach(function (element) { element.classList.remove("hl"); });
    selected = [];
    all(document, ".info").forEach(function (box) { box.hidden = true; box.textContent = ""; });
  }
  function mark(elements) {
    elements.forEach(function (element) { element.classList.add("hl"); selected.push(element); });
  }
  function show(section, text) {
    var box = section.querySelector(".info");
    if (box) { box.textContent = text; box.hidden = false; }
  }
  function selectSpeaker(section, who, quoteIds) {
    var quotes = who ? all(section, ".text [data-who='" + who + "']") : [];
    quoteIds.forEach(function (id) { quotes = quotes.concat(all(section, ".text [data-quote='" + id + "']")); });
    mark(quotes);
    quotes.forEach(function (element) {
      var id = element.getAttribute("data-quote");
      if (id) { mark(all(section, ".text [data-cue~='" + id + "']")); }
    });
    return quotes;
  }
  function selectQuote(section, id) {
    var first = section.querySelector(".text [data-quote='" + id + "']");
    if (!first) { return; }
    selectSpeaker(section, first.getAttribute("data-who"), [id]);
    show(section, first.title);
  }
  function selectCluster(section, cluster) {
    var mentions = all(section, ".text [data-cluster='" + cluster + "']");
    mark(mentions);
    if (mentions.length) { show(section, mentions[0].title + "\n" + mentions.length + " mention(s)"); }
    return mentions;
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-ref],[data-ref-who],[data-ref-cluster],[data-entity],[data-quote],[data-speaker],[data-cue]");
    var section = event.target.closest("section.doc");
    clear();
    if (!target || !section) { return; }
    if (target.hasAttribute("data-ref")) {
      selectQuote(section, target.getAttribute("data-ref"));
    } else if (target.hasAttribute("data-ref-who")) {
      var quotes = selectSpeaker(section, target.getAttribute("data-ref-who"), []);
      if (quotes.length) { quotes[0].scrollIntoView({ block: "center" }); }
      show(section, target.title);
      event.preventDefault();
    } else if (target.hasAttribute("data-ref-cluster")) {
      var mentions = selectCluster(section, target.getAttribute("data-ref-cluster"));
      if (mentions.length) { mentions[0].scrollIntoView({ block: "center" }); }
      event.preventDefault();
    } else if (target.hasAttribute("data-entity")) {
      selectCluster(section, target.getAttribute("data-cluster"));
    } else if (target.hasAttribute("data-quote")) {
      selectQuote(section, target.getAttribute("data-quote"));
    } else if (target.hasAttribute("data-speaker")) {
      selectSpeaker(section, target.getAttribute("data-who"), target.getAttribute("data-speaker").split(" "));
      show(section, target.title);
    } else if (target.hasAttribute("data-cue")) {
      selectQuote(section, target.getAttribute("data-cue").split(" ")[0]);
    }
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { clear(); } });
  function selectAnchor() {
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    var section = target ? target.closest("section.doc") : null;
    if (!section) { return; }
    clear();
    if (target.hasAttribute("data-quote")) { selectQuote(section, target.getAttribute("data-quote")); }
    if (target.hasAttribute("data-entity")) { selectCluster(section, target.getAttribute("data-cluster")); }
  }
  window.addEventListener("hashchange", selectAnchor);
  selectAnchor();
  document.documentElement.setAttribute("data-script", "ready");
})();
